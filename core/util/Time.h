#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace as::time {

// Timestamps are stored as UTC ISO-8601 text, fixed width: 2026-11-23T09:15:00Z
// (sorts lexically in time order on every backend). Dates as 2026-11-23.
QString toDb(const QDateTime &dt);
QDateTime fromDb(const QString &text);
QString dateToDb(const QDate &d);
QDate dateFromDb(const QString &text);

// Parse a site-local time as written in files and forms:
// "YYYY-MM-DD HH:MM[:SS]", "YYYY-MM-DDTHH:MM[:SS]", "YYYY/MM/DD HH:MM" or a date alone.
std::optional<QDateTime> parseLocal(const QString &text, const QTimeZone &site);
std::optional<QDate> parseDate(const QString &text);

// The UTC range [from, to) covering the given local dates inclusive.
QString localDayStartUtc(const QDate &day, const QTimeZone &site);

} // namespace as::time
