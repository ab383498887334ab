#pragma once

#include "domain/StatusEvent.h"
#include "util/Result.h"

#include <QList>

namespace as {

struct Actor;
class Clock;
class Database;

// The timeline table of one record type (order_events keyed by order_id, complaint_events
// keyed by complaint_id): written inside the caller's transaction, read oldest first with
// the user's display name.
class EventLog
{
public:
    // table and keyColumn are fixed identifiers of the schema, never user input.
    EventLog(Database &db, const Clock &clock, QString table, QString keyColumn);

    Status write(qint64 recordId, const Actor &actor, const QString &kind, const QString &from = {}, const QString &to = {},
                 const QString &note = {});
    Result<QList<StatusEvent>> read(qint64 recordId);

private:
    Database &m_db;
    const Clock &m_clock;
    QString m_table, m_key;
};

} // namespace as
