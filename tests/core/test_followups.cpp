// Follow-up calls: scheduling by rule on completion and acceptance (holidays, month ends),
// rules that change only what comes after, the call outcomes, retries, the queue, statistics.
#include "support/TestSupport.h"

#include "calendar/CalendarDays.h"
#include "services/FollowUpQueries.h"
#include "reports/KpiService.h"
#include "services/Services.h"
#include "util/Time.h"

using namespace as;
using namespace as::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QDateTime local(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone("Asia/Shanghai")).toUTC();
}

struct FollowUpsFixture : ::testing::Test {
    TempDb t;
    FixedClock clock{testNow()};
    Services s{t.db(), clock};
    Actor admin = Actor::admin();
    Actor agent, agent2, tech, clerk;
    qint64 customerId = 0, productId = 0, oldProductId = 0;

    void SetUp() override
    {
        AS_ASSERT_OK(s.settings.setValue(admin, u"site.timezone"_s, u"Asia/Shanghai"_s));
        agent = {*s.accounts.addUser(admin, u"wang"_s, Role::Agent, u"王芳"_s), u"wang"_s, u"王芳"_s, Role::Agent};
        agent2 = {*s.accounts.addUser(admin, u"zhou"_s, Role::Agent, u"周敏"_s), u"zhou"_s, u"周敏"_s, Role::Agent};
        tech = {*s.accounts.addUser(admin, u"li"_s, Role::Technician, u"李强"_s), u"li"_s, u"李强"_s, Role::Technician};
        clerk = {*s.accounts.addUser(admin, u"sun"_s, Role::PartsClerk, u"孙丽"_s), u"sun"_s, u"孙丽"_s, Role::PartsClerk};
        CalendarDays days(t.db(), clock);
        AS_ASSERT_OK(days.set(admin, {QDate(2027, 1, 1), CalendarDays::Kind::Holiday, u"元旦"_s}));
        Customer c;
        c.name = u"张伟"_s;
        c.phone = u"13800138000"_s;
        customerId = *s.customers.create(admin, c);
        Product p;
        p.customerId = customerId;
        p.model = u"KFR-35GW"_s;
        p.serial = u"SN-0001"_s;
        p.purchaseDate = QDate(2026, 3, 1);
        p.warrantyMonths = 12;
        productId = *s.customers.addProduct(admin, p);
        p.serial = u"SN-OLD"_s;
        p.purchaseDate = QDate(2020, 3, 1);
        oldProductId = *s.customers.addProduct(admin, p);
    }

    qint64 create(qint64 product, OrderCategory cat = OrderCategory::Repair)
    {
        OrderDraft d;
        d.customerId = customerId;
        d.productId = product;
        d.category = cat;
        d.symptom = u"不制冷"_s;
        auto id = s.orders.create(agent, d);
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id.valueOr(0);
    }
    Status move(const Actor &a, qint64 id, OrderStatus to, TransitionData d = {})
    {
        return s.orders.transition(a, id, s.orders.get(id)->rowVersion, to, d);
    }
    // Through the lifecycle to completed at `completedAt` (and accepted at `acceptedAt` if valid).
    void finish(qint64 id, const QDateTime &completedAt, const QDateTime &acceptedAt = {})
    {
        TransitionData d;
        d.technicianId = tech.userId;
        AS_ASSERT_OK(move(agent, id, OrderStatus::Dispatched, d));
        TransitionData appt;
        appt.appointmentStart = completedAt.addSecs(-7200);
        appt.appointmentEnd = completedAt.addSecs(-3600);
        AS_ASSERT_OK(move(tech, id, OrderStatus::Scheduled, appt));
        AS_ASSERT_OK(move(tech, id, OrderStatus::InProgress));
        clock.set(completedAt);
        TransitionData w;
        w.workDone = u"更换压缩机"_s;
        AS_ASSERT_OK(move(tech, id, OrderStatus::Completed, w));
        if (acceptedAt.isValid()) {
            clock.set(acceptedAt);
            TransitionData a;
            a.acceptedBy = u"张伟"_s;
            AS_ASSERT_OK(move(agent, id, OrderStatus::Accepted, a));
        }
    }
    QList<FollowUp> of(qint64 orderId) { return *s.followups.forOrder(orderId); }
    QList<qint64> queue(FollowUpQueries::View view, const QDate &today)
    {
        FollowUpQueries::Filter f;
        f.view = view;
        const ListQuery q = FollowUpQueries::list(t.db().dialect(), f, today, clock.nowUtc());
        auto page = q.fetch(t.db(), 100);
        EXPECT_TRUE(page.ok());
        QList<qint64> ids;
        for (const auto &row : page->rows)
            ids << row.last().toLongLong();
        return ids;
    }
};

} // namespace

TEST_F(FollowUpsFixture, FirstCallWithinThreeWorkingDaysAcrossNewYearHoliday)
{
    const qint64 id = create(productId);
    // Thursday 31 Dec 10:00; Friday 1 Jan is a holiday: 7 h Thu + 8 h Mon + 8 h Tue + 1 h Wed.
    finish(id, local(2026, 12, 31, 10));
    const auto f = of(id);
    ASSERT_EQ(f.size(), 1);
    EXPECT_EQ(f[0].kind, FollowUpKind::First);
    EXPECT_EQ(f[0].dueDate, QDate(2027, 1, 6));
    EXPECT_EQ(f[0].status, FollowUpStatus::Pending);
    EXPECT_EQ(f[0].technicianId, tech.userId);
}

TEST_F(FollowUpsFixture, InWarrantyAcceptanceSchedulesMonthsClampedToMonthEndAndNextWorkingDay)
{
    const qint64 id = create(productId);
    finish(id, local(2026, 11, 30, 10), local(2026, 11, 30, 15));
    const auto f = of(id);
    ASSERT_EQ(f.size(), 4);
    EXPECT_EQ(f[0].kind, FollowUpKind::First);
    // 30 Nov + 3 months = Sun 28 Feb -> Mon 1 Mar; + 6 = Sun 30 May -> Mon 31 May; + 12 = Tue 30 Nov.
    EXPECT_EQ(f[1].kind, FollowUpKind::Months);
    EXPECT_EQ(f[1].months, 3);
    EXPECT_EQ(f[1].dueDate, QDate(2027, 3, 1));
    EXPECT_EQ(f[2].months, 6);
    EXPECT_EQ(f[2].dueDate, QDate(2027, 5, 31));
    EXPECT_EQ(f[3].months, 12);
    EXPECT_EQ(f[3].dueDate, QDate(2027, 11, 30));
}

TEST_F(FollowUpsFixture, OutOfWarrantyGetsOnlyTheFirstCall)
{
    const qint64 id = create(oldProductId);
    ASSERT_EQ(s.orders.get(id)->warranty, WarrantyStatus::Out);
    finish(id, local(2026, 11, 24, 10), local(2026, 11, 24, 11));
    const auto f = of(id);
    ASSERT_EQ(f.size(), 1);
    EXPECT_EQ(f[0].kind, FollowUpKind::First);
}

TEST_F(FollowUpsFixture, MaintenanceOrderSetsNextDateAndReminderBeforeIt)
{
    const qint64 id = create(oldProductId, OrderCategory::Maintenance);
    finish(id, local(2026, 11, 24, 10), local(2026, 11, 24, 11));
    EXPECT_EQ(t.db().scalar(u"SELECT next_maintenance_on FROM products WHERE id = ?"_s, {oldProductId})->toString(), u"2027-11-24"_s);
    auto rows = t.db().exec(u"SELECT due_date, status FROM followups WHERE product_id = ? AND kind = 'maintenance'"_s, {oldProductId});
    ASSERT_TRUE(rows.ok());
    ASSERT_TRUE(rows->next());
    // 14 days before Wed 24 Nov 2027 is Wed 10 Nov.
    EXPECT_EQ(rows->value(0).toString(), u"2027-11-10"_s);
    // A date typed by the agent replaces the reminder still to be called; a Sunday moves it earlier.
    AS_ASSERT_OK(s.followups.setMaintenanceDate(agent, oldProductId, QDate(2027, 6, 20)));
    auto pending = t.db().exec(u"SELECT due_date FROM followups WHERE product_id = ? AND kind = 'maintenance' AND status = 'pending'"_s,
                               {oldProductId});
    ASSERT_TRUE(pending->next());
    EXPECT_EQ(pending->value(0).toString(), u"2027-06-04"_s);   // Sun 6 Jun -> Fri 4 Jun
    EXPECT_FALSE(pending->next());
}

TEST_F(FollowUpsFixture, ChangingRulesDoesNotRewriteScheduledCalls)
{
    const qint64 a = create(productId);
    finish(a, local(2026, 11, 23, 10));
    const QDate before = of(a)[0].dueDate;
    EXPECT_EQ(before, QDate(2026, 11, 26));
    FollowUpRules r;
    r.firstWithinWorkingDays = 1;
    r.warrantyMonths = {2};
    EXPECT_FALSE(s.followups.setRules(agent, r).ok());   // agents do not change settings
    AS_ASSERT_OK(s.followups.setRules(admin, r));
    EXPECT_EQ(of(a)[0].dueDate, before);
    const qint64 b = create(productId);
    finish(b, local(2026, 11, 23, 10), local(2026, 11, 23, 12));
    const auto fb = of(b);
    ASSERT_EQ(fb.size(), 2);
    EXPECT_EQ(fb[0].dueDate, QDate(2026, 11, 24));
    EXPECT_EQ(fb[1].months, 2);
    EXPECT_EQ(fb[1].dueDate, QDate(2027, 1, 25));   // Sat 23 Jan -> Mon 25 Jan
    r.maxAttempts = 0;
    auto bad = s.followups.setRules(admin, r);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().field, u"max_attempts"_s);
}

TEST_F(FollowUpsFixture, NotReachedComesBackAfterTheDelayThenGivesUp)
{
    const qint64 id = create(oldProductId);
    finish(id, local(2026, 11, 23, 10));
    const QDate today(2026, 11, 26);
    clock.set(local(2026, 11, 26, 9));
    const qint64 fid = of(id)[0].id;
    EXPECT_EQ(queue(FollowUpQueries::View::CallNow, today), QList<qint64>{fid});
    CallRecord miss;
    miss.outcome = CallOutcome::NotReached;
    AS_ASSERT_OK(s.followups.record(agent, fid, s.followups.get(fid)->rowVersion, miss));
    FollowUp f = *s.followups.get(fid);
    EXPECT_EQ(f.status, FollowUpStatus::Pending);
    EXPECT_EQ(f.attempts, 1);
    EXPECT_EQ(f.nextCallAt, clock.nowUtc().addSecs(240 * 60));
    EXPECT_TRUE(queue(FollowUpQueries::View::CallNow, today).isEmpty());
    EXPECT_EQ(queue(FollowUpQueries::View::DueToday, today), QList<qint64>{fid});
    clock.advanceSecs(240 * 60);
    EXPECT_EQ(queue(FollowUpQueries::View::CallNow, today), QList<qint64>{fid});
    AS_ASSERT_OK(s.followups.record(agent, fid, s.followups.get(fid)->rowVersion, miss));
    clock.advanceSecs(240 * 60);
    AS_ASSERT_OK(s.followups.record(agent2, fid, s.followups.get(fid)->rowVersion, miss));
    f = *s.followups.get(fid);
    EXPECT_EQ(f.status, FollowUpStatus::Unreachable);
    EXPECT_EQ(f.attempts, 3);
    EXPECT_FALSE(f.doneAt.isValid());
    EXPECT_EQ(s.followups.calls(fid)->size(), 3);
    EXPECT_TRUE(queue(FollowUpQueries::View::CallNow, today).isEmpty());
    EXPECT_EQ(queue(FollowUpQueries::View::Finished, today), QList<qint64>{fid}) << "given up calls are finished too";
    EXPECT_EQ(s.followups.record(agent, fid, f.rowVersion, miss).error().kind, Error::Kind::State);
}

TEST_F(FollowUpsFixture, ReachedRecordsSatisfactionNewNeedAndRights)
{
    const qint64 id = create(productId);
    finish(id, local(2026, 11, 23, 10));
    clock.set(local(2026, 11, 24, 9));
    const FollowUp f = of(id)[0];
    CallRecord call;
    call.outcome = CallOutcome::Reached;
    call.satisfaction = 6;
    auto bad = s.followups.record(agent, f.id, f.rowVersion, call);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().field, u"satisfaction"_s);
    call.satisfaction = 5;
    EXPECT_EQ(s.followups.record(clerk, f.id, f.rowVersion, call).error().kind, Error::Kind::Permission);
    EXPECT_EQ(s.followups.record(agent, f.id, f.rowVersion + 1, call).error().kind, Error::Kind::Conflict);
    call.comments = u"师傅很专业"_s;
    call.newOrderId = create(productId, OrderCategory::Installation);
    AS_ASSERT_OK(s.followups.record(agent, f.id, f.rowVersion, call));
    const FollowUp done = *s.followups.get(f.id);
    EXPECT_EQ(done.status, FollowUpStatus::Done);
    EXPECT_EQ(done.satisfaction, 5);
    EXPECT_EQ(done.comments, u"师傅很专业"_s);
    EXPECT_EQ(done.newOrderId, call.newOrderId);
    EXPECT_EQ(done.doneAt, clock.nowUtc());
    EXPECT_EQ(done.agentId, agent.userId);
    EXPECT_EQ(t.db().scalar(u"SELECT done_on FROM followups WHERE id = ?"_s, {f.id})->toString(), u"2026-11-24"_s);
    EXPECT_GE(t.db().scalar(u"SELECT count(*) FROM audit_log WHERE entity = 'followup' AND entity_id = ?"_s, {f.id})->toInt(), 2);
}

TEST_F(FollowUpsFixture, CoverageAndSatisfactionPerTechnicianAndAgent)
{
    // Two in-warranty orders completed in November, one followed up (rated 4), one not yet.
    const qint64 a = create(productId), b = create(productId), c = create(oldProductId);
    finish(a, local(2026, 11, 23, 10));
    finish(b, local(2026, 11, 23, 11));
    finish(c, local(2026, 11, 23, 12));
    clock.set(local(2026, 11, 24, 9));
    CallRecord call;
    call.satisfaction = 4;
    const FollowUp fa = of(a)[0];
    AS_ASSERT_OK(s.followups.record(agent, fa.id, fa.rowVersion, call));
    const FollowUp fc = of(c)[0];
    call.satisfaction = 2;
    AS_ASSERT_OK(s.followups.record(agent2, fc.id, fc.rowVersion, call));

    auto byTech = s.followups.stats(FollowUpService::By::Technician, QDate(2026, 11, 1), QDate(2026, 11, 30));
    ASSERT_TRUE(byTech.ok());
    ASSERT_EQ(byTech->size(), 1);
    EXPECT_EQ((*byTech)[0].name, u"李强"_s);
    EXPECT_EQ((*byTech)[0].coverageNum, 1);
    EXPECT_EQ((*byTech)[0].coverageDen, 2);   // the out-of-warranty order does not count
    EXPECT_EQ((*byTech)[0].done, 2);
    EXPECT_EQ((*byTech)[0].rated, 2);
    EXPECT_EQ((*byTech)[0].satisfied, 1);
    EXPECT_DOUBLE_EQ((*byTech)[0].averageRating, 3.0);

    auto byAgent = s.followups.stats(FollowUpService::By::Agent, QDate(2026, 11, 1), QDate(2026, 11, 30));
    ASSERT_TRUE(byAgent.ok());
    ASSERT_EQ(byAgent->size(), 2);
    EXPECT_EQ((*byAgent)[0].done + (*byAgent)[1].done, 2);
    EXPECT_TRUE(s.followups.stats(FollowUpService::By::Agent, QDate(2026, 10, 1), QDate(2026, 10, 31))->isEmpty());

    // The per-technician figures add up to the follow-up coverage KPI of the month (one definition).
    auto kpis = s.kpis.compute(Actor::admin(), Period::month(2026, 11, s.settings.siteTimeZone()));
    ASSERT_TRUE(kpis.ok());
    bool found = false;
    for (const KpiValue &k : *kpis)
        if (k.key == KpiKey::FollowupCoverage) {
            found = true;
            EXPECT_EQ(k.numerator, (*byTech)[0].coverageNum);
            EXPECT_EQ(k.denominator, (*byTech)[0].coverageDen);
        }
    EXPECT_TRUE(found);
}

TEST_F(FollowUpsFixture, QueueViewsAndSearch)
{
    const qint64 a = create(productId);
    finish(a, local(2026, 11, 23, 10), local(2026, 11, 23, 16));
    const QDate today(2026, 11, 27);   // the first call (due 26 Nov) is overdue
    const auto f = of(a);
    EXPECT_EQ(queue(FollowUpQueries::View::Overdue, today), QList<qint64>{f[0].id});
    EXPECT_EQ(queue(FollowUpQueries::View::CallNow, today), QList<qint64>{f[0].id});
    EXPECT_TRUE(queue(FollowUpQueries::View::Upcoming, today).isEmpty());
    EXPECT_EQ(queue(FollowUpQueries::View::AllPending, today).size(), 4);
    FollowUpQueries::Filter filter;
    filter.view = FollowUpQueries::View::AllPending;
    filter.search = u"张伟"_s;
    auto page = FollowUpQueries::list(t.db().dialect(), filter, today, clock.nowUtc()).fetch(t.db(), 100);
    ASSERT_TRUE(page.ok());
    EXPECT_EQ(page->rows.size(), 4);
    filter.search = u"李四"_s;
    page = FollowUpQueries::list(t.db().dialect(), filter, today, clock.nowUtc()).fetch(t.db(), 100);
    EXPECT_TRUE(page->rows.isEmpty());
}
