// KPI golden tests: a hand-built database (tests/support/KpiFixture.h) with every figure worked
// out by hand below, and edge cases: orders spanning months, cancelled orders, rework after 29
// and 31 days, follow-ups without a rating, an empty month, a month without complaints.
#include "support/KpiFixture.h"
#include "support/TestSupport.h"

#include "domain/Complaint.h"
#include "reports/ChartScale.h"
#include "reports/KpiDrillDown.h"
#include "reports/KpiService.h"
#include "storage/Dialect.h"
#include "services/SettingsRepository.h"

using namespace as;
using namespace as::test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QTimeZone kShanghai("Asia/Shanghai");

struct KpiGolden : ::testing::Test {
    TempDb t;
    FixedClock clock{testNow()};
    SettingsRepository settings{t.db(), clock};
    KpiService kpis{t.db(), settings};

    void SetUp() override { buildKpiFixture(t.db()); }

    QMap<KpiKey, KpiValue> month(int y, int m)
    {
        auto r = kpis.compute(Actor::admin(), Period::month(y, m, kShanghai));
        EXPECT_TRUE(r.ok()) << qPrintable(r.ok() ? QString() : r.error().message);
        QMap<KpiKey, KpiValue> out;
        if (r.ok())
            for (const KpiValue &v : *r)
                out.insert(v.key, v);
        return out;
    }
};

void expectRatio(const KpiValue &v, double num, double den)
{
    EXPECT_DOUBLE_EQ(v.numerator, num) << qPrintable(Kpi::code(v.key));
    EXPECT_DOUBLE_EQ(v.denominator, den) << qPrintable(Kpi::code(v.key));
    ASSERT_TRUE(v.value.has_value()) << qPrintable(Kpi::code(v.key));
    EXPECT_NEAR(*v.value, num / den, 1e-12) << qPrintable(Kpi::code(v.key));
}

} // namespace

TEST_F(KpiGolden, NovemberByHand)
{
    auto k = month(2026, 11);
    ASSERT_EQ(k.size(), 11);
    // Opened in November (local): 1, 2, 4, 5, 6, 11, 12, 13, 14 (3 was opened at 23:30 on October 31).
    // Acknowledged by the deadline: 1, 5, 11, 12, 13, 14 (2 late, 4 cancelled unanswered, 6 not yet).
    expectRatio(k[KpiKey::ResponseWithinSla], 6, 9);
    // Not cancelled, due or completed in November: 1 (on time), 2 (late), 3 (on time, completed Nov 1),
    // 5 (open, overdue), 12 (open, overdue), 13 (due Nov 30, completed Dec 1). 6 is due in December.
    expectRatio(k[KpiKey::OnTimeCompletion], 2, 6);
    // Accepted: 1, 2, 3. Order 1 reworked after 29 days (counts), 2 after 31 days (does not),
    // 3's rework was cancelled (does not).
    expectRatio(k[KpiKey::FirstTimeFix], 2, 3);
    // Rework orders opened in November: 12 (of order 7; 11 is cancelled).
    expectRatio(k[KpiKey::RepeatRepair], 1, 3);
    // Service complaints received in November: 1 (3 is October local time); completed: 1, 2, 3.
    expectRatio(k[KpiKey::ComplaintRate], 1, 3);
    // Rated follow-ups: 5 and 3 (the follow-up of order 2 has no rating).
    expectRatio(k[KpiKey::Satisfaction], 1, 2);
    // In-warranty completed: 1 and 3, both with a done first follow-up (2 is out of warranty).
    expectRatio(k[KpiKey::FollowupCoverage], 2, 2);
    // Issues to orders: order 1's line from stock; order 2 waited for parts first; orders 2 and 5 waited.
    expectRatio(k[KpiKey::PartsFillRate], 1, 3);
    // 3 units at 10.00 issued = 30.00; stock 100.00 at the start, 70.00 at the end: average 85.00.
    expectRatio(k[KpiKey::InventoryTurnover], 30.0, 85.0);
    // Completed in November: 420 + 960 + 300 working minutes = 28 h over 3 orders.
    expectRatio(k[KpiKey::MeanTimeToResolveHours], 28.0, 3.0);
    // Open at the end: 5, 6, 12, 13 (completed after), 14 (cancelled after).
    ASSERT_TRUE(k[KpiKey::Backlog].value);
    EXPECT_EQ(*k[KpiKey::Backlog].value, 5.0);
    // Targets (domain.md defaults) and whether they are met.
    EXPECT_EQ(k[KpiKey::ResponseWithinSla].target, 0.98);
    EXPECT_EQ(k[KpiKey::ResponseWithinSla].met, false);
    EXPECT_EQ(k[KpiKey::FollowupCoverage].met, true);
    EXPECT_EQ(k[KpiKey::RepeatRepair].target, 0.03);
    EXPECT_FALSE(k[KpiKey::Backlog].target.has_value());
    EXPECT_FALSE(k[KpiKey::Backlog].met.has_value());
}

TEST_F(KpiGolden, BacklogBuckets)
{
    auto b = kpis.backlog(Actor::admin(), Period::month(2026, 11, kShanghai));
    AS_ASSERT_OK(b);
    ASSERT_EQ(b->size(), 5);
    // Ages at 2026-11-30T16:00Z: 14 0.25 d; 6 2.6 d, 13 1.7 d; 5 10.6 d, 12 15.7 d.
    const QList<qint64> expected{1, 2, 0, 2, 0};
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(b->at(i).orders, expected.at(i)) << qPrintable(b->at(i).code());
}

TEST_F(KpiGolden, EmptyMonthHasNoValues)
{
    auto k = month(2026, 6);
    for (KpiKey key : Kpi::all()) {
        if (key == KpiKey::Backlog) {
            EXPECT_EQ(k[key].value, 0.0);
            continue;
        }
        EXPECT_FALSE(k[key].value.has_value()) << qPrintable(Kpi::code(key));
        EXPECT_FALSE(k[key].met.has_value()) << qPrintable(Kpi::code(key));
    }
}

TEST_F(KpiGolden, MonthWithoutComplaintsIsZero)
{
    auto k = month(2026, 12);
    // December: order 13 completed, no complaint received.
    expectRatio(k[KpiKey::ComplaintRate], 0, 1);
    EXPECT_EQ(k[KpiKey::ComplaintRate].met, true);
}

TEST_F(KpiGolden, TechniciansAndPareto)
{
    const Period nov = Period::month(2026, 11, kShanghai);
    auto techs = kpis.technicians(Actor::admin(), nov);
    AS_ASSERT_OK(techs);
    QMap<QString, TechnicianRow> by;
    for (const auto &r : *techs)
        by.insert(r.name, r);
    const TechnicianRow a = by.value(u"Tech A"_s), b = by.value(u"Tech B"_s);
    EXPECT_EQ(a.completed, 2);
    EXPECT_EQ(a.onTime, 2);
    EXPECT_EQ(a.onTimeBase, 3);
    EXPECT_EQ(a.firstFix, 1);
    EXPECT_EQ(a.accepted, 2);
    EXPECT_EQ(a.satisfied, 1);
    EXPECT_EQ(a.rated, 2);
    EXPECT_EQ(a.rework, 0);
    EXPECT_EQ(b.completed, 1);
    EXPECT_EQ(b.onTime, 0);
    EXPECT_EQ(b.onTimeBase, 3);
    EXPECT_EQ(b.firstFix, 1);
    EXPECT_EQ(b.accepted, 1);
    EXPECT_EQ(b.rated, 0);
    EXPECT_EQ(b.rework, 1);   // order 12 reworks order 7, Tech B's
    auto pareto = kpis.faultsByModel(Actor::admin(), nov);
    AS_ASSERT_OK(pareto);
    ASSERT_EQ(pareto->size(), 2);
    EXPECT_EQ(pareto->at(0).key, u"X-100"_s);   // orders 1, 5, 6 (4 cancelled, 13 an installation)
    EXPECT_EQ(pareto->at(0).count, 3);
    EXPECT_DOUBLE_EQ(pareto->at(0).cumulative, 0.6);
    EXPECT_EQ(pareto->at(1).count, 2);          // orders 2, 12
    EXPECT_DOUBLE_EQ(pareto->at(1).cumulative, 1.0);
    auto resp = kpis.complaintsBy(Actor::admin(), nov, u"responsibility"_s);
    AS_ASSERT_OK(resp);
    ASSERT_EQ(resp->size(), 2);
    for (const CountRow &r : *resp) {   // shown with the glossary's label, not the stored code
        ASSERT_TRUE(fromCode<Responsibility>(r.key).has_value()) << qPrintable(r.key);
        EXPECT_EQ(r.label, labelOf(*fromCode<Responsibility>(r.key))) << qPrintable(r.key);
        EXPECT_NE(r.label, r.key);
    }
    auto cat = kpis.complaintsBy(Actor::admin(), nov, u"category"_s);
    AS_ASSERT_OK(cat);
    ASSERT_FALSE(cat->isEmpty());
    for (const CountRow &r : *cat)
        EXPECT_EQ(r.label, labelOfCode<ComplaintCategory>(r.key)) << qPrintable(r.key);
    auto weeks = kpis.weekly(Actor::admin(), nov);
    AS_ASSERT_OK(weeks);
    qint64 opened = 0, done = 0;
    for (const auto &w : *weeks) {
        opened += w.opened;
        done += w.completed;
        EXPECT_TRUE(w.start == nov.first || w.start.dayOfWeek() == 1);
    }
    EXPECT_EQ(weeks->size(), 6);   // Sun 1, Mon 2-8, 9-15, 16-22, 23-29, Mon 30
    EXPECT_EQ(opened, 9);
    EXPECT_EQ(done, 3);
    auto parts = kpis.parts(Actor::admin(), nov);
    AS_ASSERT_OK(parts);
    EXPECT_EQ(parts->issuedFen, 3000);
    EXPECT_EQ(parts->stockStartFen, 10000);
    EXPECT_EQ(parts->stockEndFen, 7000);
}

TEST_F(KpiGolden, TargetsFromSettings)
{
    AS_ASSERT_OK(kpis.setTarget(Actor::admin(), KpiKey::ResponseWithinSla, 0.5));
    auto k = month(2026, 11);
    EXPECT_EQ(k[KpiKey::ResponseWithinSla].target, 0.5);
    EXPECT_EQ(k[KpiKey::ResponseWithinSla].met, true);
    EXPECT_FALSE(kpis.setTarget(Actor::admin(), KpiKey::ResponseWithinSla, 1.5).ok());
    EXPECT_FALSE(kpis.setTarget(Actor::admin(), KpiKey::Backlog, 0.5).ok());
    Actor tech{2, u"tech.a"_s, u"Tech A"_s, Role::Technician};
    EXPECT_EQ(kpis.setTarget(tech, KpiKey::ResponseWithinSla, 0.9).error().kind, Error::Kind::Permission);
}

TEST_F(KpiGolden, TrendsCoverTwelveMonths)
{
    auto tr = kpis.trends(Actor::admin(), Period::month(2026, 12, kShanghai));
    AS_ASSERT_OK(tr);
    ASSERT_EQ(tr->size(), 12);
    EXPECT_EQ(tr->first().month.label(), u"2026-01"_s);
    EXPECT_EQ(tr->at(10).month.label(), u"2026-11"_s);
    for (const KpiValue &v : tr->at(10).values)
        if (v.key == KpiKey::ResponseWithinSla)
            expectRatio(v, 6, 9);
}

// Every number can be checked: the drill-down lists hold exactly the records counted.
TEST_F(KpiGolden, DrillDownListsMatchTheNumbers)
{
    const Period nov = Period::month(2026, 11, kShanghai);
    auto k = month(2026, 11);
    auto count = [&](const DrillDown &d) {
        auto n = d.query.count(t.db());
        EXPECT_TRUE(n.ok()) << qPrintable(n.ok() ? QString() : n.error().message);
        auto page = d.query.fetch(t.db(), 1000);
        EXPECT_TRUE(page.ok());
        if (page.ok()) {
            EXPECT_EQ(page->rows.size(), n.valueOr(-1));
        }
        return n.valueOr(-1);
    };
    using P = KpiDrillDown::Part;
    const Dialect &dl = t.db().dialect();
    for (KpiKey key : {KpiKey::ResponseWithinSla, KpiKey::OnTimeCompletion, KpiKey::FirstTimeFix, KpiKey::Satisfaction,
                       KpiKey::FollowupCoverage}) {
        EXPECT_EQ(count(KpiDrillDown::kpi(dl, key, P::Numerator, nov)), qint64(k[key].numerator)) << qPrintable(Kpi::code(key));
        EXPECT_EQ(count(KpiDrillDown::kpi(dl, key, P::Denominator, nov)), qint64(k[key].denominator)) << qPrintable(Kpi::code(key));
        EXPECT_EQ(count(KpiDrillDown::kpi(dl, key, P::Missed, nov)), qint64(k[key].denominator - k[key].numerator))
            << qPrintable(Kpi::code(key));
    }
    EXPECT_EQ(count(KpiDrillDown::kpi(dl, KpiKey::RepeatRepair, P::Numerator, nov)), 1);
    EXPECT_EQ(count(KpiDrillDown::kpi(dl, KpiKey::ComplaintRate, P::Numerator, nov)), 1);
    EXPECT_EQ(count(KpiDrillDown::kpi(dl, KpiKey::ComplaintRate, P::Denominator, nov)), 3);
    EXPECT_EQ(count(KpiDrillDown::kpi(dl, KpiKey::PartsFillRate, P::Numerator, nov)), 1);
    EXPECT_EQ(count(KpiDrillDown::kpi(dl, KpiKey::PartsFillRate, P::Missed, nov)), 2);
    EXPECT_EQ(count(KpiDrillDown::kpi(dl, KpiKey::InventoryTurnover, P::Numerator, nov)), 2);
    EXPECT_EQ(count(KpiDrillDown::kpi(dl, KpiKey::MeanTimeToResolveHours, P::Denominator, nov)), 3);
    EXPECT_EQ(count(KpiDrillDown::kpi(dl, KpiKey::Backlog, P::Denominator, nov)), 5);
    const QList<qint64> buckets{1, 2, 0, 2, 0};
    const auto tmpl = KpiService::bucketTemplate();
    for (int i = 0; i < tmpl.size(); ++i)
        EXPECT_EQ(count(KpiDrillDown::backlogBucket(dl, nov, tmpl.at(i).minDays, tmpl.at(i).maxDays)), buckets.at(i));
    EXPECT_EQ(count(KpiDrillDown::model(dl, nov, u"X-100"_s)), 3);
    EXPECT_EQ(count(KpiDrillDown::complaints(dl, nov, u"responsibility"_s, u"service"_s)), 1);
    EXPECT_EQ(count(KpiDrillDown::partsCategory(dl, nov, u"pumps"_s)), 2);
    EXPECT_EQ(count(KpiDrillDown::weekOpened(dl, Period::range(QDate(2026, 11, 30), QDate(2026, 11, 30), kShanghai))), 1);
}

// Trend axes (dashboard and printed report): whole-number ticks from below the lowest value to 100 %.
TEST(ChartScale, PercentAxisTicksAreWholeNumbersAndCoverTheValues)
{
    struct Case { double lowest; double lo; double step; int intervals; };
    for (const Case &c : {Case{97.9, 90, 2, 5}, Case{99.5, 90, 2, 5}, Case{100, 90, 2, 5}, Case{86, 80, 5, 4},
                          Case{62, 50, 10, 5}, Case{22, 0, 20, 5}, Case{0, 0, 20, 5}, Case{47, 40, 20, 3}}) {
        const PercentScale s = percentScale(c.lowest);
        EXPECT_EQ(s.lo, c.lo) << c.lowest;
        EXPECT_EQ(s.step, c.step) << c.lowest;
        EXPECT_EQ(s.intervals, c.intervals) << c.lowest;
        EXPECT_LE(s.lo, c.lowest) << c.lowest;
        EXPECT_DOUBLE_EQ(s.lo + s.intervals * s.step, 100.0) << c.lowest;
        for (int i = 0; i <= s.intervals; ++i) {
            const double tick = s.lo + i * s.step;
            EXPECT_EQ(tick, std::round(tick)) << c.lowest;
        }
    }
    // A 98 % target with values around it: 98 is a tick of its own.
    const PercentScale s = percentScale(97.9);
    EXPECT_EQ(std::fmod(98.0 - s.lo, s.step), 0.0);
    EXPECT_EQ(s.hi, 100.0);
    // Rates that belong near 0 (every value and the target at most 50 %): 0 to just above the highest.
    struct Low { double highest; double hi; double step; };
    for (const Low &c : {Low{4.5, 5, 1}, Low{3.0, 4, 1}, Low{0.0, 2, 1}, Low{8.0, 10, 2}, Low{12, 15, 5}, Low{40, 50, 10}}) {
        const PercentScale l = percentScale(0.5, c.highest);
        EXPECT_EQ(l.lo, 0.0) << c.highest;
        EXPECT_EQ(l.hi, c.hi) << c.highest;
        EXPECT_EQ(l.step, c.step) << c.highest;
        EXPECT_GE(l.hi, c.highest) << c.highest;
        EXPECT_DOUBLE_EQ(l.intervals * l.step, l.hi) << c.highest;
        EXPECT_LE(l.intervals, 6) << c.highest;
    }
}
