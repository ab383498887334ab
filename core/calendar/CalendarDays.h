#pragma once

#include "calendar/WorkingCalendar.h"
#include "services/Actor.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace as {

class Database;
class Clock;

// Public holidays and make-up working days (调休) of the working calendar (table calendar_days),
// and the text form of a day's working hours used in Settings ("09:00-12:00, 13:00-18:00").
class CalendarDays
{
    Q_DECLARE_TR_FUNCTIONS(as::CalendarDays)

public:
    enum class Kind { Holiday, Workday };
    struct Day { QDate day; Kind kind = Kind::Holiday; QString name; };

    CalendarDays(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}
    Result<QList<Day>> list(int year = 0);   // 0: every year
    Status set(const Actor &actor, const Day &day);
    Status remove(const Actor &actor, const QDate &day);

    static Result<WorkingCalendar::DaySchedule> parseHours(const QString &text, const QString &field);
    static QString formatHours(const WorkingCalendar::DaySchedule &schedule);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace as
