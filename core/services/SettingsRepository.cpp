#include "services/SettingsRepository.h"

#include "services/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "util/Clock.h"
#include "util/Time.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace as {

Result<QString> SettingsRepository::value(const QString &key, const QString &fallback)
{
    auto v = m_db.scalar(u"SELECT value FROM settings WHERE key = ?"_s, {key});
    if (!v)
        return v.error();
    return v->isNull() ? fallback : v->toString();
}

Result<QJsonDocument> SettingsRepository::json(const QString &key)
{
    auto v = value(key);
    if (!v)
        return v.error();
    if (v->isEmpty())
        return QJsonDocument();
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(v->toUtf8(), &err);
    if (err.error != QJsonParseError::NoError)
        return Error::validation(tr("The setting %1 is not valid JSON: %2").arg(key, err.errorString()), key);
    return doc;
}

Status SettingsRepository::setValue(const Actor &actor, const QString &key, const QString &newValue)
{
    AS_TRY(actor.require(Permission::EditSettings));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto old = m_db.scalar(u"SELECT value FROM settings WHERE key = ?"_s, {key});
    if (!old)
        return old.error();
    const QString now = time::toDb(m_clock.nowUtc());
    if (old->isNull()) {
        AS_TRY(m_db.exec(u"INSERT INTO settings (key, value, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)"_s,
                         {key, newValue, now, actor.userId, now, actor.userId}));
    } else if (old->toString() != newValue) {
        AS_TRY(m_db.exec(u"UPDATE settings SET value = ?, updated_at = ?, updated_by = ?, row_version = row_version + 1 WHERE key = ?"_s,
                         {newValue, now, actor.userId, key}));
    } else {
        return {};
    }
    AuditLog audit(m_db, m_clock);
    AS_TRY(audit.record(actor, u"settings"_s, 0, u"update"_s,
                        QJsonObject{{key, QJsonArray{old->isNull() ? QJsonValue() : QJsonValue(old->toString()), newValue}}}));
    return tx->commit();
}

Status SettingsRepository::setJson(const Actor &actor, const QString &key, const QJsonDocument &doc)
{
    return setValue(actor, key, QString::fromUtf8(doc.toJson(QJsonDocument::Compact)));
}

QTimeZone SettingsRepository::siteTimeZone()
{
    auto v = value(u"site.timezone"_s);
    if (v && !v->isEmpty()) {
        QTimeZone tz(v->toUtf8());
        if (tz.isValid())
            return tz;
    }
    return QTimeZone::systemTimeZone();
}

} // namespace as
