#include "reports/Kpi.h"

#include "util/Time.h"

using namespace Qt::Literals::StringLiterals;

namespace as {

namespace {

struct Info {
    KpiKey key;
    const char *code;
    const char *title;
    const char *formula;
    Kpi::Compare cmp;
    double target;   // < 0: none
};

const Info kInfo[] = {
    {KpiKey::ResponseWithinSla, "response_within_sla", QT_TRANSLATE_NOOP("as::Kpi", "Response within SLA"),
     QT_TRANSLATE_NOOP("as::Kpi", "orders acknowledged within their deadline / orders opened"), Kpi::Compare::AtLeast, 0.98},
    {KpiKey::OnTimeCompletion, "on_time_completion", QT_TRANSLATE_NOOP("as::Kpi", "On-time completion"),
     QT_TRANSLATE_NOOP("as::Kpi", "orders completed by their resolution deadline / orders whose deadline fell in the period or that completed in it"),
     Kpi::Compare::AtLeast, 0.98},
    {KpiKey::FirstTimeFix, "first_time_fix", QT_TRANSLATE_NOOP("as::Kpi", "First-time fix"),
     QT_TRANSLATE_NOOP("as::Kpi", "accepted orders with no rework within 30 days / accepted orders"), Kpi::Compare::AtLeast, 0.95},
    {KpiKey::RepeatRepair, "repeat_repair", QT_TRANSLATE_NOOP("as::Kpi", "Repeat repair"),
     QT_TRANSLATE_NOOP("as::Kpi", "rework orders / accepted orders"), Kpi::Compare::AtMost, 0.03},
    {KpiKey::ComplaintRate, "complaint_rate", QT_TRANSLATE_NOOP("as::Kpi", "Complaint rate"),
     QT_TRANSLATE_NOOP("as::Kpi", "complaints with responsibility = service / orders completed"), Kpi::Compare::Below, 0.03},
    {KpiKey::Satisfaction, "satisfaction", QT_TRANSLATE_NOOP("as::Kpi", "Satisfaction"),
     QT_TRANSLATE_NOOP("as::Kpi", "follow-ups rated 4 or 5 / follow-ups with a rating"), Kpi::Compare::AtLeast, 0.98},
    {KpiKey::FollowupCoverage, "followup_coverage", QT_TRANSLATE_NOOP("as::Kpi", "Follow-up coverage"),
     QT_TRANSLATE_NOOP("as::Kpi", "in-warranty completed orders with a completed first follow-up / in-warranty completed orders"),
     Kpi::Compare::AtLeast, 1.0},
    {KpiKey::PartsFillRate, "parts_fill_rate", QT_TRANSLATE_NOOP("as::Kpi", "Parts fill rate"),
     QT_TRANSLATE_NOOP("as::Kpi", "part lines issued from stock when requested / part lines requested"), Kpi::Compare::AtLeast, 0.98},
    {KpiKey::InventoryTurnover, "inventory_turnover", QT_TRANSLATE_NOOP("as::Kpi", "Inventory turnover"),
     QT_TRANSLATE_NOOP("as::Kpi", "cost of parts issued / average stock value (start+end)/2"), Kpi::Compare::None, -1},
    {KpiKey::MeanTimeToResolveHours, "mean_time_to_resolve_hours", QT_TRANSLATE_NOOP("as::Kpi", "Mean time to resolve"),
     QT_TRANSLATE_NOOP("as::Kpi", "mean working hours from opened to completed"), Kpi::Compare::None, -1},
    {KpiKey::Backlog, "backlog", QT_TRANSLATE_NOOP("as::Kpi", "Backlog"),
     QT_TRANSLATE_NOOP("as::Kpi", "open orders at period end, by age bucket"), Kpi::Compare::None, -1},
};

const Info &info(KpiKey k)
{
    return kInfo[int(k)];
}

} // namespace

QList<KpiKey> Kpi::all()
{
    QList<KpiKey> keys;
    for (const Info &i : kInfo)
        keys << i.key;
    return keys;
}

QList<KpiKey> Kpi::rates()
{
    QList<KpiKey> keys;
    for (const Info &i : kInfo)
        if (isRate(i.key))
            keys << i.key;
    return keys;
}

bool Kpi::isRate(KpiKey k)
{
    return int(k) <= int(KpiKey::PartsFillRate);
}

QString Kpi::code(KpiKey k)
{
    return QString::fromLatin1(info(k).code);
}

std::optional<KpiKey> Kpi::fromCode(const QString &code)
{
    for (const Info &i : kInfo)
        if (code == QLatin1String(i.code))
            return i.key;
    return std::nullopt;
}

QString Kpi::title(KpiKey k)
{
    return QCoreApplication::translate("as::Kpi", info(k).title);
}

QString Kpi::formula(KpiKey k)
{
    return QCoreApplication::translate("as::Kpi", info(k).formula);
}

Kpi::Compare Kpi::comparison(KpiKey k)
{
    return info(k).cmp;
}

std::optional<double> Kpi::defaultTarget(KpiKey k)
{
    if (info(k).target < 0)
        return std::nullopt;
    return info(k).target;
}

QString Kpi::settingKey(KpiKey k)
{
    return u"kpi.target."_s + code(k);
}

bool Kpi::meets(KpiKey k, double value, double target)
{
    // Compare at the 4 decimals the report shows, so "0.9800 vs 0.98" never fails on rounding.
    const qint64 v = qRound64(value * 10000.0), t = qRound64(target * 10000.0);
    switch (comparison(k)) {
    case Compare::AtLeast: return v >= t;
    case Compare::AtMost: return v <= t;
    case Compare::Below: return v < t;
    case Compare::None: break;
    }
    return true;
}

QString Kpi::display(KpiKey k, std::optional<double> value)
{
    if (!value)
        return u"–"_s;
    if (isRate(k))
        return QString::number(*value * 100.0, 'f', 1) + u" %"_s;
    if (k == KpiKey::MeanTimeToResolveHours)
        return tr("%1 h").arg(QString::number(*value, 'f', 1));
    if (k == KpiKey::Backlog)
        return QString::number(qRound64(*value));
    return QString::number(*value, 'f', 2);
}

// ---- Period ----

Period Period::range(const QDate &first, const QDate &last, const QTimeZone &zone)
{
    Period p;
    p.first = first;
    p.last = last;
    p.zone = zone;
    p.fromUtc = time::localDayStartUtc(first, zone);
    p.toUtc = time::localDayStartUtc(last.addDays(1), zone);
    return p;
}

Period Period::month(int year, int month, const QTimeZone &zone)
{
    const QDate first(year, month, 1);
    return range(first, first.addMonths(1).addDays(-1), zone);
}

bool Period::isMonth() const
{
    return first.day() == 1 && last == first.addMonths(1).addDays(-1);
}

Period Period::previous() const
{
    if (isMonth()) {
        const QDate f = first.addMonths(-1);
        return month(f.year(), f.month(), zone);
    }
    const qint64 days = first.daysTo(last) + 1;
    return range(first.addDays(-days), first.addDays(-1), zone);
}

Period Period::sameLastYear() const
{
    if (isMonth()) {
        const QDate f = first.addYears(-1);
        return month(f.year(), f.month(), zone);
    }
    return range(first.addYears(-1), last.addYears(-1), zone);
}

QString Period::label() const
{
    if (isMonth())
        return first.toString(u"yyyy-MM"_s);
    return first.toString(Qt::ISODate) + u" – "_s + last.toString(Qt::ISODate);
}

QList<Period> Period::trailingMonths(int count) const
{
    QList<Period> months;
    const QDate end(last.year(), last.month(), 1);
    for (int i = count - 1; i >= 0; --i) {
        const QDate f = end.addMonths(-i);
        months << month(f.year(), f.month(), zone);
    }
    return months;
}

} // namespace as
