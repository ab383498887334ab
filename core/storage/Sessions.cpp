#include "storage/Sessions.h"

#include "storage/Database.h"
#include "util/Clock.h"
#include "util/Time.h"

#include <QSysInfo>

using namespace Qt::Literals::StringLiterals;

namespace as {

Status SessionRegistry::start(const QString &program, const QString &login)
{
    const QString now = time::toDb(m_clock.nowUtc());
    auto id = m_db.insertReturningId(u"INSERT INTO sessions (host, pid, login, program, started_at, last_seen) "
                                     "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s,
                                     {QSysInfo::machineHostName(), QCoreApplication::applicationPid(), login, program, now, now});
    if (!id)
        return id.error();
    m_id = *id;
    return {};
}

Status SessionRegistry::heartbeat()
{
    if (!m_id)
        return {};
    AS_TRY(m_db.exec(u"UPDATE sessions SET last_seen = ? WHERE id = ?"_s, {time::toDb(m_clock.nowUtc()), m_id}));
    return {};
}

Status SessionRegistry::end()
{
    if (!m_id)
        return {};
    AS_TRY(m_db.exec(u"UPDATE sessions SET ended_at = ? WHERE id = ?"_s, {time::toDb(m_clock.nowUtc()), m_id}));
    m_id = 0;
    return {};
}

Result<QList<SessionRegistry::Session>> SessionRegistry::others()
{
    const QString since = time::toDb(m_clock.nowUtc().addSecs(-StaleSecs));
    auto q = m_db.exec(u"SELECT id, host, pid, COALESCE(login, ''), program, last_seen FROM sessions "
                       "WHERE ended_at IS NULL AND last_seen >= ? AND id <> ? ORDER BY last_seen DESC"_s,
                       {since, m_id});
    if (!q)
        return q.error();
    QList<Session> out;
    while (q->next())
        out << Session{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toLongLong(), q->value(3).toString(),
                       q->value(4).toString(), time::fromDb(q->value(5).toString())};
    return out;
}

} // namespace as
