#include "services/AuditLog.h"

#include "storage/Database.h"
#include "util/Clock.h"
#include "util/Time.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace as {

Status AuditLog::record(const Actor &actor, const QString &entity, qint64 entityId, const QString &action,
                        const QJsonObject &changes)
{
    const QString json = changes.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact));
    return m_db.run(u"INSERT INTO audit_log (at, user_id, entity, entity_id, action, changes) VALUES (?, ?, ?, ?, ?, ?)"_s,
                    {time::toDb(m_clock.nowUtc()), actor.userId, entity, entityId, action,
                     json.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(json)});
}

QJsonObject AuditLog::diff(const QVariantMap &before, const QVariantMap &after)
{
    QJsonObject out;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const QVariant old = before.value(it.key());
        const bool bothEmpty = (old.isNull() || old.toString().isEmpty()) && (it.value().isNull() || it.value().toString().isEmpty());
        if (bothEmpty || old.toString() == it.value().toString())
            continue;
        out.insert(it.key(), QJsonArray{QJsonValue::fromVariant(old), QJsonValue::fromVariant(it.value())});
    }
    return out;
}

QJsonObject AuditLog::created(const QVariantMap &values)
{
    QJsonObject out;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (!it.value().isNull() && !it.value().toString().isEmpty())
            out.insert(it.key(), QJsonValue::fromVariant(it.value()));
    return out;
}

Result<QList<AuditLog::Entry>> AuditLog::history(const QString &entity, qint64 entityId)
{
    auto q = m_db.exec(u"SELECT a.at, a.user_id, COALESCE(u.display_name, ''), a.action, COALESCE(a.changes, '') "
                       "FROM audit_log a LEFT JOIN users u ON u.id = a.user_id "
                       "WHERE a.entity = ? AND a.entity_id = ? ORDER BY a.id"_s,
                       {entity, entityId});
    if (!q)
        return q.error();
    QList<Entry> out;
    while (q->next()) {
        Entry e;
        e.at = q->value(0).toString();
        e.userId = q->value(1).toLongLong();
        e.userName = q->value(2).toString();
        e.action = q->value(3).toString();
        e.changes = QJsonDocument::fromJson(q->value(4).toString().toUtf8()).object();
        out << e;
    }
    return out;
}

} // namespace as
