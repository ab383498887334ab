#pragma once

#include "services/Actor.h"

#include <QDialog>

class QTableWidget;

namespace as {

class UserService;

// Users and their roles: add, change role, set password, deactivate (history is kept).
class UsersDialog : public QDialog
{
    Q_OBJECT

public:
    UsersDialog(UserService &users, const Actor &actor, QWidget *parent = nullptr);
    void reload();

private:
    QString currentLogin() const;
    void addUser();
    void changeRole();
    void setPassword();
    void toggleActive();

    UserService &m_users;
    Actor m_actor;
    QTableWidget *m_table;
};

} // namespace as
