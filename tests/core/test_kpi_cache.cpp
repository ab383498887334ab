// The cached figures of closed months (KpiCache, migration 0701): the cached and the uncached
// computations give identical figures, and after every kind of late change to a closed month
// (a follow-up made or rated later, a rework opened the next month, a cancelled rework, history
// imported one by one or in bulk, a complaint received late or re-assigned, parts history, a new
// target) the trend shows the new value, worked out by hand on the fixture (tests/support/KpiFixture.h).
#include "support/KpiFixture.h"
#include "support/TestSupport.h"

#include "reports/KpiCache.h"
#include "reports/KpiService.h"
#include "services/IntegrityCheck.h"
#include "services/SettingsRepository.h"
#include "storage/BulkLoad.h"
#include "storage/Transaction.h"

#include <QElapsedTimer>

using namespace as;
using namespace as::test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QTimeZone kShanghai("Asia/Shanghai");

struct KpiCacheTest : ::testing::Test {
    TempDb t;
    // Mid-January 2027: November and December 2026 are closed months, January is not.
    FixedClock clock{QDateTime(QDate(2027, 1, 15), QTime(4, 0), Qt::UTC)};
    SettingsRepository settings{t.db(), clock};
    KpiService cached{t.db(), settings, &clock};
    KpiService plain{t.db(), settings, &clock};
    const Period nov = Period::month(2026, 11, kShanghai);
    const Period dec = Period::month(2026, 12, kShanghai);
    const Period jan = Period::month(2027, 1, kShanghai);

    void SetUp() override
    {
        buildKpiFixture(t.db());
        plain.setCacheEnabled(false);
    }

    QList<TrendPoint> trend(KpiService &k, const Period &last)
    {
        auto r = k.trends(Actor::admin(), last, 12);
        EXPECT_TRUE(r.ok()) << qPrintable(r.ok() ? QString() : r.error().message);
        return r.ok() ? *r : QList<TrendPoint>{};
    }

    bool isCached(const Period &p)
    {
        return t.db()
                   .scalar(u"SELECT count(*) FROM kpi_month_cache WHERE from_utc = ? AND to_utc = ? AND figures IS NOT NULL"_s,
                           {p.fromUtc, p.toUtc})
                   .value()
                   .toInt() == 1;
    }

    // Fills the cache with the 12 months up to December and checks November and December are stored.
    void warm()
    {
        trend(cached, dec);
        ASSERT_TRUE(isCached(nov));
        ASSERT_TRUE(isCached(dec));
    }

    // The value shown by the (cached) trend for a month, after checking it agrees with the uncached one.
    KpiValue shown(const Period &month, KpiKey key)
    {
        expectSameAsUncached(dec);
        for (const TrendPoint &p : trend(cached, dec))
            if (p.month.fromUtc == month.fromUtc)
                for (const KpiValue &v : p.values)
                    if (v.key == key)
                        return v;
        ADD_FAILURE() << "no " << qPrintable(Kpi::code(key)) << " in " << qPrintable(month.label());
        return {};
    }

    void expectSameAsUncached(const Period &last)
    {
        const QList<TrendPoint> a = trend(cached, last), b = trend(plain, last);
        ASSERT_EQ(a.size(), b.size());
        for (int i = 0; i < a.size(); ++i) {
            ASSERT_EQ(a[i].values.size(), b[i].values.size()) << qPrintable(a[i].month.label());
            for (int j = 0; j < a[i].values.size(); ++j) {
                const KpiValue &x = a[i].values[j], &y = b[i].values[j];
                const QString what = a[i].month.label() + u' ' + Kpi::code(x.key);
                EXPECT_EQ(x.key, y.key) << qPrintable(what);
                EXPECT_EQ(x.numerator, y.numerator) << qPrintable(what);
                EXPECT_EQ(x.denominator, y.denominator) << qPrintable(what);
                EXPECT_EQ(x.value, y.value) << qPrintable(what);
                EXPECT_EQ(x.target, y.target) << qPrintable(what);
                EXPECT_EQ(x.met, y.met) << qPrintable(what);
                EXPECT_EQ(x.available, y.available) << qPrintable(what);
            }
        }
    }

    void addOrder(qint64 id, const char *opened, const char *ack, const char *ackDue, const char *completed, const char *warranty,
                  qint64 reworkOf, const char *status)
    {
        const QString number = u"WO-C-%1"_s.arg(id);
        QString rev = number;
        std::reverse(rev.begin(), rev.end());
        kpiExec(t.db(), u"INSERT INTO service_orders (id, number, number_rev, customer_id, customer_name, contact_phone, channel, category, "
                        "status, warranty_status, symptom, opened_at, acknowledged_at, ack_due, resolve_due, completed_at, rework_of, "
                        "resolve_working_minutes, created_at, updated_at) VALUES (?, ?, ?, 1, 'Kunde', '13800000000', 'phone', 'repair', "
                        "?, ?, 'noise', ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                {id, number, rev, QString::fromLatin1(status), QString::fromLatin1(warranty),
                 opt(opened), opt(ack), opt(ackDue), opt(ackDue), opt(completed), optId(reworkOf),
                 completed ? QVariant(60) : QVariant(QMetaType(QMetaType::LongLong)), opt(opened), opt(opened)});
    }
};

void expectRatio(const KpiValue &v, double num, double den)
{
    EXPECT_EQ(v.numerator, num) << qPrintable(Kpi::code(v.key));
    EXPECT_EQ(v.denominator, den) << qPrintable(Kpi::code(v.key));
}

} // namespace

TEST_F(KpiCacheTest, CachedAndUncachedFiguresAreIdentical)
{
    expectSameAsUncached(dec);   // computes and stores the 12 closed months
    EXPECT_EQ(t.db().scalar(u"SELECT count(*) FROM kpi_month_cache WHERE figures IS NOT NULL"_s).value().toInt(), 12);
    expectSameAsUncached(dec);   // read back from the cache
    // The hand-worked November (test_kpi.cpp) through the cache.
    expectRatio(shown(nov, KpiKey::ResponseWithinSla), 6, 9);
    expectRatio(shown(nov, KpiKey::FirstTimeFix), 2, 3);
    expectRatio(shown(nov, KpiKey::MeanTimeToResolveHours), 28, 3);
    // The current month is never cached.
    expectSameAsUncached(jan);
    EXPECT_FALSE(isCached(jan));
    EXPECT_TRUE(isCached(dec));
    // compute() of a closed month uses the same figures.
    auto a = cached.compute(Actor::admin(), nov), b = plain.compute(Actor::admin(), nov);
    AS_ASSERT_OK(a);
    AS_ASSERT_OK(b);
    ASSERT_EQ(a->size(), b->size());
    for (int i = 0; i < a->size(); ++i) {
        EXPECT_EQ(a->at(i).numerator, b->at(i).numerator) << qPrintable(Kpi::code(a->at(i).key));
        EXPECT_EQ(a->at(i).denominator, b->at(i).denominator) << qPrintable(Kpi::code(a->at(i).key));
        EXPECT_EQ(a->at(i).value, b->at(i).value) << qPrintable(Kpi::code(a->at(i).key));
        EXPECT_EQ(a->at(i).met, b->at(i).met) << qPrintable(Kpi::code(a->at(i).key));
    }
}

TEST_F(KpiCacheTest, LateFollowUpChangesTheCoverageOfTheMonthBefore)
{
    // An in-warranty order completed on December 5 without a follow-up yet.
    addOrder(21, "2026-12-04T02:00:00Z", "2026-12-04T02:10:00Z", "2026-12-04T03:00:00Z", "2026-12-05T02:00:00Z", "in", 0, "closed");
    warm();
    expectRatio(shown(dec, KpiKey::FollowupCoverage), 0, 1);
    addFollowup(t.db(), 21, 21, 0, "first", "done", "2027-01-03T02:00:00Z", 4);   // called in January
    EXPECT_FALSE(isCached(dec));
    expectRatio(shown(dec, KpiKey::FollowupCoverage), 1, 1);
    EXPECT_TRUE(isCached(dec));
}

TEST_F(KpiCacheTest, RatingRecordedLaterChangesSatisfaction)
{
    warm();
    expectRatio(shown(nov, KpiKey::Satisfaction), 1, 2);
    kpiExec(t.db(), u"UPDATE followups SET satisfaction = 5 WHERE id = 3"_s);   // order 2's call, done November 9
    expectRatio(shown(nov, KpiKey::Satisfaction), 2, 3);
}

TEST_F(KpiCacheTest, ReworkOpenedNextMonthChangesFirstTimeFix)
{
    warm();
    expectRatio(shown(nov, KpiKey::FirstTimeFix), 2, 3);
    // Order 3 was accepted on November 2; a rework opened on December 1 is within 30 days.
    addOrder(22, "2026-12-01T12:00:00Z", "2026-12-01T12:10:00Z", "2026-12-01T13:00:00Z", nullptr, "in", 3, "new");
    expectRatio(shown(nov, KpiKey::FirstTimeFix), 1, 3);
    expectRatio(shown(nov, KpiKey::RepeatRepair), 1, 3);   // counted in December, when it was opened
    // Order 1's rework (15, December 2) is cancelled: order 1 counts as fixed the first time again.
    ASSERT_TRUE(isCached(nov));
    kpiExec(t.db(), u"UPDATE service_orders SET status = 'cancelled', cancelled_at = '2027-01-10T00:00:00Z' WHERE id = 15"_s);
    expectRatio(shown(nov, KpiKey::FirstTimeFix), 2, 3);
}

TEST_F(KpiCacheTest, HistoricalOrdersImportedLaterChangeTheMonth)
{
    warm();
    expectRatio(shown(nov, KpiKey::ResponseWithinSla), 6, 9);
    // One order imported by itself: opened November 18, acknowledged in time.
    addOrder(23, "2026-11-18T02:00:00Z", "2026-11-18T02:10:00Z", "2026-11-18T03:00:00Z", nullptr, "in", 0, "new");
    expectRatio(shown(nov, KpiKey::ResponseWithinSla), 7, 10);
    // A bulk import (secondary indexes and the cache triggers dropped for the load): acknowledged late.
    ASSERT_TRUE(isCached(nov));
    {
        auto tx = Transaction::begin(t.db());
        AS_ASSERT_OK(tx);
        BulkLoad load(t.db(), {u"service_orders"_s});
        AS_ASSERT_OK(load.begin());
        addOrder(24, "2026-11-19T02:00:00Z", "2026-11-19T05:00:00Z", "2026-11-19T03:00:00Z", nullptr, "in", 0, "new");
        AS_ASSERT_OK(load.finish());
        AS_ASSERT_OK(tx->commit());
    }
    EXPECT_FALSE(isCached(nov));
    expectRatio(shown(nov, KpiKey::ResponseWithinSla), 7, 11);
    // Completing an old order now changes on-time completion and the mean time to resolve of its month.
    expectRatio(shown(nov, KpiKey::MeanTimeToResolveHours), 28, 3);
    kpiExec(t.db(), u"UPDATE service_orders SET completed_at = '2026-11-20T02:00:00Z', resolve_working_minutes = 120, status = 'closed' "
                    "WHERE id = 23"_s);
    expectRatio(shown(nov, KpiKey::MeanTimeToResolveHours), 30, 4);
}

TEST_F(KpiCacheTest, ComplaintReceivedLateOrReassignedChangesTheRate)
{
    warm();
    expectRatio(shown(nov, KpiKey::ComplaintRate), 1, 3);
    addComplaint(t.db(), 4, "2026-11-20T00:00:00Z", "attitude", "service");
    expectRatio(shown(nov, KpiKey::ComplaintRate), 2, 3);
    kpiExec(t.db(), u"UPDATE complaints SET responsibility = 'service' WHERE id = 2"_s);   // was 'product'
    expectRatio(shown(nov, KpiKey::ComplaintRate), 3, 3);
}

TEST_F(KpiCacheTest, PartsHistoryChangesTheFillRate)
{
    warm();
    expectRatio(shown(nov, KpiKey::PartsFillRate), 1, 3);
    // Order 1 turns out to have waited for parts before its issue (history imported later).
    kpiExec(t.db(), u"INSERT INTO order_events (order_id, at, kind, from_status, to_status) "
                    "VALUES (1, '2026-11-02T04:00:00Z', 'status', 'in_progress', 'awaiting_parts')"_s);
    expectRatio(shown(nov, KpiKey::PartsFillRate), 0, 3);
    // A line issued from stock to order 13 on November 29, recorded later.
    kpiExec(t.db(), u"INSERT INTO stock_movements (at, part_id, location_id, qty, type, unit_cost_fen, order_id, created_at) "
                    "VALUES ('2026-11-29T05:00:00Z', 1, 1, -1, 'issue', 1000, 13, '2027-01-10T00:00:00Z')"_s);
    expectRatio(shown(nov, KpiKey::PartsFillRate), 1, 4);
}

TEST_F(KpiCacheTest, NewTargetShowsOnCachedMonths)
{
    warm();
    EXPECT_EQ(shown(nov, KpiKey::FirstTimeFix).target, 0.95);
    EXPECT_EQ(shown(nov, KpiKey::FirstTimeFix).met, false);
    AS_ASSERT_OK(cached.setTarget(Actor::admin(), KpiKey::FirstTimeFix, 0.5));
    EXPECT_EQ(shown(nov, KpiKey::FirstTimeFix).target, 0.5);
    EXPECT_EQ(shown(nov, KpiKey::FirstTimeFix).met, true);   // 2/3
}

TEST_F(KpiCacheTest, FiguresOfAClaimOvertakenByAChangeAreNotStored)
{
    KpiCache cache(t.db());
    auto figures = plain.compute(Actor::admin(), nov, true);
    AS_ASSERT_OK(figures);
    // Claimed, then another PC records a complaint before the figures are stored.
    QString token = cache.claim({nov});
    ASSERT_FALSE(token.isEmpty());
    addComplaint(t.db(), 5, "2026-11-21T00:00:00Z", "quality", "service");
    cache.store(token, {{nov, *figures}}, u"2027-01-15T04:00:00Z"_s);
    EXPECT_FALSE(isCached(nov));
    EXPECT_TRUE(cache.load({nov}).isEmpty());
    // Without a change in between, they are stored.
    token = cache.claim({nov});
    cache.store(token, {{nov, *figures}}, u"2027-01-15T04:00:00Z"_s);
    EXPECT_TRUE(isCached(nov));
    // Figures of an older formula version are not used.
    kpiExec(t.db(), u"UPDATE kpi_month_cache SET engine = engine - 1"_s);
    EXPECT_TRUE(cache.load({nov}).isEmpty());
}

TEST_F(KpiCacheTest, AChangeInProgressElsewhereIsNotWaitedForNorCachedOver)
{
    OpenOptions o;
    o.location = t.path();
    o.migrate = false;
    auto other = Database::open(o);   // another PC recording a late complaint, not committed yet
    AS_ASSERT_OK(other);
    {
        auto tx = Transaction::begin(**other);
        AS_ASSERT_OK(tx);
        addComplaint(**other, 6, "2026-11-22T00:00:00Z", "quality", "service");
        QElapsedTimer timer;
        timer.start();
        auto k = cached.compute(Actor::admin(), nov);
        AS_ASSERT_OK(k);
        EXPECT_LT(timer.elapsed(), 3000);   // the claim gives up at once (not the 10 s busy timeout)
        EXPECT_EQ(k->at(int(KpiKey::ComplaintRate)).numerator, 1);   // the other PC's change is not committed
        EXPECT_FALSE(isCached(nov));   // and nothing was stored that its commit could make stale
        AS_ASSERT_OK(tx->commit());
    }
    EXPECT_EQ(shown(nov, KpiKey::ComplaintRate).numerator, 2);
    EXPECT_TRUE(isCached(nov));
}

TEST_F(KpiCacheTest, CheckFindsAndDropsFiguresThatDifferFromTheData)
{
    warm();
    auto kpiProblems = [&] {
        auto r = IntegrityCheck(t.db()).run();
        EXPECT_TRUE(r.ok());
        return r.ok() ? r->filter(u"KPI"_s) : QStringList{};
    };
    EXPECT_EQ(kpiProblems(), QStringList{});
    // Figures changed behind the triggers' back (e.g. a restored file edited by hand).
    kpiExec(t.db(), u"UPDATE kpi_month_cache SET figures = replace(figures, '\"response_within_sla\":[6,9', '\"response_within_sla\":[9,9') "
                    "WHERE from_utc = ?"_s,
            {nov.fromUtc});
    const QStringList found = kpiProblems();
    ASSERT_EQ(found.size(), 1) << qPrintable(found.join(u'\n'));
    EXPECT_TRUE(found.first().contains(nov.fromUtc));
    EXPECT_FALSE(isCached(nov));
    expectRatio(shown(nov, KpiKey::ResponseWithinSla), 6, 9);
    EXPECT_EQ(kpiProblems(), QStringList{});
}

TEST_F(KpiCacheTest, FillCacheStoresTheClosedMonthsABulkLoadEmptied)
{
    AS_ASSERT_OK(settings.setValue(Actor::admin(), u"site.timezone"_s, u"Asia/Shanghai"_s));   // the months of the fixture
    warm();
    AS_ASSERT_OK(cached.clearCache());   // what BulkLoad (demo, large imports) does
    EXPECT_FALSE(isCached(dec));
    // The 13 closed months a report of December reads (its trend, the previous month, the same month last year).
    auto n = cached.fillCache();
    AS_ASSERT_OK(n);
    EXPECT_EQ(*n, 13);
    EXPECT_TRUE(isCached(dec));
    EXPECT_TRUE(isCached(nov));
    EXPECT_TRUE(isCached(Period::month(2025, 12, kShanghai)));
    EXPECT_FALSE(isCached(Period::month(2025, 11, kShanghai)));
    EXPECT_FALSE(isCached(jan));   // the current month is never stored
    EXPECT_EQ(t.db().scalar(u"SELECT count(*) FROM kpi_month_cache WHERE figures IS NOT NULL"_s).value().toInt(), 13);
    expectSameAsUncached(dec);
    // Filled: nothing left to compute; a late change to November is recomputed alone (December too when it can touch it).
    n = cached.fillCache();
    AS_ASSERT_OK(n);
    EXPECT_EQ(*n, 0);
    kpiExec(t.db(), u"DELETE FROM kpi_month_cache WHERE from_utc = ?"_s, {nov.fromUtc});
    n = cached.fillCache();
    AS_ASSERT_OK(n);
    EXPECT_EQ(*n, 1);
    expectRatio(shown(nov, KpiKey::ResponseWithinSla), 6, 9);
}
