#include "reports/ReportData.h"

#include "domain/Enums.h"
#include "services/SettingsRepository.h"

using namespace Qt::Literals::StringLiterals;

namespace as {

namespace {

using T = ReportTable::Type;

QVariant optValue(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

QVariant ratio(qint64 num, qint64 den)
{
    return den > 0 ? QVariant(double(num) / double(den)) : QVariant();
}

} // namespace

Result<ReportData> ReportData::build(KpiService &kpis, SettingsRepository &settings, const Actor &actor, const Period &period,
                                     const QDateTime &nowUtc, Options options)
{
    AS_TRY(actor.require(Permission::ViewReports));
    ReportData d;
    d.period = period;
    d.previous = period.previous();
    d.lastYear = period.sameLastYear();
    d.generatedAt = nowUtc;
    auto company = settings.value(u"company.name"_s);
    if (!company)
        return company.error();
    d.company = *company;
    auto take = [](auto result, auto &into) -> Status {
        if (!result)
            return result.error();
        into = std::move(*result);
        return {};
    };
    AS_TRY(take(kpis.compute(actor, period), d.kpis));
    AS_TRY(take(kpis.compute(actor, d.previous), d.previousKpis));
    if (options.lastYear)
        AS_TRY(take(kpis.compute(actor, d.lastYear), d.lastYearKpis));
    AS_TRY(take(kpis.backlog(actor, period), d.backlog));
    AS_TRY(take(kpis.technicians(actor, period), d.technicians));
    AS_TRY(take(kpis.faultsByModel(actor, period), d.faults));
    d.complaintsKept = kpis.hasComplaints();
    AS_TRY(take(kpis.complaintsBy(actor, period, u"category"_s), d.complaintsByCategory));
    AS_TRY(take(kpis.complaintsBy(actor, period, u"responsibility"_s), d.complaintsByResponsibility));
    AS_TRY(take(kpis.parts(actor, period), d.parts));
    AS_TRY(take(kpis.weekly(actor, period), d.weeks));
    if (options.trends)
        AS_TRY(take(kpis.trends(actor, period, 12, {TrendPoint{d.period, d.kpis}, TrendPoint{d.previous, d.previousKpis}}), d.trends));
    return d;
}

const KpiValue *ReportData::kpi(KpiKey k) const
{
    for (const KpiValue &v : kpis)
        if (v.key == k)
            return &v;
    return nullptr;
}

const KpiValue *ReportData::previousKpi(KpiKey k) const
{
    for (const KpiValue &v : previousKpis)
        if (v.key == k)
            return &v;
    return nullptr;
}

ReportTable ReportData::kpiTable() const
{
    ReportTable t;
    t.id = u"kpis"_s;
    t.title = tr("Key performance indicators");
    t.columns = {{u"kpi"_s, tr("KPI"), T::Text, 26}, {u"value"_s, tr("Value"), T::Fraction, 10},
                 {u"target"_s, tr("Target"), T::Fraction, 10}, {u"met"_s, tr("Met"), T::Text, 6},
                 {u"previous"_s, tr("Previous period"), T::Fraction, 14}, {u"change"_s, tr("Change"), T::Fraction, 10},
                 {u"same_month_last_year"_s, tr("Same period last year"), T::Fraction, 16},
                 {u"numerator"_s, tr("Numerator"), T::Number, 12}, {u"denominator"_s, tr("Denominator"), T::Number, 12}};
    for (const KpiValue &v : kpis) {
        const KpiValue *prev = previousKpi(v.key);
        const KpiValue *ly = nullptr;
        for (const KpiValue &l : lastYearKpis)
            if (l.key == v.key)
                ly = &l;
        QVariant change;
        if (prev && prev->value && v.value)
            change = *v.value - *prev->value;
        t.rows << QVariantList{Kpi::title(v.key), optValue(v.value), optValue(v.target),
                               v.met ? QVariant(*v.met ? tr("yes") : tr("no")) : QVariant(),
                               prev ? optValue(prev->value) : QVariant(), change, ly ? optValue(ly->value) : QVariant(),
                               v.numerator, v.denominator};
        if (!Kpi::isRate(v.key))
            t.plainRows << int(t.rows.size() - 1);
    }
    return t;
}

QList<ReportTable> ReportData::tables() const
{
    QList<ReportTable> out;
    {
        ReportTable t{u"backlog"_s, tr("Backlog at period end by age"),
                      {{u"backlog_age"_s, tr("Age (days)"), T::Text, 14}, {u"orders"_s, tr("Open orders"), T::Integer, 12}}, {}, {}};
        for (const BacklogBucket &b : backlog)
            t.rows << QVariantList{b.code(), b.orders};
        out << t;
    }
    {
        ReportTable t{u"weeks"_s, tr("Orders opened and completed per week"),
                      {{u"week_start"_s, tr("From"), T::Date, 12}, {u"week_end"_s, tr("To"), T::Date, 12},
                       {u"opened"_s, tr("Opened"), T::Integer, 10}, {u"completed"_s, tr("Completed"), T::Integer, 10}},
                      {}, {}};
        for (const WeekRow &w : weeks)
            t.rows << QVariantList{w.start, w.end, w.opened, w.completed};
        out << t;
    }
    {
        ReportTable t{u"technicians"_s, tr("Technicians"),
                      {{u"technician"_s, tr("Technician"), T::Text, 20}, {u"completed"_s, tr("Completed"), T::Integer, 10},
                       {u"on_time"_s, tr("On time"), T::Fraction, 10}, {u"first_time_fix"_s, tr("First-time fix"), T::Fraction, 12},
                       {u"satisfaction"_s, tr("Satisfaction"), T::Fraction, 12}, {u"rework"_s, tr("Rework"), T::Integer, 10},
                       {u"on_time_base"_s, tr("Due or completed"), T::Integer, 14}, {u"accepted"_s, tr("Accepted"), T::Integer, 10},
                       {u"rated"_s, tr("Rated follow-ups"), T::Integer, 14}},
                      {}, {}};
        for (const TechnicianRow &r : technicians)
            t.rows << QVariantList{r.name, r.completed, ratio(r.onTime, r.onTimeBase), ratio(r.firstFix, r.accepted),
                                   ratio(r.satisfied, r.rated), r.rework, r.onTimeBase, r.accepted, r.rated};
        out << t;
    }
    {
        ReportTable t{u"faults"_s, tr("Faults by product model (Pareto)"),
                      {{u"model"_s, tr("Model"), T::Text, 20}, {u"faults"_s, tr("Repair orders"), T::Integer, 12},
                       {u"share"_s, tr("Share"), T::Fraction, 10}, {u"cumulative_share"_s, tr("Cumulative"), T::Fraction, 12}},
                      {}, {}};
        for (const CountRow &r : faults)
            t.rows << QVariantList{r.label, r.count, r.share, r.cumulative};
        out << t;
    }
    for (auto [rows, code, title] : {std::tuple{&complaintsByCategory, u"complaint_category"_s, tr("Complaints by category")},
                                     std::tuple{&complaintsByResponsibility, u"complaint_responsibility"_s, tr("Complaints by responsibility")}}) {
        ReportTable t{code == u"complaint_category"_s ? u"complaints_category"_s : u"complaints_responsibility"_s, title,
                      {{code, code == u"complaint_category"_s ? tr("Category") : tr("Responsibility"), T::Text, 20},
                       {u"complaints"_s, tr("Complaints"), T::Integer, 12}, {u"share"_s, tr("Share"), T::Fraction, 10},
                       {u"compensation"_s, tr("Compensation"), T::Money, 14}},
                      {}, {}};
        for (const CountRow &r : *rows)
            t.rows << QVariantList{r.label, r.count, r.share, r.valueFen};
        out << t;
    }
    {
        ReportTable t{u"parts_summary"_s, tr("Parts consumption"),
                      {{u"part_category"_s, tr("Category"), T::Text, 20}, {u"qty"_s, tr("Quantity"), T::Integer, 10},
                       {u"value"_s, tr("Cost"), T::Money, 14}, {u"share"_s, tr("Share"), T::Fraction, 10}},
                      {}, {}};
        for (const CountRow &r : parts.byCategory)
            t.rows << QVariantList{r.label, r.count, r.valueFen, r.share};
        t.rows << QVariantList{tr("Total"), parts.issuedQty, parts.issuedFen, parts.issuedFen ? QVariant(1.0) : QVariant()};
        out << t;
    }
    {
        ReportTable t{u"top_parts"_s, tr("Top parts by cost"),
                      {{u"part_code"_s, tr("Code"), T::Text, 14}, {u"part_name"_s, tr("Name"), T::Text, 24},
                       {u"qty"_s, tr("Quantity"), T::Integer, 10}, {u"value"_s, tr("Cost"), T::Money, 14},
                       {u"share"_s, tr("Share"), T::Fraction, 10}},
                      {}, {}};
        for (const CountRow &r : parts.topParts)
            t.rows << QVariantList{r.key, r.label, r.count, r.valueFen, r.share};
        out << t;
    }
    {
        ReportTable t{u"stock_value"_s, tr("Stock value and turnover"),
                      {{u"stock_start"_s, tr("Stock value at start"), T::Money, 18}, {u"stock_end"_s, tr("Stock value at end"), T::Money, 18},
                       {u"issued_cost"_s, tr("Cost of parts issued"), T::Money, 18}, {u"turnover"_s, tr("Turnover"), T::Fraction, 10}},
                      {}, {}};
        t.rows << QVariantList{parts.stockStartFen, parts.stockEndFen, parts.issuedFen, optValue(parts.turnover)};
        t.plainRows << 0;   // turnover is a ratio, not a percentage
        out << t;
    }
    if (!trends.isEmpty()) {
        ReportTable t{u"trends"_s, tr("12-month trends"), {{u"month"_s, tr("Month"), T::Text, 10}}, {}, {}};
        for (const KpiValue &v : trends.first().values)
            t.columns << ReportTable::Column{Kpi::code(v.key), Kpi::title(v.key), Kpi::isRate(v.key) ? T::Fraction : T::Number, 14};
        for (const TrendPoint &p : trends) {
            QVariantList row{p.month.label()};
            for (const KpiValue &v : p.values)
                row << optValue(v.value);
            t.rows << row;
        }
        out << t;
    }
    return out;
}

} // namespace as
