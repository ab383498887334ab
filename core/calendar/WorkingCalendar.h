#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QSet>
#include <QTimeZone>

#include <array>

namespace as {

class Database;

// What a working hour is: hours per weekday in the site's time zone, public holidays
// and make-up working days (调休). Deadlines and "working hours between" are computed
// here. Internally on integer seconds so millions of deadlines are cheap.
class WorkingCalendar
{
    Q_DECLARE_TR_FUNCTIONS(as::WorkingCalendar)

public:
    struct Interval { int start = 0; int end = 0; };   // seconds after local midnight, start < end
    using DaySchedule = QList<Interval>;
    struct Week {
        std::array<DaySchedule, 7> days;   // 0 = Monday ... 6 = Sunday
        DaySchedule makeupDay;             // hours of a make-up working day
    };

    WorkingCalendar();
    WorkingCalendar(const QTimeZone &tz, const Week &week);

    static Week defaultWeek();   // Mon-Fri 09:00-12:00 and 13:00-18:00
    const QTimeZone &timeZone() const { return m_tz; }
    const Week &week() const { return m_week; }

    void addHoliday(const QDate &day);
    void addMakeupDay(const QDate &day);
    const QSet<QDate> &holidays() const { return m_holidays; }
    const QSet<QDate> &makeupDays() const { return m_makeupDays; }

    bool isWorkingDay(const QDate &day) const;
    const DaySchedule &scheduleFor(const QDate &day) const;
    int standardDayMinutes() const;

    // The moment `minutes` working minutes after `start` (invalid if no working time within 10 years).
    QDateTime addWorkingMinutes(const QDateTime &start, qint64 minutes) const;
    qint64 workingMinutesBetween(const QDateTime &from, const QDateTime &to) const;
    QDateTime addCalendarMinutes(const QDateTime &start, qint64 minutes) const { return start.addSecs(minutes * 60); }
    QDateTime addWorkingDays(const QDateTime &start, int days) const { return addWorkingMinutes(start, qint64(days) * standardDayMinutes()); }

    // The same on UTC seconds since the epoch (-1: none).
    qint64 addWorkingSecs(qint64 utcSecs, qint64 seconds) const;
    qint64 workingSecsBetween(qint64 fromUtc, qint64 toUtc) const;

    // Settings: calendar.week (JSON); exceptions in table calendar_days; zone site.timezone.
    static QJsonDocument weekToJson(const Week &week);
    static Result<Week> weekFromJson(const QJsonDocument &doc);
    static Result<WorkingCalendar> load(Database &db);

private:
    int offsetForUtc(qint64 utcSecs) const;
    int offsetForLocalDay(qint64 localDay) const;
    const DaySchedule &scheduleForDay(qint64 localDay) const;

    QTimeZone m_tz;
    Week m_week;
    QSet<QDate> m_holidays;
    QSet<QDate> m_makeupDays;
    QSet<qint64> m_holidayDays;   // local day numbers (days since 1970-01-01)
    QSet<qint64> m_makeupDayNums;
    mutable QHash<qint64, int> m_offsetCache;
};

} // namespace as
