#include "users/UsersDialog.h"

#include "services/UserService.h"
#include "users/LoginDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace as {

UsersDialog::UsersDialog(UserService &users, const Actor &actor, QWidget *parent) : QDialog(parent), m_users(users), m_actor(actor)
{
    setWindowTitle(tr("Users"));
    m_table = new QTableWidget;
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Login"), tr("Name"), tr("Role"), tr("Active"), tr("Password")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    auto *add = new QPushButton(tr("&Add user…"));
    auto *role = new QPushButton(tr("Change &role…"));
    auto *pw = new QPushButton(tr("Set &password…"));
    auto *active = new QPushButton(tr("&Deactivate / activate"));
    connect(add, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(role, &QPushButton::clicked, this, &UsersDialog::changeRole);
    connect(pw, &QPushButton::clicked, this, &UsersDialog::setPassword);
    connect(active, &QPushButton::clicked, this, &UsersDialog::toggleActive);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *row = new QHBoxLayout;
    for (QPushButton *b : {add, role, pw, active})
        row->addWidget(b);
    row->addStretch();
    row->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    resize(760, 440);
    reload();
}

void UsersDialog::reload()
{
    auto list = m_users.list(true);
    m_table->setRowCount(0);
    if (!list)
        return;
    m_table->setRowCount(int(list->size()));
    for (int r = 0; r < list->size(); ++r) {
        const User &u = list->at(r);
        const QStringList cells = {u.login, u.displayName, labelOf(u.role), u.active ? tr("yes") : tr("no"),
                                   u.hasPassword ? tr("set") : tr("none")};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
}

QString UsersDialog::currentLogin() const
{
    const int r = m_table->currentRow();
    return r >= 0 && m_table->item(r, 0) ? m_table->item(r, 0)->text() : QString();
}

void UsersDialog::addUser()
{
    QDialog dlg(this);
    dlg.setWindowTitle(tr("Add user"));
    auto *login = new QLineEdit;
    auto *name = new QLineEdit;
    auto *role = new QComboBox;
    for (Role r : allValues<Role>())
        role->addItem(labelOf(r), codeOf(r));
    role->setCurrentIndex(role->findData(codeOf(Role::Agent)));
    auto *password = new QLineEdit;
    password->setEchoMode(QLineEdit::Password);
    password->setPlaceholderText(tr("optional; at least %1 characters").arg(UserService::MinPasswordLength));
    auto *error = new QLabel;
    error->setObjectName(u"errorLabel"_s);
    error->setWordWrap(true);
    error->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("&Login"), login);
    form->addRow(tr("&Name"), name);
    form->addRow(tr("&Role"), role);
    form->addRow(tr("&Password"), password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::rejected, &dlg, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dlg, [&] {
        auto id = m_users.addUser(m_actor, login->text().trimmed(), *fromCode<Role>(role->currentData().toString()), name->text(),
                                  password->text());
        if (!id) {
            error->setText(id.error().message);
            error->show();
            return;
        }
        dlg.accept();
    });
    auto *layout = new QVBoxLayout(&dlg);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    if (dlg.exec() == QDialog::Accepted)
        reload();
}

void UsersDialog::changeRole()
{
    const QString login = currentLogin();
    if (login.isEmpty())
        return;
    QStringList labels;
    for (Role r : allValues<Role>())
        labels << labelOf(r);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Role of %1").arg(login), tr("Role"), labels, 0, false, &ok);
    if (!ok)
        return;
    for (Role r : allValues<Role>())
        if (labelOf(r) == chosen) {
            Status st = m_users.setRole(m_actor, login, r);
            if (!st)
                QMessageBox::warning(this, tr("Role not changed"), st.error().message);
        }
    reload();
}

void UsersDialog::setPassword()
{
    const QString login = currentLogin();
    if (login.isEmpty())
        return;
    PasswordDialog dlg(m_users, m_actor, login, false, this);
    if (dlg.exec() == QDialog::Accepted)
        reload();
}

void UsersDialog::toggleActive()
{
    const int r = m_table->currentRow();
    const QString login = currentLogin();
    if (login.isEmpty())
        return;
    const bool active = m_table->item(r, 3)->text() == tr("yes");
    Status st = m_users.setActive(m_actor, login, !active);
    if (!st)
        QMessageBox::warning(this, tr("Not changed"), st.error().message);
    reload();
}

} // namespace as
