#include "services/UserDirectory.h"

#include "storage/Database.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace as {

namespace {
const QString kCols = u"id, login, display_name, role, active, COALESCE(phone, ''), password_hash IS NOT NULL, row_version"_s;

User fromRow(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.login = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = fromCode<Role>(q.value(3).toString()).value_or(Role::Agent);
    u.active = q.value(4).toInt() != 0;
    u.phone = q.value(5).toString();
    u.hasPassword = q.value(6).toBool();
    u.rowVersion = q.value(7).toInt();
    return u;
}
} // namespace

Result<User> UserDirectory::byLogin(const QString &login)
{
    auto q = m_db.exec(u"SELECT "_s + kCols + u" FROM users WHERE login = ?"_s, {login.trimmed()});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("There is no user \"%1\".").arg(login));
    return fromRow(*q);
}

Result<User> UserDirectory::byId(qint64 id)
{
    auto q = m_db.exec(u"SELECT "_s + kCols + u" FROM users WHERE id = ?"_s, {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("There is no user with id %1.").arg(id));
    return fromRow(*q);
}

Result<QList<User>> UserDirectory::list(std::optional<Role> role, bool activeOnly)
{
    QString sql = u"SELECT "_s + kCols + u" FROM users WHERE 1 = 1"_s;
    QVariantList params;
    if (role) {
        sql += u" AND role = ?"_s;
        params << codeOf(*role);
    }
    if (activeOnly)
        sql += u" AND active = 1"_s;
    sql += u" ORDER BY display_name, id"_s;
    auto q = m_db.exec(sql, params);
    if (!q)
        return q.error();
    QList<User> out;
    while (q->next())
        out << fromRow(*q);
    return out;
}

Result<Actor> UserDirectory::actorFor(const QString &login)
{
    auto u = byLogin(login);
    if (!u)
        return u.error();
    if (!u->active)
        return Error::permission(tr("User \"%1\" is deactivated.").arg(login));
    return toActor(*u);
}

} // namespace as
