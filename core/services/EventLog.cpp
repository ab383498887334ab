#include "services/EventLog.h"

#include "services/Actor.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "util/Clock.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace as {

EventLog::EventLog(Database &db, const Clock &clock, QString table, QString keyColumn)
    : m_db(db), m_clock(clock), m_table(std::move(table)), m_key(std::move(keyColumn))
{
}

Status EventLog::write(qint64 recordId, const Actor &actor, const QString &kind, const QString &from, const QString &to,
                       const QString &note)
{
    auto r = m_db.exec(u"INSERT INTO %1 (%2, at, user_id, kind, from_status, to_status, note) VALUES (?, ?, ?, ?, ?, ?, ?)"_s.arg(m_table, m_key),
                       {recordId, time::toDb(m_clock.nowUtc()), sql::id(actor.userId), kind, sql::text(from), sql::text(to), sql::text(note)});
    if (!r)
        return r.error();
    return {};
}

Result<QList<StatusEvent>> EventLog::read(qint64 recordId)
{
    auto q = m_db.exec(u"SELECT e.id, e.at, e.user_id, COALESCE(u.display_name, u.login, ''), e.kind, e.from_status, e.to_status, e.note "
                       "FROM %1 e LEFT JOIN users u ON u.id = e.user_id WHERE e.%2 = ? ORDER BY e.at, e.id"_s.arg(m_table, m_key),
                       {recordId});
    if (!q)
        return q.error();
    QList<StatusEvent> out;
    while (q->next())
        out.append({q->value(0).toLongLong(), sql::timeFrom(q->value(1)), q->value(2).toLongLong(), q->value(3).toString(),
                    q->value(4).toString(), q->value(5).toString(), q->value(6).toString(), q->value(7).toString()});
    return out;
}

} // namespace as
