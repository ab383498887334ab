// Service orders: numbering, intake, the lifecycle with roles and required data, rework,
// dispatch and appointments, conflicts.
#include "support/TestSupport.h"

#include "services/CustomerService.h"
#include "services/OrderService.h"
#include "services/SettingsRepository.h"
#include "services/UserService.h"
#include "util/Time.h"

#include <QSet>

#include <atomic>
#include <thread>

using namespace as;
using namespace as::test;
using namespace Qt::Literals::StringLiterals;

namespace {

TransitionData reason(const QString &v) { TransitionData d; d.reason = v; return d; }
TransitionData work(const QString &v) { TransitionData d; d.workDone = v; return d; }
TransitionData signer(const QString &v) { TransitionData d; d.acceptedBy = v; return d; }
TransitionData note(const QString &v) { TransitionData d; d.note = v; return d; }
TransitionData techData(qint64 v) { TransitionData d; d.technicianId = v; return d; }

struct OrdersFixture : ::testing::Test {
    TempDb t;
    FixedClock clock{testNow()};
    OrderService orders{t.db(), clock};
    CustomerService customers{t.db(), clock};
    Actor admin = Actor::admin();
    Actor agent, tech, tech2, clerk;
    qint64 customerId = 0, productId = 0;

    void SetUp() override
    {
        SettingsRepository settings(t.db(), clock);
        AS_ASSERT_OK(settings.setValue(admin, u"site.timezone"_s, u"Asia/Shanghai"_s));
        UserService users(t.db(), clock);
        agent = {*users.addUser(admin, u"wang"_s, Role::Agent, u"王芳"_s), u"wang"_s, u"王芳"_s, Role::Agent};
        tech = {*users.addUser(admin, u"li"_s, Role::Technician, u"李强"_s), u"li"_s, u"李强"_s, Role::Technician};
        tech2 = {*users.addUser(admin, u"zhao"_s, Role::Technician, u"赵磊"_s), u"zhao"_s, u"赵磊"_s, Role::Technician};
        clerk = {*users.addUser(admin, u"sun"_s, Role::PartsClerk, u"孙丽"_s), u"sun"_s, u"孙丽"_s, Role::PartsClerk};
        Customer c;
        c.name = u"张伟"_s;
        c.phone = u"13800138000"_s;
        c.address = u"北京市朝阳区建国路88号"_s;
        customerId = *customers.create(admin, c);
        Product p;
        p.customerId = customerId;
        p.model = u"KFR-35GW"_s;
        p.serial = u"SN-0001"_s;
        p.purchaseDate = QDate(2026, 3, 1);
        p.warrantyMonths = 12;
        productId = *customers.addProduct(admin, p);
    }

    OrderDraft draft(OrderCategory cat = OrderCategory::Repair)
    {
        OrderDraft d;
        d.customerId = customerId;
        d.productId = productId;
        d.category = cat;
        d.symptom = u"不制冷"_s;
        return d;
    }
    qint64 create() { auto id = orders.create(agent, draft()); EXPECT_TRUE(id.ok()); return id.valueOr(0); }
    Order load(qint64 id) { return *orders.get(id); }
    Status move(const Actor &a, qint64 id, OrderStatus to, TransitionData d = {}) { return orders.transition(a, id, load(id).rowVersion, to, d); }
    int eventCount(qint64 id) { return t.db().scalar(u"SELECT count(*) FROM order_events WHERE order_id = ?"_s, {id})->toInt(); }
};

} // namespace

TEST_F(OrdersFixture, IntakeNumbersWarrantyAndDeadlines)
{
    const qint64 a = create(), b = create();
    const Order o = load(a);
    EXPECT_EQ(o.number, u"WO-202611-00001"_s);
    EXPECT_EQ(load(b).number, u"WO-202611-00002"_s);
    EXPECT_EQ(o.status, OrderStatus::New);
    EXPECT_EQ(o.warranty, WarrantyStatus::In);
    EXPECT_EQ(o.customerName, u"张伟"_s);
    EXPECT_EQ(o.contactPhone, u"13800138000"_s);
    EXPECT_EQ(o.address, u"北京市朝阳区建国路88号"_s);
    EXPECT_EQ(o.acknowledgedAt, testNow()) << "a phone call is acknowledged while the customer is on the line";
    // Opened Monday 10:00 Beijing: acknowledge within 1 working hour, dispatch within 2.
    EXPECT_EQ(o.ackDue, testNow().addSecs(3600));
    EXPECT_EQ(o.dispatchDue, testNow().addSecs(2 * 3600));
    EXPECT_EQ(o.resolveDue, testNow().addSecs(24 * 3600));
    EXPECT_EQ(eventCount(a), 1);
    EXPECT_EQ(t.db().scalar(u"SELECT count(*) FROM audit_log WHERE entity = 'service_order' AND entity_id = ?"_s, {a})->toInt(), 1);

    OrderDraft mail = draft();
    mail.channel = Channel::Email;
    mail.complexity = Complexity::Complex;
    const Order m = load(*orders.create(agent, mail));
    EXPECT_FALSE(m.acknowledgedAt.isValid());
    EXPECT_GT(m.resolveDue, o.resolveDue);
}

TEST_F(OrdersFixture, NumbersRestartEachMonthAndAreNeverReused)
{
    create();
    clock.set(QDateTime(QDate(2026, 11, 30), QTime(16, 30), Qt::UTC));   // 00:30 on 1 December in Beijing
    const Order dec = load(create());
    EXPECT_EQ(dec.number, u"WO-202612-00001"_s);
    // A cancelled order keeps its number; the next one does not take it.
    AS_ASSERT_OK(move(agent, dec.id, OrderStatus::Cancelled, reason(u"客户取消"_s)));
    EXPECT_EQ(load(create()).number, u"WO-202612-00002"_s);
}

TEST_F(OrdersFixture, BadInputNamesTheField)
{
    OrderDraft d = draft();
    d.symptom = u"   "_s;
    auto r = orders.create(agent, d);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, u"symptom"_s);
    d = draft();
    d.customerId = 0;
    EXPECT_EQ(orders.create(agent, d).error().field, u"customer"_s);
    d = draft();
    d.contactPhone = u"12"_s;
    EXPECT_EQ(orders.create(agent, d).error().field, u"contact_phone"_s);
    d = draft();
    d.answer = u"重启即可"_s;
    EXPECT_EQ(orders.create(agent, d).error().field, u"answer"_s) << "only consultations are answered on the spot";
    EXPECT_EQ(t.db().scalar(u"SELECT count(*) FROM service_orders"_s)->toInt(), 0);
    auto denied = orders.create(clerk, draft());
    ASSERT_FALSE(denied.ok());
    EXPECT_EQ(denied.error().kind, Error::Kind::Permission);
}

TEST_F(OrdersFixture, ConsultationIsAnsweredAndClosedOnTheSpot)
{
    OrderDraft d = draft(OrderCategory::Consultation);
    d.symptom = u"遥控器怎么设置睡眠模式？"_s;
    d.answer = u"按住模式键三秒。"_s;
    const Order o = load(*orders.create(agent, d));
    EXPECT_EQ(o.status, OrderStatus::Closed);
    EXPECT_EQ(o.workDone, u"按住模式键三秒。"_s);
    EXPECT_EQ(o.closedAt, testNow());
    EXPECT_EQ(eventCount(o.id), 2);
}

TEST_F(OrdersFixture, FullLifecycleWithTheRightPeople)
{
    const qint64 id = create();
    AS_ASSERT_OK(orders.assign(agent, id, load(id).rowVersion, tech.userId));
    EXPECT_EQ(load(id).status, OrderStatus::Dispatched);
    EXPECT_EQ(load(id).technicianId, tech.userId);
    clock.advanceSecs(1800);
    AS_ASSERT_OK(orders.setAppointment(tech, id, load(id).rowVersion, testNow().addSecs(86400), testNow().addSecs(86400 + 7200)));
    EXPECT_EQ(load(id).status, OrderStatus::Scheduled);
    EXPECT_EQ(load(id).contactedAt, testNow().addSecs(1800));
    AS_ASSERT_OK(move(tech, id, OrderStatus::InProgress));
    AS_ASSERT_OK(move(tech, id, OrderStatus::AwaitingParts, note(u"等压缩机"_s)));
    AS_ASSERT_OK(move(tech, id, OrderStatus::InProgress));
    auto noWork = move(tech, id, OrderStatus::Completed);
    ASSERT_FALSE(noWork.ok());
    EXPECT_EQ(noWork.error().field, u"work_done"_s);
    AS_ASSERT_OK(move(tech, id, OrderStatus::Completed, work(u"更换压缩机"_s)));
    auto noSigner = move(agent, id, OrderStatus::Accepted);
    EXPECT_EQ(noSigner.error().field, u"accepted_by"_s);
    AS_ASSERT_OK(move(agent, id, OrderStatus::Accepted, signer(u"张伟"_s)));
    AS_ASSERT_OK(move(agent, id, OrderStatus::Closed));
    const Order o = load(id);
    EXPECT_EQ(o.status, OrderStatus::Closed);
    EXPECT_EQ(o.workDone, u"更换压缩机"_s);
    EXPECT_EQ(o.acceptedByName, u"张伟"_s);
    EXPECT_TRUE(o.completedAt.isValid() && o.closedAt.isValid() && o.startedAt.isValid());
    auto ev = orders.events(id);
    AS_ASSERT_OK(ev);
    ASSERT_EQ(ev->size(), 9);   // created + 8 transitions
    EXPECT_EQ(ev->at(1).toStatus, u"dispatched"_s);
    EXPECT_EQ(ev->at(1).userName, u"王芳"_s);
    EXPECT_EQ(ev->at(4).note, u"等压缩机"_s);
}

TEST_F(OrdersFixture, InvalidTransitionChangesNothing)
{
    const qint64 id = create();
    const Order before = load(id);
    auto r = move(admin, id, OrderStatus::Completed, work(u"x"_s));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Error::Kind::State);
    EXPECT_TRUE(r.error().message.contains(before.number));
    EXPECT_EQ(load(id).rowVersion, before.rowVersion);
    EXPECT_EQ(load(id).status, OrderStatus::New);
    EXPECT_EQ(eventCount(id), 1);
}

TEST_F(OrdersFixture, RolesAreEnforcedInCore)
{
    const qint64 id = create();
    EXPECT_EQ(orders.assign(tech, id, load(id).rowVersion, tech.userId).error().kind, Error::Kind::Permission);
    AS_ASSERT_OK(orders.assign(agent, id, load(id).rowVersion, tech.userId));
    // Another technician may not book or work on it.
    EXPECT_EQ(orders.setAppointment(tech2, id, load(id).rowVersion, testNow(), testNow().addSecs(3600)).error().kind,
              Error::Kind::Permission);
    AS_ASSERT_OK(orders.setAppointment(agent, id, load(id).rowVersion, testNow(), testNow().addSecs(3600)));
    EXPECT_EQ(move(agent, id, OrderStatus::InProgress).error().kind, Error::Kind::Permission) << "only technicians start work";
    EXPECT_EQ(move(tech2, id, OrderStatus::InProgress).error().kind, Error::Kind::Permission);
    EXPECT_EQ(move(clerk, id, OrderStatus::Cancelled, reason(u"x"_s)).error().kind, Error::Kind::Permission);
    EXPECT_EQ(orders.availableTransitions(tech, load(id)), (QList<OrderStatus>{OrderStatus::InProgress}));
    EXPECT_TRUE(orders.availableTransitions(tech2, load(id)).isEmpty());
    EXPECT_EQ(orders.availableTransitions(agent, load(id)), (QList<OrderStatus>{OrderStatus::Cancelled}));
    // Assigning a non-technician is refused.
    EXPECT_EQ(orders.assign(agent, id, load(id).rowVersion, clerk.userId).error().field, u"technician"_s);
}

TEST_F(OrdersFixture, CancelNeedsAReasonAndIsKept)
{
    const qint64 id = create();
    EXPECT_EQ(move(agent, id, OrderStatus::Cancelled).error().field, u"reason"_s);
    AS_ASSERT_OK(move(agent, id, OrderStatus::Cancelled, reason(u"客户自行解决"_s)));
    const Order o = load(id);
    EXPECT_EQ(o.status, OrderStatus::Cancelled);
    EXPECT_EQ(o.cancelReason, u"客户自行解决"_s);
    EXPECT_EQ(move(agent, id, OrderStatus::Dispatched, techData(tech.userId)).error().kind, Error::Kind::State);
}

TEST_F(OrdersFixture, StaleVersionIsAConflictAndNothingIsWritten)
{
    const qint64 id = create();
    const int seen = load(id).rowVersion;
    AS_ASSERT_OK(orders.assign(agent, id, seen, tech.userId));
    auto r = orders.transition(agent, id, seen, OrderStatus::Cancelled, reason(u"x"_s));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Error::Kind::Conflict);
    EXPECT_EQ(load(id).status, OrderStatus::Dispatched);
    Order edit = load(id);
    edit.diagnosis = u"压缩机坏"_s;
    edit.rowVersion = seen;
    EXPECT_EQ(orders.updateWork(agent, edit).error().kind, Error::Kind::Conflict);
    edit.rowVersion = load(id).rowVersion;
    AS_ASSERT_OK(orders.updateWork(agent, edit));
    EXPECT_EQ(load(id).diagnosis, u"压缩机坏"_s);
}

TEST_F(OrdersFixture, ReworkIsANewOrderLinkedToTheOriginal)
{
    const qint64 id = create();
    EXPECT_EQ(orders.createRework(agent, id, u"又不制冷"_s).error().kind, Error::Kind::State);
    AS_ASSERT_OK(orders.assign(agent, id, load(id).rowVersion, tech.userId));
    AS_ASSERT_OK(orders.setAppointment(tech, id, load(id).rowVersion, testNow(), testNow().addSecs(3600)));
    AS_ASSERT_OK(move(tech, id, OrderStatus::InProgress));
    AS_ASSERT_OK(move(tech, id, OrderStatus::Completed, work(u"加氟"_s)));
    AS_ASSERT_OK(move(agent, id, OrderStatus::Accepted, signer(u"张伟"_s)));
    auto rw = orders.createRework(agent, id, u"又不制冷"_s);
    AS_ASSERT_OK(rw);
    const Order r = load(*rw);
    EXPECT_EQ(r.reworkOf, id);
    EXPECT_EQ(r.status, OrderStatus::New);
    EXPECT_EQ(r.productId, productId);
    EXPECT_NE(r.number, load(id).number);
    EXPECT_EQ(eventCount(id), 7);   // created, 5 transitions, rework noted on the original
}

TEST_F(OrdersFixture, RescheduleNeedsAReasonAndKeepsHistory)
{
    const qint64 id = create();
    AS_ASSERT_OK(orders.assign(agent, id, load(id).rowVersion, tech.userId));
    const QDateTime first = QDateTime(QDate(2026, 11, 24), QTime(1, 0), Qt::UTC);
    AS_ASSERT_OK(orders.setAppointment(agent, id, load(id).rowVersion, first, first.addSecs(7200)));
    EXPECT_EQ(orders.setAppointment(agent, id, load(id).rowVersion, first.addDays(1), first.addDays(1).addSecs(7200)).error().field,
              u"reason"_s);
    EXPECT_EQ(orders.setAppointment(agent, id, load(id).rowVersion, first, first.addSecs(-60), u"x"_s).error().field,
              u"appointment_end"_s);
    AS_ASSERT_OK(orders.setAppointment(agent, id, load(id).rowVersion, first.addDays(1), first.addDays(1).addSecs(7200), u"客户出差"_s));
    AS_ASSERT_OK(orders.setAppointment(tech, id, load(id).rowVersion, first.addDays(2), first.addDays(2).addSecs(7200), u"缺件"_s));
    EXPECT_EQ(load(id).rescheduleCount, 2);
    EXPECT_EQ(load(id).appointmentStart, first.addDays(2));
    auto h = orders.reschedules(id);
    AS_ASSERT_OK(h);
    ASSERT_EQ(h->size(), 2);
    EXPECT_EQ(h->at(0).oldStart, first);
    EXPECT_EQ(h->at(0).reason, u"客户出差"_s);
    EXPECT_EQ(h->at(1).userName, u"李强"_s);

    auto load24 = orders.technicianLoad(QDate(2026, 11, 26));
    AS_ASSERT_OK(load24);
    bool found = false;
    for (const auto &l : *load24)
        if (l.technicianId == tech.userId) {
            found = true;
            EXPECT_EQ(l.openOrders, 1);
            EXPECT_EQ(l.appointmentsThatDay, 1);
        }
    EXPECT_TRUE(found);
}

TEST_F(OrdersFixture, OpenOrdersForTheSameSerialAndRepeatCases)
{
    const qint64 a = create();
    create();
    auto open = orders.openOrdersForSerial(u"sn-0001"_s, a);
    AS_ASSERT_OK(open);
    EXPECT_EQ(open->size(), 1);
    EXPECT_EQ(orders.recentCaseCount(customerId, testNow()).valueOr(0), 2);
    create();
    EXPECT_GE(orders.recentCaseCount(customerId, testNow()).valueOr(0), OrderService::RepeatCaseThreshold);
}

// Two PCs creating orders at the same moment never get the same number.
TEST_F(OrdersFixture, ConcurrentIntakeNeverDuplicatesNumbers)
{
    const QString location = t.path();
    std::atomic<int> failures{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < 4; ++i) {
        threads.emplace_back([&] {
            OpenOptions o;
            o.location = location;
            o.migrate = false;
            auto db = Database::open(o);
            if (!db) {
                ++failures;
                return;
            }
            {
                FixedClock c(testNow());
                OrderService s(**db, c);
                for (int k = 0; k < 15; ++k)
                    if (!s.create(agent, draft()).ok())
                        ++failures;
            }
            db->reset();
        });
    }
    for (auto &th : threads)
        th.join();
    EXPECT_EQ(failures.load(), 0);
    auto q = t.db().exec(u"SELECT number FROM service_orders"_s);
    QSet<QString> numbers;
    int rows = 0;
    while (q->next()) {
        numbers.insert(q->value(0).toString());
        ++rows;
    }
    EXPECT_EQ(rows, 60);
    EXPECT_EQ(numbers.size(), 60);
    EXPECT_TRUE(numbers.contains(u"WO-202611-00060"_s));
}

// A dispatcher booking from a stale screen gets a conflict, not a different step's error.
TEST_F(OrdersFixture, StaleAppointmentIsAConflict)
{
    const qint64 id = create();
    AS_ASSERT_OK(orders.assign(agent, id, load(id).rowVersion, tech.userId));
    const int seen = load(id).rowVersion;
    AS_ASSERT_OK(orders.setAppointment(tech, id, seen, testNow(), testNow().addSecs(3600)));
    auto r = orders.setAppointment(agent, id, seen, testNow().addDays(1), testNow().addDays(1).addSecs(3600));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Error::Kind::Conflict);
    EXPECT_EQ(orders.assign(agent, id, seen, tech2.userId).error().kind, Error::Kind::Conflict);
    EXPECT_EQ(load(id).technicianId, tech.userId);
}

TEST_F(OrdersFixture, QuoteIsFreeInWarrantyAndNeedsConsentBeforeWork)
{
    const qint64 id = create();   // in warranty
    EXPECT_EQ(orders.labourRate(Complexity::General).valueOr(-1), 8000);
    auto free = orders.setQuote(agent, id, load(id).rowVersion, 8000, 0, false);
    ASSERT_FALSE(free.ok());
    EXPECT_EQ(free.error().field, u"labour"_s);
    EXPECT_EQ(orders.setQuote(agent, id, load(id).rowVersion, -1, 0, true).error().field, u"labour"_s);
    AS_ASSERT_OK(orders.setQuote(agent, id, load(id).rowVersion, 8000, 3000, true));   // misuse: charged
    EXPECT_EQ(load(id).totalFen(), 11000);
    AS_ASSERT_OK(orders.assign(agent, id, load(id).rowVersion, tech.userId));
    AS_ASSERT_OK(orders.setAppointment(tech, id, load(id).rowVersion, testNow(), testNow().addSecs(3600)));
    auto start = move(tech, id, OrderStatus::InProgress);
    ASSERT_FALSE(start.ok());
    EXPECT_EQ(start.error().field, u"consent"_s);
    EXPECT_EQ(orders.recordConsent(agent, id, load(id).rowVersion, u" "_s).error().field, u"consent_by"_s);
    AS_ASSERT_OK(orders.recordConsent(agent, id, load(id).rowVersion, u"张伟"_s));
    // Changing the amounts withdraws the consent.
    AS_ASSERT_OK(orders.setQuote(agent, id, load(id).rowVersion, 9000, 3000, true));
    EXPECT_FALSE(load(id).consentAt.isValid());
    AS_ASSERT_OK(orders.recordConsent(agent, id, load(id).rowVersion, u"张伟"_s));
    AS_ASSERT_OK(move(tech, id, OrderStatus::InProgress));
    AS_ASSERT_OK(move(tech, id, OrderStatus::Completed, work(u"换电机"_s)));
    AS_ASSERT_OK(move(agent, id, OrderStatus::Accepted, signer(u"张伟"_s)));
    EXPECT_EQ(move(agent, id, OrderStatus::Closed).error().field, u"receipt_number"_s) << "a charged order needs its receipt";
    TransitionData close;
    close.receiptNumber = u"NO.000123"_s;
    AS_ASSERT_OK(move(agent, id, OrderStatus::Closed, close));
    EXPECT_EQ(load(id).receiptNumber, u"NO.000123"_s);
    EXPECT_EQ(orders.setQuote(agent, id, load(id).rowVersion, 1, 0, true).error().kind, Error::Kind::State);
}

TEST_F(OrdersFixture, ExpenseClaimsAreCheckedAndListed)
{
    const qint64 id = create();
    EXPECT_EQ(orders.addExpense(agent, id, u"taxi"_s, 100, {}).error().field, u"kind"_s);
    EXPECT_EQ(orders.addExpense(agent, id, u"travel"_s, 0, {}).error().field, u"amount"_s);
    EXPECT_EQ(orders.addExpense(clerk, id, u"travel"_s, 100, {}).error().kind, Error::Kind::Permission);
    AS_ASSERT_OK(orders.assign(agent, id, load(id).rowVersion, tech.userId));
    EXPECT_EQ(orders.addExpense(tech2, id, u"toll"_s, 1500, {}).error().kind, Error::Kind::Permission) << "not their order";
    AS_ASSERT_OK(orders.addExpense(tech, id, u"toll"_s, 1500, u"机场高速"_s));
    AS_ASSERT_OK(orders.addExpense(agent, id, u"parking"_s, 1000, {}));
    auto list = orders.expenses(id);
    AS_ASSERT_OK(list);
    ASSERT_EQ(list->size(), 2);
    EXPECT_EQ(list->at(0).claimedBy, u"李强"_s);
    EXPECT_EQ(list->at(0).note, u"机场高速"_s);
    EXPECT_EQ(list->at(1).amountFen, 1000);
}
