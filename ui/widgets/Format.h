#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace as::fmt {

// How the GUI shows stored values, in the site's time zone and the user's locale.
// Dates and times in lists and forms stay numeric (yyyy-MM-dd HH:mm, as in files and the CLI, and
// unambiguous in every language); money, numbers, durations and long dates follow the language
// chosen by installTranslations (QLocale::setDefault).
void setSiteTimeZone(const QTimeZone &tz);
const QTimeZone &siteTimeZone();
QString dateTime(const QString &storedUtc);      // "2026-11-23 17:50" in site time
QString dateTime(const QDateTime &utc);
QString date(const QString &storedDate);         // "2026-11-23"
QString date(const QDate &d);
QString money(qint64 fen);                       // "¥1,234.50"
QString number(qint64 n);                        // "1,234,567" (grouping of the chosen language)
QString longDate(const QDate &d);                // "2026年11月23日星期一" / "Monday, November 23, 2026"
QString duration(qint64 seconds);                // "3 h 20 min", "-45 min"

} // namespace as::fmt
