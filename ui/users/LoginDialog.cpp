#include "users/LoginDialog.h"

#include "services/UserService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace as {

namespace {
QLabel *errorLabel()
{
    auto *l = new QLabel;
    l->setObjectName(u"errorLabel"_s);
    l->setWordWrap(true);
    l->hide();
    return l;
}
} // namespace

LoginDialog::LoginDialog(UserService &users, const QString &databaseLabel, QWidget *parent) : QDialog(parent), m_users(users)
{
    setWindowTitle(tr("Log in to Aftersales"));
    m_login = new QLineEdit(QSettings().value(u"login/last"_s).toString());
    m_login->setObjectName(u"login"_s);
    m_password = new QLineEdit;
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_error = errorLabel();
    auto *form = new QFormLayout;
    form->addRow(tr("&User"), m_login);
    form->addRow(tr("&Password"), m_password);
    auto *where = new QLabel(databaseLabel);
    where->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(where);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    (m_login->text().isEmpty() ? m_login : m_password)->setFocus();
    resize(400, sizeHint().height());
}

void LoginDialog::accept()
{
    auto a = m_users.login(m_login->text().trimmed(), m_password->text());
    if (!a) {
        m_error->setText(a.error().message);
        m_error->show();
        m_password->clear();
        m_password->setFocus();
        return;
    }
    m_actor = *a;
    QSettings().setValue(u"login/last"_s, m_actor.login);
    QDialog::accept();
}

PasswordDialog::PasswordDialog(UserService &users, const Actor &actor, const QString &login, bool askCurrent, QWidget *parent)
    : QDialog(parent), m_users(users), m_actor(actor), m_login(login)
{
    setWindowTitle(tr("Password for %1").arg(login));
    auto *form = new QFormLayout;
    if (askCurrent) {
        m_current = new QLineEdit;
        m_current->setObjectName(u"current"_s);
        m_current->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Current password"), m_current);
    }
    m_new = new QLineEdit;
    m_new->setObjectName(u"password"_s);
    m_new->setEchoMode(QLineEdit::Password);
    m_new->setPlaceholderText(tr("at least %1 characters").arg(UserService::MinPasswordLength));
    m_repeat = new QLineEdit;
    m_repeat->setObjectName(u"repeat"_s);
    m_repeat->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&New password"), m_new);
    form->addRow(tr("&Repeat"), m_repeat);
    m_error = errorLabel();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PasswordDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void PasswordDialog::accept()
{
    auto show = [this](const QString &msg) {
        m_error->setText(msg);
        m_error->show();
    };
    if (m_current) {
        auto single = m_users.singleUserMode();
        if (single && !*single && !m_users.login(m_login, m_current->text()).ok()) {
            show(tr("The current password is wrong."));
            return;
        }
    }
    if (m_new->text() != m_repeat->text()) {
        show(tr("The two new passwords differ."));
        return;
    }
    Status st = m_users.setPassword(m_actor, m_login, m_new->text());
    if (!st) {
        show(st.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace as
