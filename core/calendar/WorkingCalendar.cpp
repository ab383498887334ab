#include "calendar/WorkingCalendar.h"

#include "storage/Database.h"
#include "util/Time.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTime>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace as {

namespace {
constexpr qint64 kDay = 86400;
constexpr qint64 kJulianEpoch = 2440588;   // QDate(1970,1,1).toJulianDay()
const char *const kDayKeys[7] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

qint64 dayNumber(const QDate &d) { return d.toJulianDay() - kJulianEpoch; }
int weekdayIndex(qint64 dayNum) { return int(((dayNum % 7) + 7 + 3) % 7); }   // 1970-01-01 was a Thursday

QString hhmm(int secs) { return QTime(0, 0).addSecs(secs).toString(u"HH:mm"_s); }
} // namespace

WorkingCalendar::WorkingCalendar() : WorkingCalendar(QTimeZone::systemTimeZone(), defaultWeek()) {}

WorkingCalendar::WorkingCalendar(const QTimeZone &tz, const Week &week) : m_tz(tz), m_week(week) {}

WorkingCalendar::Week WorkingCalendar::defaultWeek()
{
    Week w;
    const DaySchedule day = {{9 * 3600, 12 * 3600}, {13 * 3600, 18 * 3600}};
    for (int i = 0; i < 5; ++i)
        w.days[i] = day;
    w.makeupDay = day;
    return w;
}

void WorkingCalendar::addHoliday(const QDate &day)
{
    m_holidays.insert(day);
    m_holidayDays.insert(dayNumber(day));
    m_makeupDays.remove(day);
    m_makeupDayNums.remove(dayNumber(day));
}

void WorkingCalendar::addMakeupDay(const QDate &day)
{
    m_makeupDays.insert(day);
    m_makeupDayNums.insert(dayNumber(day));
    m_holidays.remove(day);
    m_holidayDays.remove(dayNumber(day));
}

const WorkingCalendar::DaySchedule &WorkingCalendar::scheduleForDay(qint64 day) const
{
    static const DaySchedule none;
    if (m_holidayDays.contains(day))
        return none;
    if (m_makeupDayNums.contains(day))
        return m_week.makeupDay;
    return m_week.days[weekdayIndex(day)];
}

const WorkingCalendar::DaySchedule &WorkingCalendar::scheduleFor(const QDate &day) const
{
    return scheduleForDay(dayNumber(day));
}

bool WorkingCalendar::isWorkingDay(const QDate &day) const
{
    return !scheduleFor(day).isEmpty();
}

int WorkingCalendar::standardDayMinutes() const
{
    int secs = 0;
    for (const Interval &iv : m_week.makeupDay)
        secs += iv.end - iv.start;
    if (secs == 0)
        for (const auto &d : m_week.days)
            if (!d.isEmpty()) {
                for (const Interval &iv : d)
                    secs += iv.end - iv.start;
                break;
            }
    return secs > 0 ? secs / 60 : 8 * 60;
}

int WorkingCalendar::offsetForUtc(qint64 utcSecs) const
{
    const qint64 utcDay = floorDiv(utcSecs, kDay);
    auto it = m_offsetCache.constFind(utcDay);
    if (it != m_offsetCache.cend())
        return *it;
    const int off = m_tz.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utcDay * kDay + kDay / 2, Qt::UTC));
    m_offsetCache.insert(utcDay, off);
    return off;
}

int WorkingCalendar::offsetForLocalDay(qint64 localDay) const
{
    return offsetForUtc(localDay * kDay + kDay / 2);
}

qint64 WorkingCalendar::addWorkingSecs(qint64 utcSecs, qint64 seconds) const
{
    const qint64 local = utcSecs + offsetForUtc(utcSecs);
    qint64 day = floorDiv(local, kDay);
    qint64 sod = local - day * kDay;
    qint64 remaining = std::max<qint64>(0, seconds);
    for (int guard = 0; guard < 3660; ++guard, ++day, sod = 0) {
        for (const Interval &iv : scheduleForDay(day)) {
            if (sod >= iv.end)
                continue;
            const qint64 s = std::max<qint64>(sod, iv.start);
            const qint64 avail = iv.end - s;
            if (remaining <= avail) {
                const qint64 resultLocal = day * kDay + s + remaining;
                return resultLocal - offsetForLocalDay(day);
            }
            remaining -= avail;
        }
    }
    return -1;
}

qint64 WorkingCalendar::workingSecsBetween(qint64 fromUtc, qint64 toUtc) const
{
    if (toUtc <= fromUtc)
        return 0;
    const qint64 a = fromUtc + offsetForUtc(fromUtc);
    const qint64 b = toUtc + offsetForUtc(toUtc);
    const qint64 firstDay = floorDiv(a, kDay);
    const qint64 lastDay = floorDiv(b, kDay);
    qint64 total = 0;
    for (qint64 day = firstDay; day <= lastDay; ++day) {
        const qint64 lo = day == firstDay ? a - day * kDay : 0;
        const qint64 hi = day == lastDay ? b - day * kDay : kDay;
        for (const Interval &iv : scheduleForDay(day)) {
            const qint64 s = std::max<qint64>(lo, iv.start);
            const qint64 e = std::min<qint64>(hi, iv.end);
            if (e > s)
                total += e - s;
        }
    }
    return total;
}

QDateTime WorkingCalendar::addWorkingMinutes(const QDateTime &start, qint64 minutes) const
{
    const qint64 r = addWorkingSecs(start.toSecsSinceEpoch(), minutes * 60);
    if (r < 0)
        return {};
    return QDateTime::fromSecsSinceEpoch(r, Qt::UTC);
}

qint64 WorkingCalendar::workingMinutesBetween(const QDateTime &from, const QDateTime &to) const
{
    return workingSecsBetween(from.toSecsSinceEpoch(), to.toSecsSinceEpoch()) / 60;
}

QJsonDocument WorkingCalendar::weekToJson(const Week &week)
{
    auto dayJson = [](const DaySchedule &d) {
        QJsonArray arr;
        for (const Interval &iv : d)
            arr.append(QJsonArray{hhmm(iv.start), hhmm(iv.end)});
        return arr;
    };
    QJsonObject o;
    for (int i = 0; i < 7; ++i)
        o.insert(QLatin1StringView(kDayKeys[i]), dayJson(week.days[i]));
    o.insert(u"makeup"_s, dayJson(week.makeupDay));
    return QJsonDocument(o);
}

Result<WorkingCalendar::Week> WorkingCalendar::weekFromJson(const QJsonDocument &doc)
{
    if (!doc.isObject())
        return Error::validation(tr("Working hours setting is not a JSON object."), u"calendar.week"_s);
    const QJsonObject o = doc.object();
    auto parseDay = [](const QJsonValue &v, const QString &key) -> Result<DaySchedule> {
        DaySchedule d;
        const QJsonArray arr = v.toArray();
        for (const QJsonValue &iv : arr) {
            const QJsonArray pair = iv.toArray();
            const QTime s = QTime::fromString(pair.at(0).toString(), u"HH:mm"_s);
            const QTime e = QTime::fromString(pair.at(1).toString(), u"HH:mm"_s);
            const int es = e.isValid() ? e.msecsSinceStartOfDay() / 1000 : (pair.at(1).toString() == u"24:00"_s ? 86400 : -1);
            if (pair.size() != 2 || !s.isValid() || es < 0 || es <= s.msecsSinceStartOfDay() / 1000)
                return Error::validation(tr("Working hours for %1: \"%2\" is not a valid time range (HH:mm to HH:mm).")
                                             .arg(key, QString::fromUtf8(QJsonDocument(pair).toJson(QJsonDocument::Compact))),
                                         key);
            d.append({s.msecsSinceStartOfDay() / 1000, es});
        }
        std::sort(d.begin(), d.end(), [](const Interval &a, const Interval &b) { return a.start < b.start; });
        for (int i = 1; i < d.size(); ++i)
            if (d[i].start < d[i - 1].end)
                return Error::validation(tr("Working hours for %1 overlap.").arg(key), key);
        return d;
    };
    Week w;
    for (int i = 0; i < 7; ++i) {
        const QString key = QString::fromLatin1(kDayKeys[i]);
        auto d = parseDay(o.value(key), key);
        if (!d)
            return d.error();
        w.days[i] = *d;
    }
    auto mk = parseDay(o.value(u"makeup"_s), u"makeup"_s);
    if (!mk)
        return mk.error();
    w.makeupDay = mk->isEmpty() ? defaultWeek().makeupDay : *mk;
    return w;
}

Result<WorkingCalendar> WorkingCalendar::load(Database &db)
{
    Week week = defaultWeek();
    auto v = db.scalar(u"SELECT value FROM settings WHERE key = 'calendar.week'"_s);
    if (!v)
        return v.error();
    if (!v->isNull()) {
        auto w = weekFromJson(QJsonDocument::fromJson(v->toString().toUtf8()));
        if (!w)
            return w.error();
        week = *w;
    }
    QTimeZone tz = QTimeZone::systemTimeZone();
    auto z = db.scalar(u"SELECT value FROM settings WHERE key = 'site.timezone'"_s);
    if (!z)
        return z.error();
    if (!z->isNull() && QTimeZone(z->toString().toUtf8()).isValid())
        tz = QTimeZone(z->toString().toUtf8());
    WorkingCalendar cal(tz, week);
    auto q = db.exec(u"SELECT day, kind FROM calendar_days"_s);
    if (!q)
        return q.error();
    while (q->next()) {
        const QDate d = time::dateFromDb(q->value(0).toString());
        if (q->value(1).toString() == u"holiday"_s)
            cal.addHoliday(d);
        else
            cal.addMakeupDay(d);
    }
    return cal;
}

} // namespace as
