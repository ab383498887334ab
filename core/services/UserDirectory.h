#pragma once

#include "services/Actor.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace as {

class Database;

struct User
{
    qint64 id = 0;
    QString login;
    QString displayName;
    Role role = Role::Agent;
    bool active = true;
    QString phone;
    bool hasPassword = false;
    int rowVersion = 0;
};

// Looking up users (technicians for dispatch, the acting user for the CLI).
class UserDirectory
{
    Q_DECLARE_TR_FUNCTIONS(as::UserDirectory)

public:
    explicit UserDirectory(Database &db) : m_db(db) {}
    Result<User> byLogin(const QString &login);
    Result<User> byId(qint64 id);
    Result<QList<User>> list(std::optional<Role> role = std::nullopt, bool activeOnly = true);
    // The actor for a login (must exist and be active).
    Result<Actor> actorFor(const QString &login);
    static Actor toActor(const User &u) { return {u.id, u.login, u.displayName, u.role}; }

private:
    Database &m_db;
};

} // namespace as
