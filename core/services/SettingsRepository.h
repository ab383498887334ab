#pragma once

#include "services/Actor.h"
#include "util/Result.h"

#include <QJsonDocument>
#include <QString>
#include <QTimeZone>

namespace as {

class Database;
class Clock;

// Site-wide settings stored in the database (shared by every PC): company, time zone,
// SLA policy, calendar, targets... Per-PC preferences live in QSettings instead.
class SettingsRepository
{
    Q_DECLARE_TR_FUNCTIONS(as::SettingsRepository)

public:
    SettingsRepository(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    Result<QString> value(const QString &key, const QString &fallback = {});
    Result<QJsonDocument> json(const QString &key);
    Status setValue(const Actor &actor, const QString &key, const QString &value);
    Status setJson(const Actor &actor, const QString &key, const QJsonDocument &doc);

    // The site's time zone (setting site.timezone, default: this PC's).
    QTimeZone siteTimeZone();

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace as
