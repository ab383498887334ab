#include "services/UserService.h"

#include "services/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "util/Clock.h"
#include "util/Time.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <sodium.h>

using namespace Qt::Literals::StringLiterals;

namespace as {

UserService::UserService(Database &db, const Clock &clock) : m_db(db), m_clock(clock)
{
    if (sodium_init() < 0)
        qFatal("libsodium could not be initialised");
}

QString UserService::hashPassword(const QString &password)
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool UserService::verifyPassword(const QString &hash, const QString &password)
{
    const QByteArray h = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return !h.isEmpty() && crypto_pwhash_str_verify(h.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

Status UserService::checkPasswordRules(const QString &password)
{
    if (password.size() < MinPasswordLength)
        return Error::validation(tr("The password must have at least %1 characters.").arg(MinPasswordLength), u"password"_s);
    if (password.trimmed() != password)
        return Error::validation(tr("The password must not begin or end with a space."), u"password"_s);
    return {};
}

Result<bool> UserService::singleUserMode()
{
    auto n = m_db.scalar(u"SELECT count(*) FROM users WHERE password_hash IS NOT NULL"_s);
    if (!n)
        return n.error();
    return n->toInt() == 0;
}

Result<Actor> UserService::login(const QString &loginName, const QString &password)
{
    UserDirectory dir(m_db);
    auto u = dir.byLogin(loginName);
    const Error wrong = Error::permission(tr("Wrong user name or password."));
    if (!u)
        return wrong;
    auto row = m_db.exec(u"SELECT password_hash, failed_logins, locked_until FROM users WHERE id = ?"_s, {u->id});
    if (!row)
        return row.error();
    if (!row->next())
        return wrong;
    const QString hash = row->value(0).toString();
    const int failures = row->value(1).toInt();
    const QDateTime lockedUntil = time::fromDb(row->value(2).toString());
    row->finish();
    const QDateTime now = m_clock.nowUtc();
    if (!u->active)
        return Error::permission(tr("User \"%1\" is deactivated.").arg(loginName));
    if (lockedUntil.isValid() && lockedUntil > now)
        return Error::permission(tr("User \"%1\" is locked after repeated wrong passwords until %2 (UTC).")
                                     .arg(loginName, lockedUntil.toString(u"yyyy-MM-dd HH:mm"_s)));
    if (hash.isEmpty()) {
        auto single = singleUserMode();
        if (single && *single)
            return UserDirectory::toActor(*u);
        return Error::permission(tr("User \"%1\" has no password yet; ask a manager to set one.").arg(loginName));
    }
    if (!verifyPassword(hash, password)) {
        auto maxV = m_db.scalar(u"SELECT value FROM settings WHERE key = 'auth.max_failures'"_s);
        auto minsV = m_db.scalar(u"SELECT value FROM settings WHERE key = 'auth.lock_minutes'"_s);
        const int maxFailures = maxV && !maxV->isNull() ? maxV->toInt() : 5;
        const int lockMinutes = minsV && !minsV->isNull() ? minsV->toInt() : 15;
        auto tx = Transaction::begin(m_db);
        if (!tx)
            return tx.error();
        const int count = failures + 1;
        const bool lock = count >= maxFailures;
        AS_TRY(m_db.exec(u"UPDATE users SET failed_logins = ?, locked_until = ? WHERE id = ?"_s,
                         {lock ? 0 : count, lock ? QVariant(time::toDb(now.addSecs(lockMinutes * 60))) : QVariant(QMetaType::fromType<QString>()),
                          u->id}));
        AuditLog audit(m_db, m_clock);
        AS_TRY(audit.record(UserDirectory::toActor(*u), u"user"_s, u->id, lock ? u"locked"_s : u"login_failed"_s));
        AS_TRY(tx->commit());
        if (lock)
            return Error::permission(tr("Wrong password. User \"%1\" is now locked for %2 minutes.").arg(loginName).arg(lockMinutes));
        return wrong;
    }
    if (failures > 0 || lockedUntil.isValid())
        AS_TRY(m_db.exec(u"UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = ?"_s, {u->id}));
    return UserDirectory::toActor(*u);
}

Result<qint64> UserService::addUser(const Actor &actor, const QString &login, Role role, const QString &displayName,
                                    const QString &password)
{
    AS_TRY(actor.require(Permission::ManageUsers));
    static const QRegularExpression loginRe(u"^[A-Za-z0-9_.-]{2,32}$"_s);
    if (!loginRe.match(login).hasMatch())
        return Error::validation(tr("Login \"%1\" must be 2 to 32 letters, digits, '.', '_' or '-'.").arg(login), u"login"_s);
    if (role == Role::Admin && actor.role != Role::Admin)
        return Error::permission(tr("Only an administrator may create another administrator."));
    if (!password.isEmpty())
        AS_TRY(checkPasswordRules(password));
    auto exists = m_db.scalar(u"SELECT count(*) FROM users WHERE login = ?"_s, {login});
    if (!exists)
        return exists.error();
    if (exists->toInt() > 0)
        return Error::validation(tr("There is already a user \"%1\".").arg(login), u"login"_s);
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    const QString now = time::toDb(m_clock.nowUtc());
    const QString name = displayName.trimmed().isEmpty() ? login : displayName.trimmed();
    auto id = m_db.insertReturningId(u"INSERT INTO users (login, display_name, role, active, password_hash, created_at, created_by, "
                                     "updated_at, updated_by) VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?) RETURNING id"_s,
                                     {login, name, codeOf(role),
                                      password.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(hashPassword(password)),
                                      now, actor.userId, now, actor.userId});
    if (!id)
        return id.error();
    AuditLog audit(m_db, m_clock);
    AS_TRY(audit.record(actor, u"user"_s, *id, u"create"_s,
                        QJsonObject{{u"login"_s, login}, {u"role"_s, codeOf(role)}, {u"display_name"_s, name},
                                    {u"password_set"_s, !password.isEmpty()}}));
    AS_TRY(tx->commit());
    return *id;
}

Status UserService::setPassword(const Actor &actor, const QString &login, const QString &newPassword)
{
    UserDirectory dir(m_db);
    auto u = dir.byLogin(login);
    if (!u)
        return u.error();
    if (u->id != actor.userId)
        AS_TRY(actor.require(Permission::ManageUsers));
    if (u->role == Role::Admin && u->id != actor.userId && actor.role != Role::Admin)
        return Error::permission(tr("Only an administrator may change an administrator's password."));
    AS_TRY(checkPasswordRules(newPassword));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto n = m_db.execAffected(u"UPDATE users SET password_hash = ?, failed_logins = 0, locked_until = NULL, updated_at = ?, "
                               "updated_by = ?, row_version = row_version + 1 WHERE id = ?"_s,
                               {hashPassword(newPassword), time::toDb(m_clock.nowUtc()), actor.userId, u->id});
    if (!n)
        return n.error();
    AuditLog audit(m_db, m_clock);
    AS_TRY(audit.record(actor, u"user"_s, u->id, u"password_changed"_s));
    return tx->commit();
}

Status UserService::setActive(const Actor &actor, const QString &login, bool active)
{
    AS_TRY(actor.require(Permission::ManageUsers));
    UserDirectory dir(m_db);
    auto u = dir.byLogin(login);
    if (!u)
        return u.error();
    if (!active && u->id == actor.userId)
        return Error::validation(tr("You cannot deactivate yourself."), u"login"_s);
    if (!active && u->role == Role::Admin) {
        auto admins = m_db.scalar(u"SELECT count(*) FROM users WHERE role = 'admin' AND active = 1 AND id <> ?"_s, {u->id});
        if (!admins)
            return admins.error();
        if (admins->toInt() == 0)
            return Error::validation(tr("The last active administrator cannot be deactivated."), u"login"_s);
    }
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    AS_TRY(m_db.exec(u"UPDATE users SET active = ?, updated_at = ?, updated_by = ?, row_version = row_version + 1 WHERE id = ?"_s,
                     {active ? 1 : 0, time::toDb(m_clock.nowUtc()), actor.userId, u->id}));
    AuditLog audit(m_db, m_clock);
    AS_TRY(audit.record(actor, u"user"_s, u->id, active ? u"activate"_s : u"deactivate"_s));
    return tx->commit();
}

Status UserService::setRole(const Actor &actor, const QString &login, Role role)
{
    AS_TRY(actor.require(Permission::ManageUsers));
    if (role == Role::Admin && actor.role != Role::Admin)
        return Error::permission(tr("Only an administrator may make someone an administrator."));
    UserDirectory dir(m_db);
    auto u = dir.byLogin(login);
    if (!u)
        return u.error();
    if (u->role == role)
        return {};
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    AS_TRY(m_db.exec(u"UPDATE users SET role = ?, updated_at = ?, updated_by = ?, row_version = row_version + 1 WHERE id = ?"_s,
                     {codeOf(role), time::toDb(m_clock.nowUtc()), actor.userId, u->id}));
    AuditLog audit(m_db, m_clock);
    AS_TRY(audit.record(actor, u"user"_s, u->id, u"update"_s, QJsonObject{{u"role"_s, QJsonArray{codeOf(u->role), codeOf(role)}}}));
    return tx->commit();
}

Result<QList<User>> UserService::list(bool includeInactive)
{
    return UserDirectory(m_db).list(std::nullopt, !includeInactive);
}

} // namespace as
