// Complaints: intake (numbering, SLA deadlines across a weekend and a holiday, repeat case),
// the workflow with roles (an agent cannot approve compensation, a manager can), reopening
// when the customer is not satisfied, conflicts, invalid transitions, the list query.
#include "support/TestSupport.h"

#include "calendar/CalendarDays.h"
#include "calendar/SlaPolicy.h"
#include "demo/DemoGenerator.h"
#include "services/IntegrityCheck.h"
#include "services/ComplaintAnalysis.h"
#include "services/ComplaintQueries.h"
#include "services/ComplaintService.h"
#include "services/CustomerService.h"
#include "services/OrderService.h"
#include "services/SettingsRepository.h"
#include "services/UserService.h"
#include "storage/Dialect.h"
#include "util/Time.h"

using namespace as;
using namespace as::test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QTimeZone kShanghai("Asia/Shanghai");
QDateTime local(int y, int m, int d, int h, int min) { return QDateTime(QDate(y, m, d), QTime(h, min), kShanghai); }

struct ComplaintsFixture : ::testing::Test {
    TempDb t;
    FixedClock clock{testNow()};
    ComplaintService complaints{t.db(), clock};
    CustomerService customers{t.db(), clock};
    OrderService orders{t.db(), clock};
    Actor admin = Actor::admin();
    Actor agent, manager, tech;
    qint64 customerId = 0, productId = 0;

    void SetUp() override
    {
        SettingsRepository settings(t.db(), clock);
        AS_ASSERT_OK(settings.setValue(admin, u"site.timezone"_s, u"Asia/Shanghai"_s));
        UserService users(t.db(), clock);
        agent = {*users.addUser(admin, u"wang"_s, Role::Agent, u"王芳"_s), u"wang"_s, u"王芳"_s, Role::Agent};
        manager = {*users.addUser(admin, u"chen"_s, Role::Manager, u"陈静"_s), u"chen"_s, u"陈静"_s, Role::Manager};
        tech = {*users.addUser(admin, u"li"_s, Role::Technician, u"李强"_s), u"li"_s, u"李强"_s, Role::Technician};
        Customer c;
        c.name = u"张伟"_s;
        c.phone = u"13800138000"_s;
        customerId = *customers.create(admin, c);
        Product p;
        p.customerId = customerId;
        p.model = u"KFR-35GW"_s;
        p.serial = u"SN-0001"_s;
        p.purchaseDate = QDate(2026, 3, 1);
        productId = *customers.addProduct(admin, p);
    }

    ComplaintDraft draft()
    {
        ComplaintDraft d;
        d.customerId = customerId;
        d.productId = productId;
        d.content = u"维修师傅迟到两个小时，态度很差"_s;
        d.expectation = u"道歉并赔偿"_s;
        d.category = ComplaintCategory::Attitude;
        d.severity = ComplaintSeverity::High;
        return d;
    }
    qint64 create() { auto id = complaints.create(agent, draft()); EXPECT_TRUE(id.ok()) << qPrintable(id.ok() ? QString() : id.error().message); return id.valueOr(0); }
    Complaint load(qint64 id) { return *complaints.get(id); }
    Status move(const Actor &a, qint64 id, ComplaintStatus to, ComplaintStepData d = {})
    {
        return complaints.transition(a, id, load(id).rowVersion, to, d);
    }
    ComplaintStepData remedy(Remedy r, qint64 fen = -1)
    {
        ComplaintStepData d;
        d.remedy = r;
        d.compensationFen = fen;
        d.responsibility = Responsibility::Service;
        d.rootCause = u"派工延误"_s;
        return d;
    }
    int count(const QString &sql, const QVariantList &p = {}) { return t.db().scalar(sql, p)->toInt(); }
    int eventCount(qint64 id) { return count(u"SELECT count(*) FROM complaint_events WHERE complaint_id = ?"_s, {id}); }
    int auditCount(qint64 id) { return count(u"SELECT count(*) FROM audit_log WHERE entity = 'complaint' AND entity_id = ?"_s, {id}); }
};

} // namespace

TEST_F(ComplaintsFixture, IntakeNumbersAndDeadlines)
{
    const qint64 a = create(), b = create();
    const Complaint c = load(a);
    EXPECT_EQ(c.number, u"CP-202611-00001"_s);
    EXPECT_EQ(load(b).number, u"CP-202611-00002"_s);
    EXPECT_EQ(c.status, ComplaintStatus::Received);
    EXPECT_EQ(c.customerName, u"张伟"_s);
    EXPECT_EQ(c.contactPhone, u"13800138000"_s);
    EXPECT_EQ(c.model, u"KFR-35GW"_s);
    EXPECT_EQ(c.content, u"维修师傅迟到两个小时，态度很差"_s);
    EXPECT_EQ(c.receivedAt, testNow());
    // Monday 10:00 Beijing: acknowledge within 1 working hour, remedy within 3 working days.
    EXPECT_EQ(c.ackDue, testNow().addSecs(3600));
    EXPECT_EQ(c.remedyDue.toTimeZone(kShanghai), local(2026, 11, 26, 10, 0));
    EXPECT_FALSE(c.acknowledgedAt.isValid());
    EXPECT_EQ(eventCount(a), 1);
    EXPECT_EQ(auditCount(a), 1);
    // The number is found in either case.
    EXPECT_EQ(complaints.byNumber(u"cp-202611-00002"_s)->id, b);
}

TEST_F(ComplaintsFixture, DeadlinesSkipTheWeekendAndAHoliday)
{
    CalendarDays days(t.db(), clock);
    AS_ASSERT_OK(days.set(admin, {QDate(2026, 11, 30), CalendarDays::Kind::Holiday, u"测试假日"_s}));   // Monday
    // Friday 27 Nov 17:30: half an hour left that day; Sat, Sun and the Monday holiday do not count.
    clock.set(local(2026, 11, 27, 17, 30).toUTC());
    const Complaint c = load(create());
    EXPECT_EQ(c.ackDue.toTimeZone(kShanghai), local(2026, 12, 1, 9, 30));
    EXPECT_EQ(c.remedyDue.toTimeZone(kShanghai), local(2026, 12, 3, 17, 30));
    EXPECT_EQ(c.number, u"CP-202611-00001"_s);
}

TEST_F(ComplaintsFixture, SlaRulesComeFromSettings)
{
    SettingsRepository settings(t.db(), clock);
    auto policy = SlaPolicy::load(t.db());
    ASSERT_TRUE(policy.ok());
    policy->complaintAcknowledge.amount = 30;
    policy->complaintRemedy.amount = 1;
    AS_ASSERT_OK(settings.setValue(admin, u"sla.policy"_s, QString::fromUtf8(policy->toJson().toJson(QJsonDocument::Compact))));
    const Complaint c = load(create());
    EXPECT_EQ(c.ackDue, testNow().addSecs(1800));
    EXPECT_EQ(c.remedyDue.toTimeZone(kShanghai), local(2026, 11, 24, 10, 0));
}

TEST_F(ComplaintsFixture, FullWorkflowWithApology)
{
    const qint64 id = create();
    AS_ASSERT_OK(complaints.acknowledge(agent, id, load(id).rowVersion, u"已致电客户"_s));
    EXPECT_EQ(load(id).acknowledgedAt, testNow());
    AS_ASSERT_OK(move(agent, id, ComplaintStatus::Investigating));
    AS_ASSERT_OK(move(agent, id, ComplaintStatus::RemedyProposed, remedy(Remedy::Apology)));
    Complaint c = load(id);
    EXPECT_EQ(c.remedy, Remedy::Apology);
    EXPECT_EQ(c.responsibility, Responsibility::Service);
    EXPECT_EQ(c.rootCause, u"派工延误"_s);
    EXPECT_EQ(c.remedyProposedAt, testNow());
    // An apology needs no manager: the agent moves on.
    AS_ASSERT_OK(move(agent, id, ComplaintStatus::Approved));
    EXPECT_EQ(load(id).approvedBy, agent.userId);
    AS_ASSERT_OK(move(agent, id, ComplaintStatus::CustomerInformed));
    ComplaintStepData ok;
    ok.feedback = u"客户接受道歉"_s;
    AS_ASSERT_OK(move(agent, id, ComplaintStatus::Closed, ok));
    c = load(id);
    EXPECT_EQ(c.status, ComplaintStatus::Closed);
    EXPECT_EQ(c.satisfied, true);
    EXPECT_EQ(c.closedAt, testNow());
    EXPECT_EQ(c.customerFeedback, u"客户接受道歉"_s);
    EXPECT_EQ(eventCount(id), 7);
    EXPECT_EQ(auditCount(id), 7);
    EXPECT_TRUE(complaints.availableTransitions(manager, c).isEmpty());
}

TEST_F(ComplaintsFixture, AgentCannotApproveCompensationManagerCan)
{
    const qint64 id = create();
    AS_ASSERT_OK(move(agent, id, ComplaintStatus::Investigating));
    // Compensation needs an amount.
    auto noAmount = move(agent, id, ComplaintStatus::RemedyProposed, remedy(Remedy::Compensation));
    ASSERT_FALSE(noAmount.ok());
    EXPECT_EQ(noAmount.error().field, u"compensation"_s);
    AS_ASSERT_OK(move(agent, id, ComplaintStatus::RemedyProposed, remedy(Remedy::Compensation, 20000)));
    EXPECT_EQ(load(id).compensationFen, 20000);

    const Complaint before = load(id);
    EXPECT_FALSE(complaints.availableTransitions(agent, before).contains(ComplaintStatus::Approved));
    auto denied = move(agent, id, ComplaintStatus::Approved);
    ASSERT_FALSE(denied.ok());
    EXPECT_EQ(denied.error().kind, Error::Kind::Permission);
    EXPECT_TRUE(denied.error().message.contains(u"王芳"_s)) << qPrintable(denied.error().message);
    const Complaint after = load(id);
    EXPECT_EQ(after.status, ComplaintStatus::RemedyProposed) << "nothing changes";
    EXPECT_EQ(after.rowVersion, before.rowVersion);
    // A technician cannot handle complaints at all.
    EXPECT_EQ(move(tech, id, ComplaintStatus::Approved).error().kind, Error::Kind::Permission);

    EXPECT_TRUE(complaints.availableTransitions(manager, before).contains(ComplaintStatus::Approved));
    AS_ASSERT_OK(move(manager, id, ComplaintStatus::Approved));
    EXPECT_EQ(load(id).approvedBy, manager.userId);
    EXPECT_EQ(count(u"SELECT count(*) FROM audit_log WHERE entity = 'complaint' AND entity_id = ? AND action = 'approve' AND user_id = ?"_s,
                    {id, manager.userId}), 1);
}

TEST_F(ComplaintsFixture, ReplacementAndRefundNeedTheManagerToo)
{
    for (Remedy r : {Remedy::Replacement, Remedy::Refund}) {
        const qint64 id = create();
        AS_ASSERT_OK(move(agent, id, ComplaintStatus::Investigating));
        AS_ASSERT_OK(move(agent, id, ComplaintStatus::RemedyProposed, remedy(r, r == Remedy::Refund ? 99900 : -1)));
        EXPECT_EQ(move(agent, id, ComplaintStatus::Approved).error().kind, Error::Kind::Permission);
        AS_ASSERT_OK(move(manager, id, ComplaintStatus::Approved));
    }
    // Free repair: the agent may approve.
    const qint64 id = create();
    AS_ASSERT_OK(move(agent, id, ComplaintStatus::Investigating));
    AS_ASSERT_OK(move(agent, id, ComplaintStatus::RemedyProposed, remedy(Remedy::FreeRepair)));
    AS_ASSERT_OK(move(agent, id, ComplaintStatus::Approved));
}

TEST_F(ComplaintsFixture, NotSatisfiedGoesBackToInvestigating)
{
    const qint64 id = create();
    AS_ASSERT_OK(move(agent, id, ComplaintStatus::Investigating));
    EXPECT_EQ(load(id).acknowledgedAt, testNow()) << "starting the investigation acknowledges the complaint";
    AS_ASSERT_OK(move(agent, id, ComplaintStatus::RemedyProposed, remedy(Remedy::Compensation, 10000)));
    AS_ASSERT_OK(move(manager, id, ComplaintStatus::Approved));
    AS_ASSERT_OK(move(agent, id, ComplaintStatus::CustomerInformed));
    clock.set(testNow().addSecs(3600));
    // Reopening needs the customer's reason.
    EXPECT_EQ(move(agent, id, ComplaintStatus::Investigating).error().field, u"feedback"_s);
    ComplaintStepData no;
    no.feedback = u"赔偿太少"_s;
    AS_ASSERT_OK(move(agent, id, ComplaintStatus::Investigating, no));
    Complaint c = load(id);
    EXPECT_EQ(c.status, ComplaintStatus::Investigating);
    EXPECT_EQ(c.reopenCount, 1);
    EXPECT_EQ(c.satisfied, false);
    EXPECT_FALSE(c.approvedAt.isValid()) << "the new remedy needs a new approval";
    EXPECT_EQ(c.remedyProposedAt, testNow()) << "the SLA counts the first proposal";
    EXPECT_EQ(count(u"SELECT count(*) FROM complaint_events WHERE complaint_id = ? AND kind = 'reopened' AND note = '赔偿太少'"_s, {id}), 1);
    // Second round: more compensation, approved again by the manager, customer satisfied.
    AS_ASSERT_OK(move(agent, id, ComplaintStatus::RemedyProposed, remedy(Remedy::Compensation, 30000)));
    EXPECT_EQ(move(agent, id, ComplaintStatus::Approved).error().kind, Error::Kind::Permission);
    AS_ASSERT_OK(move(manager, id, ComplaintStatus::Approved));
    AS_ASSERT_OK(move(agent, id, ComplaintStatus::CustomerInformed));
    AS_ASSERT_OK(move(agent, id, ComplaintStatus::Closed));
    c = load(id);
    EXPECT_EQ(c.satisfied, true);
    EXPECT_EQ(c.compensationFen, 30000);
    EXPECT_EQ(c.reopenCount, 1);
}

TEST_F(ComplaintsFixture, InvalidTransitionsChangeNothing)
{
    const qint64 id = create();
    const Complaint before = load(id);
    for (ComplaintStatus to : {ComplaintStatus::Closed, ComplaintStatus::Approved, ComplaintStatus::RemedyProposed,
                               ComplaintStatus::CustomerInformed, ComplaintStatus::Received}) {
        auto r = move(manager, id, to, remedy(Remedy::Apology));
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().kind, Error::Kind::State);
        EXPECT_TRUE(r.error().message.contains(before.number));
    }
    const Complaint after = load(id);
    EXPECT_EQ(after.status, ComplaintStatus::Received);
    EXPECT_EQ(after.rowVersion, before.rowVersion);
    EXPECT_EQ(eventCount(id), 1);
    // A remedy is needed to propose one.
    AS_ASSERT_OK(move(agent, id, ComplaintStatus::Investigating));
    EXPECT_EQ(move(agent, id, ComplaintStatus::RemedyProposed).error().field, u"remedy"_s);
    // An amount goes only with compensation or refund.
    EXPECT_EQ(move(agent, id, ComplaintStatus::RemedyProposed, remedy(Remedy::Apology, 500)).error().field, u"compensation"_s);
}

TEST_F(ComplaintsFixture, StaleRowVersionIsAConflict)
{
    const qint64 id = create();
    const Complaint seen = load(id);
    AS_ASSERT_OK(complaints.acknowledge(agent, id, seen.rowVersion));
    auto r = complaints.transition(manager, id, seen.rowVersion, ComplaintStatus::Investigating);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Error::Kind::Conflict);
    EXPECT_TRUE(r.error().message.contains(seen.number));
    Complaint edited = seen;
    edited.investigation = u"查看派工记录"_s;
    EXPECT_EQ(complaints.update(agent, edited).error().kind, Error::Kind::Conflict);
    EXPECT_EQ(load(id).status, ComplaintStatus::Received);
    EXPECT_TRUE(load(id).investigation.isEmpty());
}

TEST_F(ComplaintsFixture, HandlingDetailsAreAuditedAndLockedAfterApproval)
{
    const qint64 id = create();
    Complaint c = load(id);
    c.department = u"售后服务部"_s;
    c.assigneeId = manager.userId;
    c.investigation = u"查看派工记录：师傅迟到"_s;
    c.responsibility = Responsibility::Service;
    c.remedy = Remedy::Compensation;
    c.compensationFen = 5000;
    AS_ASSERT_OK(complaints.update(agent, c));
    c = load(id);
    EXPECT_EQ(c.department, u"售后服务部"_s);
    EXPECT_EQ(c.assigneeId, manager.userId);
    EXPECT_EQ(c.compensationFen, 5000);
    EXPECT_EQ(count(u"SELECT count(*) FROM audit_log WHERE entity = 'complaint' AND entity_id = ? AND action = 'update'"_s, {id}), 1);
    AS_ASSERT_OK(move(agent, id, ComplaintStatus::Investigating));
    AS_ASSERT_OK(move(agent, id, ComplaintStatus::RemedyProposed));   // the remedy already set
    AS_ASSERT_OK(move(manager, id, ComplaintStatus::Approved));
    c = load(id);
    c.compensationFen = 900000;
    auto r = complaints.update(agent, c);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Error::Kind::State);
    EXPECT_EQ(load(id).compensationFen, 5000);
    // A technician may not change complaints.
    c = load(id);
    c.investigation = u"x"_s;
    EXPECT_EQ(complaints.update(tech, c).error().kind, Error::Kind::Permission);
}

TEST_F(ComplaintsFixture, IntakeValidationNamesTheField)
{
    ComplaintDraft d = draft();
    d.content = u"  "_s;
    EXPECT_EQ(complaints.create(agent, d).error().field, u"content"_s);
    d = draft();
    d.customerId = 0;
    EXPECT_EQ(complaints.create(agent, d).error().field, u"customer"_s);
    d = draft();
    d.contactPhone = u"12"_s;
    EXPECT_EQ(complaints.create(agent, d).error().field, u"contact_phone"_s);
    EXPECT_EQ(complaints.create(tech, draft()).error().kind, Error::Kind::Permission);
    EXPECT_EQ(count(u"SELECT count(*) FROM complaints"_s), 0);
}

TEST_F(ComplaintsFixture, OrdersConcernedAndRepeatCase)
{
    OrderDraft od;
    od.customerId = customerId;
    od.productId = productId;
    od.symptom = u"不制冷"_s;
    const qint64 o1 = *orders.create(agent, od);
    EXPECT_EQ(*complaints.recentCaseCount(customerId, testNow()), 1);
    ComplaintDraft d = draft();
    d.orderIds = {o1};
    const qint64 id = *complaints.create(agent, d);
    EXPECT_EQ(load(id).orderId, o1);
    ASSERT_EQ(complaints.orders(id)->size(), 1);
    EXPECT_EQ(complaints.orders(id)->first().number, orders.get(o1)->number);
    // One order and two complaints in 12 months: a repeat case (the order intake sees it too).
    create();
    EXPECT_EQ(*complaints.recentCaseCount(customerId, testNow()), 3);
    EXPECT_EQ(*orders.recentCaseCount(customerId, testNow()), 3);
    EXPECT_EQ(*complaints.recentCaseCount(customerId, testNow().addMonths(13)), 0);
    // An order of another customer is refused.
    Customer other;
    other.name = u"李娜"_s;
    other.phone = u"13900139000"_s;
    od.customerId = *customers.create(admin, other);
    od.productId = 0;
    d.orderIds = {*orders.create(agent, od)};
    EXPECT_EQ(complaints.create(agent, d).error().field, u"orders"_s);
}

TEST_F(ComplaintsFixture, ListFiltersAndSearch)
{
    const qint64 a = create();
    ComplaintDraft d = draft();
    d.content = u"空调漏水，地板泡坏"_s;
    d.category = ComplaintCategory::Quality;
    d.severity = ComplaintSeverity::Critical;
    const qint64 b = *complaints.create(agent, d);
    clock.set(testNow().addDays(5));   // both past their deadlines
    const Dialect dialect = t.db().dialect();
    auto ids = [&](const ComplaintQueries::Filter &f) {
        QList<qint64> out;
        auto page = ComplaintQueries::list(dialect, f, clock.nowUtc(), kShanghai).fetch(t.db(), 100);
        EXPECT_TRUE(page.ok());
        for (const auto &row : page->rows)
            out << row.last().toLongLong();
        return out;
    };
    ComplaintQueries::Filter f;
    EXPECT_EQ(ids(f), (QList<qint64>{b, a}));
    f.category = ComplaintCategory::Quality;
    EXPECT_EQ(ids(f), QList<qint64>{b});
    f = {};
    f.severity = ComplaintSeverity::Critical;
    EXPECT_EQ(ids(f), QList<qint64>{b});
    f = {};
    f.overdueOnly = true;
    EXPECT_EQ(ids(f).size(), 2);
    f.statuses = {ComplaintStatus::Closed};
    EXPECT_TRUE(ids(f).isEmpty());
    f = {};
    f.search = u"漏水"_s;   // two characters: below the trigram length
    EXPECT_EQ(ids(f), QList<qint64>{b});
    f.search = u"态度很差"_s;
    EXPECT_EQ(ids(f), QList<qint64>{a});
    f.search = u"CP-202611-00002"_s;
    EXPECT_EQ(ids(f), QList<qint64>{b});
    f.search = u"张伟"_s;
    EXPECT_EQ(ids(f).size(), 2);
    f = {};
    f.receivedFrom = QDate(2026, 11, 24);
    EXPECT_TRUE(ids(f).isEmpty());
    AS_ASSERT_OK(move(agent, a, ComplaintStatus::Investigating));
    f = {};
    f.responsibility = Responsibility::Undetermined;
    f.statuses = {ComplaintStatus::Investigating};
    EXPECT_EQ(ids(f), QList<qint64>{a});
}

TEST_F(ComplaintsFixture, AnalysisCountsAndServiceShare)
{
    const qint64 a = create(), b = create();
    ComplaintDraft d = draft();
    d.category = ComplaintCategory::Quality;
    create();
    const qint64 c = *complaints.create(agent, d);
    for (qint64 id : {a, b}) {
        AS_ASSERT_OK(move(agent, id, ComplaintStatus::Investigating));
        AS_ASSERT_OK(move(agent, id, ComplaintStatus::RemedyProposed, remedy(Remedy::Apology)));   // responsibility service
    }
    AS_ASSERT_OK(move(agent, c, ComplaintStatus::Investigating));
    ComplaintStepData p = remedy(Remedy::FreeRepair);
    p.responsibility = Responsibility::Product;
    AS_ASSERT_OK(move(agent, c, ComplaintStatus::RemedyProposed, p));
    auto r = ComplaintAnalysis::compute(t.db(), kShanghai, QDate(2026, 11, 1), QDate(2026, 11, 30));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->total, 4);
    EXPECT_EQ(r->byService, 2);
    EXPECT_DOUBLE_EQ(r->serviceShare(), 0.5);
    EXPECT_EQ(r->open, 4);
    ASSERT_FALSE(r->byCategory.isEmpty());
    EXPECT_EQ(r->byCategory.first().key, u"attitude"_s);
    EXPECT_EQ(r->byCategory.first().count, 3);
    ASSERT_EQ(r->byMonth.size(), 1);
    EXPECT_EQ(r->byMonth.first().key, u"2026-11"_s);
    ASSERT_EQ(r->byModel.size(), 1);
    EXPECT_EQ(r->byModel.first().key, u"KFR-35GW"_s);
    ASSERT_EQ(r->repeatCustomers.size(), 1);
    EXPECT_EQ(r->repeatCustomers.first().complaints, 4);
    EXPECT_EQ(ComplaintAnalysis::compute(t.db(), kShanghai, QDate(2026, 12, 1), {})->total, 0);
}

TEST(ComplaintsDemo, EveryStateConsistentAndNumbersContinue)
{
    TempDb t;
    DemoOptions o;
    o.orders = 3000;
    o.seed = 5;
    o.now = testNow();
    AS_ASSERT_OK(DemoGenerator(t.db()).run(o));
    auto n = [&](const QString &sql) { return t.db().scalar(sql)->toLongLong(); };
    const qint64 total = n(u"SELECT count(*) FROM complaints"_s);
    EXPECT_GT(total, 500);
    EXPECT_LE(total, 600);
    for (const char *status : {"received", "investigating", "remedy_proposed", "approved", "customer_informed", "closed"})
        EXPECT_GT(t.db().scalar(u"SELECT count(*) FROM complaints WHERE status = ?"_s, {QString::fromLatin1(status)})->toInt(), 0) << status;
    EXPECT_EQ(n(u"SELECT count(*) FROM complaints WHERE received_at > '2026-11-23T02:00:00Z'"_s), 0);
    EXPECT_EQ(n(u"SELECT count(*) FROM complaints WHERE number NOT LIKE 'CP-______-_____'"_s), 0);
    EXPECT_EQ(n(u"SELECT count(*) FROM complaint_orders"_s), total);
    EXPECT_GT(n(u"SELECT count(*) FROM complaints WHERE reopen_count > 0"_s), 0);
    // Costly remedies were approved by a manager.
    EXPECT_EQ(n(u"SELECT count(*) FROM complaints c JOIN users u ON u.id = c.approved_by WHERE c.remedy IN ('compensation','refund',"
                "'replacement') AND u.role NOT IN ('manager','admin')"_s), 0);
    auto problems = IntegrityCheck(t.db()).run();
    AS_ASSERT_OK(problems);
    EXPECT_TRUE(problems->isEmpty()) << qPrintable(problems->join(u'\n'));
    // The search index was rebuilt after the bulk load.
    ComplaintQueries::Filter f;
    f.search = u"态度恶劣"_s;
    auto page = ComplaintQueries::list(t.db().dialect(), f, testNow(), kShanghai).fetch(t.db(), 500);
    ASSERT_TRUE(page.ok());
    EXPECT_EQ(page->rows.size(), n(u"SELECT count(*) FROM complaints WHERE content LIKE '%态度恶劣%'"_s));
    EXPECT_GT(page->rows.size(), 0);
    // A complaint taken after the demo continues the month's numbering.
    FixedClock clock{testNow()};
    ComplaintService service(t.db(), clock);
    ComplaintDraft d;
    d.customerId = n(u"SELECT min(id) FROM customers"_s);
    d.content = u"测试"_s;
    auto id = service.create(Actor::admin(), d);
    AS_ASSERT_OK(id);
    const QString last = t.db().scalar(u"SELECT max(number) FROM complaints WHERE number LIKE 'CP-202611-%' AND id <> ?"_s, {*id})->toString();
    EXPECT_GT(service.get(*id)->number, last);
}

TEST_F(ComplaintsFixture, OrdersAreLinkedAfterIntakeOnlyForTheSameCustomer)
{
    OrderDraft od;
    od.customerId = customerId;
    od.productId = productId;
    od.symptom = u"空调不制冷"_s;
    const qint64 mine = *orders.create(agent, od);
    Customer other;
    other.name = u"李娜"_s;
    other.phone = u"13900001111"_s;
    od.customerId = *customers.create(admin, other);
    od.productId = 0;
    const qint64 theirs = *orders.create(agent, od);
    const qint64 id = create();
    EXPECT_EQ(load(id).orderId, 0);

    // Another customer's order: refused by number, nothing linked.
    auto refused = complaints.linkOrders(agent, id, load(id).rowVersion, {mine, theirs});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, u"orders"_s);
    EXPECT_TRUE(refused.error().message.contains(orders.get(theirs)->number));
    EXPECT_TRUE(complaints.orders(id)->isEmpty());
    // A stale version is a conflict; a technician may not.
    EXPECT_EQ(complaints.linkOrders(agent, id, load(id).rowVersion + 1, {mine}).error().kind, Error::Kind::Conflict);
    EXPECT_EQ(complaints.linkOrders(tech, id, load(id).rowVersion, {mine}).error().kind, Error::Kind::Permission);

    const int before = load(id).rowVersion;
    AS_ASSERT_OK(complaints.linkOrders(agent, id, before, {mine}));
    const Complaint c = load(id);
    EXPECT_EQ(c.rowVersion, before + 1);
    EXPECT_EQ(c.orderId, mine) << "the first order linked becomes the main one";
    ASSERT_EQ(complaints.orders(id)->size(), 1);
    EXPECT_EQ(complaints.events(id)->last().kind, u"orders_linked"_s);
    EXPECT_EQ(t.db().scalar(u"SELECT count(*) FROM audit_log WHERE entity = 'complaint' AND entity_id = ? AND action = 'link_orders'"_s, {id})
                  ->toInt(), 1);
    // Linking it again changes nothing.
    AS_ASSERT_OK(complaints.linkOrders(agent, id, c.rowVersion, {mine}));
    EXPECT_EQ(load(id).rowVersion, c.rowVersion);
}
