// Parts ledger: movements and balances, never negative, property-style random sequences,
// stocktakes (movements during the count, blind, recount), parts charges on service orders.
#include "support/TestSupport.h"

#include "reports/KpiSql.h"

#include "demo/DemoGenerator.h"
#include "services/AuditLog.h"
#include "services/IntegrityCheck.h"
#include "services/PartQueries.h"
#include "services/PartService.h"
#include "services/PurchaseService.h"
#include "services/StockLedger.h"
#include "services/StocktakeService.h"

#include <QRandomGenerator>

#include <atomic>
#include <thread>
#include <vector>

using namespace as;
using namespace as::test;
using namespace Qt::Literals::StringLiterals;

namespace {

struct LedgerFixture : ::testing::Test {
    TempDb t;
    FixedClock clock{testNow()};
    PartService parts{t.db(), clock};
    StockLedger ledger{t.db(), clock};
    StocktakeService stocktakes{t.db(), clock, ledger};
    Actor admin = Actor::admin();
    Actor clerk{1, u"clerk"_s, u"Clerk"_s, Role::PartsClerk};
    qint64 main = 0, van = 0;

    void SetUp() override
    {
        StockLocation a;
        a.code = u"MAIN"_s;
        a.name = u"总仓"_s;
        main = parts.createLocation(admin, a).valueOr(0);
        StockLocation b;
        b.code = u"VAN1"_s;
        b.kind = LocationKind::Van;
        van = parts.createLocation(admin, b).valueOr(0);
        ASSERT_GT(main, 0);
        ASSERT_GT(van, 0);
    }

    qint64 part(const QString &code, qint64 costFen = 1000, const QString &category = u"电气"_s, const QString &bin = {})
    {
        Part p;
        p.code = code;
        p.name = u"配件 "_s + code;
        p.category = category;
        p.costFen = costFen;
        p.bin = bin;
        return parts.create(admin, p).valueOr(0);
    }

    Result<qint64> move(MovementType type, qint64 partId, qint64 qty, qint64 loc, qint64 to = 0, const Actor *who = nullptr)
    {
        MovementRequest r;
        r.type = type;
        r.partId = partId;
        r.qty = qty;
        r.locationId = loc;
        r.toLocationId = to;
        return ledger.post(who ? *who : clerk, r);
    }

    qint64 sumOfMovements(qint64 partId, qint64 loc)
    {
        return t.db().scalar(u"SELECT COALESCE(sum(qty), 0) FROM stock_movements WHERE part_id = ? AND location_id = ?"_s,
                             {partId, loc}).valueOr(QVariant()).toLongLong();
    }
};

} // namespace

TEST_F(LedgerFixture, ReceiptIssueTransferScrapKeepBalances)
{
    const qint64 p = part(u"cp-100"_s);
    ASSERT_GT(p, 0);
    MovementRequest r;
    r.type = MovementType::Receipt;
    r.partId = p;
    r.locationId = main;
    r.qty = 8;
    r.rejectedQty = 2;
    AS_ASSERT_OK(ledger.post(clerk, r));
    EXPECT_EQ(ledger.onHand(p, main).valueOr(-1), 8);   // rejected units are not stocked
    AS_ASSERT_OK(move(MovementType::Issue, p, 3, main));
    AS_ASSERT_OK(move(MovementType::Transfer, p, 2, main, van));
    AS_ASSERT_OK(move(MovementType::Scrap, p, 1, van));
    EXPECT_EQ(ledger.onHand(p, main).valueOr(-1), 3);
    EXPECT_EQ(ledger.onHand(p, van).valueOr(-1), 1);
    EXPECT_EQ(sumOfMovements(p, main), 3);
    EXPECT_EQ(sumOfMovements(p, van), 1);
    EXPECT_EQ(parts.byCode(u" CP-100 "_s).value()->id, p);   // codes match as a scanner types them
    auto audit = AuditLog(t.db(), clock).history(u"stock_movement"_s, 1);
    AS_ASSERT_OK(audit);
    EXPECT_EQ(audit->size(), 1);
    auto problems = IntegrityCheck(t.db()).run();
    AS_ASSERT_OK(problems);
    EXPECT_TRUE(problems->isEmpty()) << qPrintable(problems->join(u'\n'));
}

TEST_F(LedgerFixture, NeverNegativeUnlessAManagerAllows)
{
    const qint64 p = part(u"FAN-1"_s);
    AS_ASSERT_OK(move(MovementType::Receipt, p, 1, main));
    AS_ASSERT_OK(move(MovementType::Issue, p, 1, main));
    auto r = move(MovementType::Issue, p, 1, main);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(u"only 0 left"_s)) << qPrintable(r.error().message);
    EXPECT_EQ(r.error().field, u"qty"_s);
    EXPECT_EQ(ledger.onHand(p, main).valueOr(-1), 0);
    auto t2 = move(MovementType::Transfer, p, 1, main, van);
    EXPECT_FALSE(t2.ok());
    EXPECT_EQ(ledger.onHand(p, van).valueOr(-1), 0);   // nothing half-written

    MovementRequest neg;
    neg.type = MovementType::Issue;
    neg.partId = p;
    neg.locationId = main;
    neg.qty = 2;
    neg.allowNegative = true;
    auto byClerk = ledger.post(clerk, neg);
    ASSERT_FALSE(byClerk.ok());
    EXPECT_EQ(byClerk.error().kind, Error::Kind::Permission);
    Actor manager{1, u"boss"_s, u"Boss"_s, Role::Manager};
    AS_ASSERT_OK(ledger.post(manager, neg));
    EXPECT_EQ(ledger.onHand(p, main).valueOr(0), -2);
    EXPECT_EQ(sumOfMovements(p, main), -2);
}

TEST_F(LedgerFixture, BadRequestsAreRefusedByField)
{
    const qint64 p = part(u"X-1"_s);
    EXPECT_EQ(move(MovementType::Receipt, p, 0, main).error().field, u"qty"_s);
    EXPECT_EQ(move(MovementType::Issue, p, -1, main).error().field, u"qty"_s);
    EXPECT_EQ(move(MovementType::Transfer, p, 1, main, main).error().field, u"to_location"_s);
    EXPECT_EQ(move(MovementType::Receipt, 999, 1, main).error().kind, Error::Kind::NotFound);
    Actor agent{1, u"a"_s, u"Agent"_s, Role::Agent};
    EXPECT_EQ(move(MovementType::Receipt, p, 1, main, 0, &agent).error().kind, Error::Kind::Permission);
    Part dup;
    dup.code = u"x-1"_s;
    dup.name = u"dup"_s;
    auto d = parts.create(admin, dup);
    ASSERT_FALSE(d.ok());
    EXPECT_EQ(d.error().field, u"code"_s);
    AS_ASSERT_OK(move(MovementType::Receipt, p, 1, main));
    auto upd = t.db().exec(u"UPDATE stock_movements SET qty = 5"_s);
    EXPECT_FALSE(upd.ok());   // append-only
}

// Random sequences of movements: after every step the balance equals the sum of the
// movements and never goes negative; refused movements change nothing.
TEST_F(LedgerFixture, PropertyRandomSequencesKeepTheInvariant)
{
    QList<qint64> ids;
    for (int i = 0; i < 4; ++i)
        ids << part(u"R-"_s + QString::number(i));
    const qint64 locs[] = {main, van};
    QHash<QPair<qint64, qint64>, qint64> model;
    for (quint32 seed : {1u, 2u, 3u}) {
        QRandomGenerator rng(seed);
        for (int step = 0; step < 150; ++step) {
            const qint64 p = ids.at(int(rng.bounded(ids.size())));
            const qint64 from = locs[rng.bounded(2)];
            const qint64 to = from == main ? van : main;
            const qint64 qty = 1 + rng.bounded(5);
            const MovementType types[] = {MovementType::Receipt, MovementType::Issue, MovementType::Sale, MovementType::Return,
                                          MovementType::Transfer, MovementType::Scrap};
            const MovementType type = types[rng.bounded(6)];
            const qint64 delta = StockLedger::signedQty(type, qty);
            const qint64 before = model.value({p, from});
            auto r = move(type, p, qty, from, type == MovementType::Transfer ? to : 0);
            const bool shouldSucceed = before + delta >= 0;
            ASSERT_EQ(r.ok(), shouldSucceed) << "step " << step << (r.ok() ? "" : qPrintable(r.error().message));
            if (r.ok()) {
                model[{p, from}] += delta;
                if (type == MovementType::Transfer)
                    model[{p, to}] += qty;
            }
            for (qint64 loc : locs) {
                const qint64 bal = ledger.onHand(p, loc).valueOr(-999);
                ASSERT_EQ(bal, model.value({p, loc}));
                ASSERT_EQ(bal, sumOfMovements(p, loc));
                ASSERT_GE(bal, 0);
            }
        }
    }
    auto problems = ledger.reconcile();
    AS_ASSERT_OK(problems);
    EXPECT_TRUE(problems->isEmpty());
}

TEST_F(LedgerFixture, CheckReportsABalanceThatDisagreesWithItsMovements)
{
    const qint64 p = part(u"BAD-1"_s);
    AS_ASSERT_OK(move(MovementType::Receipt, p, 5, main));
    AS_ASSERT_OK(t.db().exec(u"UPDATE part_stock SET on_hand = 7"_s));
    auto problems = IntegrityCheck(t.db()).run();
    AS_ASSERT_OK(problems);
    ASSERT_EQ(problems->size(), 1);
    EXPECT_TRUE(problems->first().contains(u"BAD-1"_s)) << qPrintable(problems->first());
}

TEST_F(LedgerFixture, HistoryShowsARunningBalance)
{
    const qint64 p = part(u"H-1"_s);
    AS_ASSERT_OK(move(MovementType::Receipt, p, 5, main));
    AS_ASSERT_OK(move(MovementType::Issue, p, 2, main));
    AS_ASSERT_OK(move(MovementType::Transfer, p, 1, main, van));
    auto h = ledger.history(p, main);
    AS_ASSERT_OK(h);
    ASSERT_EQ(h->size(), 3);
    EXPECT_EQ(h->at(0).balance, 5);
    EXPECT_EQ(h->at(1).balance, 3);
    EXPECT_EQ(h->at(2).balance, 2);
    auto all = ledger.history(p);
    AS_ASSERT_OK(all);
    EXPECT_EQ(all->size(), 4);
    EXPECT_EQ(all->last().balance, 3);
}

TEST_F(LedgerFixture, StocktakeAccountsForMovementsDuringTheCount)
{
    const qint64 a = part(u"ST-A"_s, 500, u"电气"_s, u"A-01"_s);
    const qint64 b = part(u"ST-B"_s, 800, u"电气"_s, u"A-02"_s);
    const qint64 c = part(u"ST-C"_s, 100, u"机械"_s, u"B-01"_s);
    AS_ASSERT_OK(move(MovementType::Receipt, a, 10, main));
    AS_ASSERT_OK(move(MovementType::Receipt, b, 4, main));
    AS_ASSERT_OK(move(MovementType::Receipt, c, 3, main));
    auto id = stocktakes.start(clerk, main, {u"电气"_s});
    AS_ASSERT_OK(id);
    auto lines = stocktakes.lines(*id);
    AS_ASSERT_OK(lines);
    ASSERT_EQ(lines->size(), 2);   // only the chosen category
    EXPECT_EQ(lines->at(0).code, u"ST-A"_s);
    EXPECT_EQ(lines->at(0).expected, 10);

    // During the count: 3 of A are issued and 2 of B received.
    AS_ASSERT_OK(move(MovementType::Issue, a, 3, main));
    AS_ASSERT_OK(move(MovementType::Receipt, b, 2, main));

    // The counter found 6 of A (one missing) and 6 of B (right).
    for (int i = 0; i < 6; ++i)
        AS_ASSERT_OK(stocktakes.count(clerk, *id, u"st-a"_s));
    auto rb = stocktakes.count(clerk, *id, u"ST-B"_s, 6);
    AS_ASSERT_OK(rb);
    EXPECT_EQ(rb->expected, 6);
    auto unknown = stocktakes.count(clerk, *id, u"NOPE-404"_s);
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().message.contains(u"NOPE-404"_s));
    EXPECT_FALSE(stocktakes.count(clerk, *id, u"ST-C"_s).ok());   // other category

    EXPECT_EQ(stocktakes.post(clerk, *id).error().kind, Error::Kind::Permission);
    auto sum = stocktakes.post(admin, *id);
    AS_ASSERT_OK(sum);
    EXPECT_EQ(sum->lines, 1);
    EXPECT_EQ(sum->varianceQty, -1);
    EXPECT_EQ(sum->varianceFen, -500);
    EXPECT_EQ(ledger.onHand(a, main).valueOr(-1), 6);
    EXPECT_EQ(ledger.onHand(b, main).valueOr(-1), 6);
    EXPECT_EQ(ledger.onHand(c, main).valueOr(-1), 3);
    EXPECT_EQ(stocktakes.get(*id)->status, StocktakeStatus::Posted);
    EXPECT_FALSE(stocktakes.post(admin, *id).ok());   // only once
    EXPECT_FALSE(stocktakes.count(clerk, *id, u"ST-A"_s).ok());
    auto problems = ledger.reconcile();
    AS_ASSERT_OK(problems);
    EXPECT_TRUE(problems->isEmpty());
}

TEST_F(LedgerFixture, BlindCountRecountAndApproval)
{
    const qint64 a = part(u"BL-A"_s, 100);
    const qint64 b = part(u"BL-B"_s, 100);
    AS_ASSERT_OK(move(MovementType::Receipt, a, 20, main));
    AS_ASSERT_OK(move(MovementType::Receipt, b, 5, main));
    auto id = stocktakes.start(clerk, main, {}, true);
    AS_ASSERT_OK(id);
    EXPECT_TRUE(stocktakes.get(*id)->blind);
    EXPECT_FALSE(stocktakes.start(clerk, main).ok());   // one open stocktake per location
    AS_ASSERT_OK(stocktakes.count(clerk, *id, u"BL-A"_s, 12));   // 8 short: over the threshold
    AS_ASSERT_OK(stocktakes.count(clerk, *id, u"BL-B"_s, 5));
    auto flagged = stocktakes.requestRecount(clerk, *id);
    AS_ASSERT_OK(flagged);
    EXPECT_EQ(*flagged, 1);
    EXPECT_EQ(stocktakes.get(*id)->status, StocktakeStatus::Recount);
    auto pending = stocktakes.approve(admin, *id);
    ASSERT_FALSE(pending.ok());
    EXPECT_TRUE(pending.error().message.contains(u"BL-A"_s));
    AS_ASSERT_OK(stocktakes.count(clerk, *id, u"BL-A"_s, 19));
    auto lines = stocktakes.lines(*id);
    AS_ASSERT_OK(lines);
    EXPECT_EQ(lines->at(0).firstCount.value_or(-1), 12);
    EXPECT_EQ(lines->at(0).counted.value_or(-1), 19);
    EXPECT_EQ(stocktakes.approve(clerk, *id).error().kind, Error::Kind::Permission);
    AS_ASSERT_OK(stocktakes.approve(admin, *id));
    EXPECT_FALSE(stocktakes.count(clerk, *id, u"BL-A"_s).ok());
    auto sum = stocktakes.post(admin, *id);
    AS_ASSERT_OK(sum);
    EXPECT_EQ(ledger.onHand(a, main).valueOr(-1), 19);
    EXPECT_EQ(ledger.onHand(b, main).valueOr(-1), 5);
}

TEST_F(LedgerFixture, PartNotOnTheFrozenListIsAddedWhenScanned)
{
    const qint64 a = part(u"NEW-A"_s);
    auto id = stocktakes.start(clerk, main);
    AS_ASSERT_OK(id);
    EXPECT_EQ(stocktakes.lines(*id)->size(), 0);
    auto r = stocktakes.count(clerk, *id, u"NEW-A"_s, 2);
    AS_ASSERT_OK(r);
    EXPECT_TRUE(r->newLine);
    AS_ASSERT_OK(stocktakes.post(admin, *id));
    EXPECT_EQ(ledger.onHand(a, main).valueOr(-1), 2);
}

TEST_F(LedgerFixture, PartsOnAServiceOrderFlowIntoItsCharges)
{
    auto &db = t.db();
    const QString now = u"2026-11-23T02:00:00Z"_s;
    auto cust = db.insertReturningId(u"INSERT INTO customers (name, phone, created_at, updated_at) VALUES ('王芳', '13800138000', ?, ?) "
                                     "RETURNING id"_s, {now, now});
    AS_ASSERT_OK(cust);
    auto order = [&](const QString &number, const QString &warranty) {
        return db.insertReturningId(
            u"INSERT INTO service_orders (number, number_rev, customer_id, customer_name, contact_phone, channel, category, status, "
            "warranty_status, symptom, opened_at, created_at, updated_at) VALUES (?, ?, ?, '王芳', '13800138000', 'phone', 'repair', "
            "'in_progress', ?, 'no cooling', ?, ?, ?) RETURNING id"_s,
            {number, number, *cust, warranty, now, now, now}).valueOr(0);
    };
    const qint64 outOrder = order(u"SO-1"_s, u"out"_s);
    const qint64 inOrder = order(u"SO-2"_s, u"in"_s);
    const qint64 p = part(u"CAP-1"_s, 2500);
    AS_ASSERT_OK(move(MovementType::Receipt, p, 10, main));
    MovementRequest r;
    r.type = MovementType::Issue;
    r.partId = p;
    r.locationId = main;
    r.qty = 3;
    r.orderNumber = u"so-1"_s;
    AS_ASSERT_OK(ledger.post(clerk, r));
    // 3 x 25.00 = 75.00 plus the default 20 % mark-up.
    EXPECT_EQ(db.scalar(u"SELECT parts_fen FROM service_orders WHERE id = ?"_s, {outOrder})->toLongLong(), 9000);
    r.type = MovementType::Return;
    r.qty = 1;
    AS_ASSERT_OK(ledger.post(clerk, r));
    EXPECT_EQ(db.scalar(u"SELECT parts_fen FROM service_orders WHERE id = ?"_s, {outOrder})->toLongLong(), 6000);
    r.type = MovementType::Issue;
    r.orderNumber = u"SO-2"_s;
    AS_ASSERT_OK(ledger.post(clerk, r));
    EXPECT_EQ(db.scalar(u"SELECT parts_fen FROM service_orders WHERE id = ?"_s, {inOrder})->toLongLong(), 0);   // warranty
    EXPECT_EQ(ledger.onHand(p, main).valueOr(-1), 7);
    auto onOrder = ledger.orderMovements(outOrder);
    AS_ASSERT_OK(onOrder);
    ASSERT_EQ(onOrder->size(), 2);
    EXPECT_EQ(onOrder->at(0).balance, 3);
    EXPECT_EQ(onOrder->at(1).balance, 2);   // one returned
    r.orderNumber = u"SO-404"_s;
    auto bad = ledger.post(clerk, r);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().field, u"order"_s);
}

// Several connections (threads here; processes in the CLI tests) take the last units at once:
// exactly as many succeed as there were units, the others are told how many are left.
TEST_F(LedgerFixture, ConcurrentConnectionsNeverOversell)
{
    const qint64 p = part(u"RACE-1"_s);
    AS_ASSERT_OK(move(MovementType::Receipt, p, 10, main));
    const QString location = t.path();
    std::atomic<int> ok{0}, refused{0}, other{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < 6; ++i) {
        threads.emplace_back([&, i] {
            OpenOptions o;
            o.location = location;
            o.migrate = false;
            auto db = Database::open(o);
            if (!db) {
                ++other;
                return;
            }
            {
                FixedClock c(testNow());
                StockLedger l(**db, c);
                for (int k = 0; k < 3; ++k) {
                    MovementRequest r;
                    r.type = MovementType::Issue;
                    r.partId = p;
                    r.locationId = main;
                    r.qty = 1;
                    r.note = QString::number(i);
                    auto res = l.post(Actor::admin(), r);
                    if (res.ok())
                        ++ok;
                    else if (res.error().message.contains(u"only 0 left"_s))
                        ++refused;
                    else
                        ++other;
                }
            }
            db->reset();
        });
    }
    for (auto &th : threads)
        th.join();
    EXPECT_EQ(ok.load(), 10);
    EXPECT_EQ(refused.load(), 8);
    EXPECT_EQ(other.load(), 0);
    EXPECT_EQ(ledger.onHand(p, main).valueOr(-1), 0);
    EXPECT_EQ(sumOfMovements(p, main), 0);
}

TEST_F(LedgerFixture, PurchaseRequestFromTheReorderListToTheReceipt)
{
    Part p;
    p.code = u"PR-1"_s;
    p.name = u"压缩机"_s;
    p.safetyStock = 5;
    p.reorderQty = 20;
    p.supplier = u"格力配件"_s;
    const qint64 id = parts.create(admin, p).valueOr(0);
    Part q = p;
    q.code = u"PR-2"_s;
    q.safetyStock = 1;
    const qint64 other = parts.create(admin, q).valueOr(0);
    AS_ASSERT_OK(move(MovementType::Receipt, id, 3, main));
    AS_ASSERT_OK(move(MovementType::Receipt, other, 9, main));
    auto reorder = PartQueries::reorder(main).fetch(t.db(), 50);
    AS_ASSERT_OK(reorder);
    ASSERT_EQ(reorder->rows.size(), 1);
    EXPECT_EQ(reorder->rows.at(0).at(PartQueries::RCode).toString(), u"PR-1"_s);

    PurchaseService purchases(t.db(), clock, ledger);
    auto n = purchases.requestReorderList(clerk, main);
    AS_ASSERT_OK(n);
    EXPECT_EQ(*n, 1);
    EXPECT_EQ(purchases.requestReorderList(clerk, main).valueOr(-1), 0);   // already requested
    auto open = purchases.list();
    AS_ASSERT_OK(open);
    ASSERT_EQ(open->size(), 1);
    const qint64 req = open->at(0).id;
    EXPECT_EQ(open->at(0).qty, 20);
    EXPECT_EQ(open->at(0).supplier, u"格力配件"_s);
    EXPECT_FALSE(purchases.receive(clerk, req, 20).ok());                      // not ordered yet
    EXPECT_EQ(purchases.approve(clerk, req).error().kind, Error::Kind::Permission);
    AS_ASSERT_OK(purchases.approve(admin, req));
    AS_ASSERT_OK(purchases.markOrdered(admin, req));
    AS_ASSERT_OK(purchases.receive(clerk, req, 18, 2));
    EXPECT_EQ(purchases.get(req)->status, PurchaseStatus::Received);
    EXPECT_EQ(ledger.onHand(id, main).valueOr(-1), 21);
    auto defects = PartQueries::defective().fetch(t.db(), 50);
    AS_ASSERT_OK(defects);
    ASSERT_EQ(defects->rows.size(), 1);
    EXPECT_EQ(defects->rows.at(0).at(PartQueries::DQty).toLongLong(), 2);
    EXPECT_EQ(PartQueries::reorder(main).fetch(t.db(), 50)->rows.size(), 0);
}

TEST_F(LedgerFixture, PartListSearchFiltersAndSlowMovers)
{
    Part a;
    a.code = u"KFR-CAP-35"_s;
    a.name = u"启动电容"_s;
    a.spec = u"35uF 450V"_s;
    a.compatibleModels = u"KFR-35GW, KFR-26GW"_s;
    a.category = u"电气"_s;
    a.safetyStock = 2;
    a.costFen = 1000;
    const qint64 pa = parts.create(admin, a).valueOr(0);
    Part b;
    b.code = u"FAN-MOTOR"_s;
    b.name = u"风扇电机"_s;
    b.category = u"机械"_s;
    const qint64 pb = parts.create(admin, b).valueOr(0);
    AS_ASSERT_OK(move(MovementType::Receipt, pa, 2, main));
    AS_ASSERT_OK(move(MovementType::Receipt, pb, 7, van));
    auto count = [&](const QString &search, const QString &category = {}, qint64 loc = 0, bool below = false) {
        PartQueries::Filter f;
        f.search = search;
        f.category = category;
        f.locationId = loc;
        f.belowSafety = below;
        return PartQueries::list(t.db().dialect(), f).count(t.db()).valueOr(-1);
    };
    EXPECT_EQ(count({}), 2);
    EXPECT_EQ(count(u"26gw"_s), 1);      // compatible model, any case
    EXPECT_EQ(count(u"450V"_s), 1);      // specification
    EXPECT_EQ(count(u"电机"_s), 1);      // name
    EXPECT_EQ(count(u"cap"_s), 1);       // code
    EXPECT_EQ(count({}, u"机械"_s), 1);
    EXPECT_EQ(count({}, {}, van), 1);
    EXPECT_EQ(count({}, {}, 0, true), 1);
    PartQueries::Filter atMain;
    atMain.locationId = main;
    auto page = PartQueries::list(t.db().dialect(), atMain).fetch(t.db(), 10);
    AS_ASSERT_OK(page);
    ASSERT_EQ(page->rows.size(), 1);
    EXPECT_EQ(page->rows.at(0).at(PartQueries::OnHand).toLongLong(), 2);

    // Slow-moving: A was issued recently, B never.
    AS_ASSERT_OK(move(MovementType::Issue, pa, 1, main));
    auto slow = PartQueries::slowMoving(testNow().addDays(-90)).fetch(t.db(), 10);
    AS_ASSERT_OK(slow);
    ASSERT_EQ(slow->rows.size(), 1);
    EXPECT_EQ(slow->rows.at(0).at(PartQueries::SCode).toString(), u"FAN-MOTOR"_s);
}

TEST(PartsDemo, DemoLedgerIsConsistent)
{
    TempDb t;
    DemoOptions o;
    o.orders = 1500;
    o.now = testNow();
    auto s = DemoGenerator(t.db()).run(o);
    AS_ASSERT_OK(s);
    EXPECT_GT(t.db().scalar(u"SELECT count(*) FROM parts"_s)->toLongLong(), 50);
    EXPECT_GT(t.db().scalar(u"SELECT count(*) FROM stock_movements WHERE type = 'issue' AND order_id IS NOT NULL"_s)->toLongLong(), 50);
    EXPECT_EQ(t.db().scalar(u"SELECT count(*) FROM part_stock WHERE on_hand < 0"_s)->toLongLong(), 0);
    auto problems = IntegrityCheck(t.db()).run();
    AS_ASSERT_OK(problems);
    EXPECT_TRUE(problems->isEmpty()) << qPrintable(problems->join(u'\n'));
    // After the demo, postings continue with fresh ids.
    FixedClock clock(testNow());
    StockLedger ledger(t.db(), clock);
    MovementRequest r;
    r.type = MovementType::Receipt;
    r.partId = 1;
    r.locationId = 1;
    r.qty = 1;
    AS_EXPECT_OK(ledger.post(Actor::admin(), r));
}

// Migration 0202: the reports that read a few movements of millions go through the small partial
// indexes (the defective report walked the whole date index before), the stocktake's movements
// since the freeze are a rowid range.
TEST_F(LedgerFixture, MovementReportsUseTheirPartialIndexes)
{
    AS_SQLITE_ONLY();
    auto plan = [&](const QString &sql, const QVariantList &params) {
        auto q = t.db().exec(u"EXPLAIN QUERY PLAN "_s + sql, params);
        EXPECT_TRUE(q.ok());
        QStringList out;
        while (q.ok() && q->next())
            out << q->value(3).toString();
        return out.join(u" | "_s);
    };
    const ListQuery defective = PartQueries::defective();
    const QString d = plan(defective.firstPageSql(50), defective.params);
    EXPECT_TRUE(d.contains(u"stock_movements_defective"_s)) << qPrintable(d);
    const ListQuery slow = PartQueries::slowMoving(testNow().addDays(-90));
    const QString s = plan(slow.firstPageSql(50), slow.params);
    EXPECT_TRUE(s.contains(u"stock_movements_issue"_s)) << qPrintable(s);
    EXPECT_FALSE(s.contains(u"SCAN m"_s)) << qPrintable(s);
    const QString h = plan(u"SELECT m.id FROM stock_movements m WHERE m.part_id = ? AND m.location_id IN (SELECT id FROM stock_locations)"_s,
                           {1});
    EXPECT_TRUE(h.contains(u"stock_movements_location_part (location_id=? AND part_id=?)"_s)) << qPrintable(h);
    // The KPI stock value at a past time reads the movements since then by date, not every movement per location
    // (with the statistics of the 1,000,000-order demo database, under which the plain join walked them all).
    ASSERT_TRUE(t.db().exec(u"ANALYZE"_s).ok());
    ASSERT_TRUE(t.db().exec(u"DELETE FROM sqlite_stat1 WHERE tbl IN ('stock_movements', 'stock_locations')"_s).ok());
    for (const auto &[idx, stat] : {std::pair{"stock_movements_location_part", "143055 569 2 1"},
                                    std::pair{"stock_movements_issue", "141240 9 1"}, std::pair{"stock_movements_at", "148960 1001"},
                                    std::pair{"stock_movements_order", "71082 1"}, std::pair{"stock_movements_pair", "1977 1"},
                                    std::pair{"stock_movements_defective", "1007 1"}})
        ASSERT_TRUE(t.db().exec(u"INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ('stock_movements', ?, ?)"_s,
                                {QString::fromLatin1(idx), QString::fromLatin1(stat)}).ok());
    ASSERT_TRUE(t.db().exec(u"INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ('stock_locations', 'sqlite_autoindex_stock_locations_1', '7 1')"_s).ok());
    ASSERT_TRUE(t.db().exec(u"ANALYZE sqlite_schema"_s).ok());   // reload the statistics
    const QString v = plan(kpisql::stockValueSql(), {u"2026-01-01T00:00:00Z"_s});
    EXPECT_TRUE(v.contains(u"SEARCH m USING INDEX stock_movements_at"_s)) << qPrintable(v);
    EXPECT_FALSE(v.contains(u"stock_movements_location_part"_s)) << qPrintable(v);
}
