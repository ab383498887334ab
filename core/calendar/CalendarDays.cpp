#include "calendar/CalendarDays.h"

#include "services/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTime>

using namespace Qt::Literals::StringLiterals;

namespace as {

Result<QList<CalendarDays::Day>> CalendarDays::list(int year)
{
    QString sql = u"SELECT day, kind, COALESCE(name, '') FROM calendar_days"_s;
    QVariantList p;
    if (year > 0) {
        sql += u" WHERE day >= ? AND day < ?"_s;
        p << u"%1-01-01"_s.arg(year) << u"%1-01-01"_s.arg(year + 1);
    }
    auto q = m_db.exec(sql + u" ORDER BY day"_s, p);
    if (!q)
        return q.error();
    QList<Day> out;
    while (q->next())
        out.append({time::dateFromDb(q->value(0).toString()), q->value(1).toString() == u"workday"_s ? Kind::Workday : Kind::Holiday,
                    q->value(2).toString()});
    return out;
}

Status CalendarDays::set(const Actor &actor, const Day &d)
{
    AS_TRY(actor.require(Permission::EditSettings));
    if (!d.day.isValid())
        return Error::validation(tr("Date is required."), u"day"_s);
    if (d.name.size() > 60)
        return Error::validation(tr("Name is too long (at most 60 characters)."), u"name"_s);
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    const QString now = time::toDb(m_clock.nowUtc());
    const QString kind = d.kind == Kind::Workday ? u"workday"_s : u"holiday"_s;
    AS_TRY(m_db.exec(u"INSERT INTO calendar_days (day, kind, name, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?) "
                     "ON CONFLICT (day) DO UPDATE SET kind = excluded.kind, name = excluded.name, updated_at = excluded.updated_at, "
                     "updated_by = excluded.updated_by, row_version = calendar_days.row_version + 1"_s,
                     {time::dateToDb(d.day), kind, sql::text(d.name.trimmed()), now, sql::id(actor.userId), now, sql::id(actor.userId)}));
    AuditLog audit(m_db, m_clock);
    AS_TRY(audit.record(actor, u"calendar_day"_s, d.day.toJulianDay(), u"set"_s,
                        AuditLog::created({{u"day"_s, time::dateToDb(d.day)}, {u"kind"_s, kind}, {u"name"_s, d.name.trimmed()}})));
    return tx->commit();
}

Status CalendarDays::remove(const Actor &actor, const QDate &day)
{
    AS_TRY(actor.require(Permission::EditSettings));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto n = m_db.execAffected(u"DELETE FROM calendar_days WHERE day = ?"_s, {time::dateToDb(day)});
    if (!n)
        return n.error();
    if (*n == 0)
        return Error::notFound(tr("%1 is not a holiday or make-up day.").arg(time::dateToDb(day)));
    AuditLog audit(m_db, m_clock);
    AS_TRY(audit.record(actor, u"calendar_day"_s, day.toJulianDay(), u"remove"_s, AuditLog::created({{u"day"_s, time::dateToDb(day)}})));
    return tx->commit();
}

Result<WorkingCalendar::DaySchedule> CalendarDays::parseHours(const QString &text, const QString &field)
{
    WorkingCalendar::DaySchedule out;
    static const QRegularExpression range(u"^(\\d{1,2}):(\\d{2})\\s*[-–~]\\s*(\\d{1,2}):(\\d{2})$"_s);
    int lastEnd = -1;
    for (const QString &part : text.split(QRegularExpression(u"[,，;；]"_s), Qt::SkipEmptyParts)) {
        const auto m = range.match(part.trimmed());
        if (!m.hasMatch())
            return Error::validation(tr("%1: \"%2\" is not a time range like 09:00-12:00.").arg(field, part.trimmed()), field);
        const int start = m.captured(1).toInt() * 3600 + m.captured(2).toInt() * 60;
        const int end = m.captured(3).toInt() * 3600 + m.captured(4).toInt() * 60;
        if (m.captured(2).toInt() > 59 || m.captured(4).toInt() > 59 || start >= end || end > 24 * 3600)
            return Error::validation(tr("%1: \"%2\" must start before it ends, within one day.").arg(field, part.trimmed()), field);
        if (start < lastEnd)
            return Error::validation(tr("%1: the ranges overlap or are out of order.").arg(field), field);
        lastEnd = end;
        out.append({start, end});
    }
    return out;
}

QString CalendarDays::formatHours(const WorkingCalendar::DaySchedule &schedule)
{
    QStringList parts;
    auto hm = [](int secs) { return u"%1:%2"_s.arg(secs / 3600, 2, 10, QLatin1Char('0')).arg(secs % 3600 / 60, 2, 10, QLatin1Char('0')); };
    for (const auto &iv : schedule)
        parts << hm(iv.start) + u'-' + hm(iv.end);
    return parts.join(u", "_s);
}

} // namespace as
