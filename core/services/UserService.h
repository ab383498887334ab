#pragma once

#include "services/Actor.h"
#include "services/UserDirectory.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace as {

class Database;
class Clock;

// Users, passwords and logins.
// A new database runs in single-user mode (everything is done as `admin`, no password)
// until the first password is set; from then on every GUI start and CLI call logs in.
// Passwords are stored as Argon2id hashes (libsodium), never in clear. Repeated failures
// lock the account for a while (settings auth.max_failures, auth.lock_minutes).
class UserService
{
    Q_DECLARE_TR_FUNCTIONS(as::UserService)

public:
    UserService(Database &db, const Clock &clock);

    Result<bool> singleUserMode();
    Result<Actor> login(const QString &login, const QString &password);

    Result<qint64> addUser(const Actor &actor, const QString &login, Role role, const QString &displayName,
                           const QString &password = {});
    // Users may change their own password; managers and administrators anyone's.
    Status setPassword(const Actor &actor, const QString &login, const QString &newPassword);
    Status setActive(const Actor &actor, const QString &login, bool active);
    Status setRole(const Actor &actor, const QString &login, Role role);
    Result<QList<User>> list(bool includeInactive = true);

    static constexpr int MinPasswordLength = 8;
    static Status checkPasswordRules(const QString &password);
    static QString hashPassword(const QString &password);   // Argon2id, self-describing string
    static bool verifyPassword(const QString &hash, const QString &password);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace as
