#pragma once

#include "services/Actor.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QVariantMap>

namespace as {

class Database;
class Clock;

// Append-only trail of every create, update, transition, approval and stock posting.
// Written inside the caller's transaction, so the change and its audit row commit together.
class AuditLog
{
public:
    AuditLog(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    Status record(const Actor &actor, const QString &entity, qint64 entityId, const QString &action,
                  const QJsonObject &changes = {});

    // {"field": [before, after]} for every field whose value differs.
    static QJsonObject diff(const QVariantMap &before, const QVariantMap &after);
    // {"field": value} for a newly created record.
    static QJsonObject created(const QVariantMap &values);

    struct Entry { QString at; qint64 userId = 0; QString userName; QString action; QJsonObject changes; };
    Result<QList<Entry>> history(const QString &entity, qint64 entityId);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace as
