#include "shell/PostgresDialog.h"

#include "storage/Database.h"
#include "storage/DatabaseLocation.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace as {

PostgresDialog::PostgresDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Connect to a PostgreSQL server"));
    m_host = new QLineEdit(u"localhost"_s);
    m_host->setObjectName(u"pgHost"_s);
    m_port = new QSpinBox;
    m_port->setObjectName(u"pgPort"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(u"aftersales"_s);
    m_database->setObjectName(u"pgDatabase"_s);
    m_user = new QLineEdit;
    m_user->setObjectName(u"pgUser"_s);
    m_message = new QLabel;
    m_message->setObjectName(u"pgMessage"_s);
    m_message->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Server"), m_host);
    form->addRow(tr("&Port"), m_port);
    form->addRow(tr("&Database"), m_database);
    form->addRow(tr("&User"), m_user);
    auto *hint = new QLabel(tr("The password is not stored by Aftersales: put it in the PGPASSWORD environment variable or in "
                               "the user's .pgpass file, as for every PostgreSQL program."));
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    auto *test = buttons->addButton(tr("&Test connection"), QDialogButtonBox::ActionRole);
    connect(test, &QPushButton::clicked, this, [this] { testConnection(); });
    connect(buttons, &QDialogButtonBox::accepted, this, &PostgresDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

QString PostgresDialog::url() const
{
    QUrl u;
    u.setScheme(u"postgresql"_s);
    u.setHost(m_host->text().trimmed());
    u.setPort(m_port->value());
    u.setUserName(m_user->text().trimmed());
    u.setPath(u"/"_s + m_database->text().trimmed());
    return u.toString();
}

void PostgresDialog::setUrl(const QString &text)
{
    const QUrl u(text);
    if (u.scheme() != u"postgresql"_s)
        return;
    m_host->setText(u.host());
    m_port->setValue(u.port(5432));
    m_user->setText(u.userName());
    m_database->setText(u.path().mid(1));
}

bool PostgresDialog::testConnection()
{
    auto fail = [this](const QString &msg) {
        m_message->setStyleSheet(u"color: #b00020;"_s);
        m_message->setText(msg);
        return false;
    };
    if (m_host->text().trimmed().isEmpty())
        return fail(tr("Server is required."));
    static const QRegularExpression name(u"^[A-Za-z_][A-Za-z0-9_\\-]*$"_s);
    if (!name.match(m_database->text().trimmed()).hasMatch())
        return fail(tr("Database \"%1\" is not a valid database name.").arg(m_database->text().trimmed()));
    if (m_user->text().trimmed().isEmpty())
        return fail(tr("User is required."));
    OpenOptions o;
    o.location = url();
    o.create = false;
    auto db = Database::open(o);
    if (!db)
        return fail(db.error().message);   // it names the server already
    m_message->setStyleSheet(u"color: #1b6e20;"_s);
    m_message->setText(tr("Connected to %1.").arg(url()));
    return true;
}

void PostgresDialog::accept()
{
    if (!testConnection())
        return;
    DatabaseLocation::remember(url(), false);
    QDialog::accept();
}

} // namespace as
