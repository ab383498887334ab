#pragma once

#include "services/Actor.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace as {

class UserService;

// Asked at every start once any password is set. Remembers the last user on this PC.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    LoginDialog(UserService &users, const QString &databaseLabel, QWidget *parent = nullptr);
    Actor actor() const { return m_actor; }

public Q_SLOTS:
    void accept() override;

private:
    UserService &m_users;
    Actor m_actor;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QLabel *m_error;
};

// Change a password: the user's own (asks the current one) or, for user managers, anyone's.
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    PasswordDialog(UserService &users, const Actor &actor, const QString &login, bool askCurrent, QWidget *parent = nullptr);

public Q_SLOTS:
    void accept() override;

private:
    UserService &m_users;
    Actor m_actor;
    QString m_login;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_new;
    QLineEdit *m_repeat;
    QLabel *m_error;
};

} // namespace as
