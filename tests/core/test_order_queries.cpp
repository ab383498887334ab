// The order list's SQL: filters and search, checked against independent counts on a demo database.
#include "support/TestSupport.h"

#include "demo/DemoGenerator.h"
#include "services/OrderQueries.h"

#include <QTimeZone>

using namespace as;
using namespace as::test;
using namespace Qt::Literals::StringLiterals;

namespace {

struct OrderQueriesFixture : ::testing::Test {
    TempDb t;
    QTimeZone site{QByteArrayLiteral("Asia/Shanghai")};

    void SetUp() override
    {
        DemoOptions o;
        o.orders = 1500;
        o.now = testNow();
        ASSERT_TRUE(DemoGenerator(t.db()).run(o).ok());
    }
    QList<QVector<QVariant>> all(const OrderQueries::Filter &f)
    {
        const ListQuery q = OrderQueries::list(t.db().dialect(), f, testNow(), site);
        auto page = q.fetch(t.db(), 100000);
        EXPECT_TRUE(page.ok()) << qPrintable(page.ok() ? QString() : page.error().message);
        return page.ok() ? page->rows : QList<QVector<QVariant>>{};
    }
    int count(const QString &sql, const QVariantList &p = {}) { return t.db().scalar(sql, p)->toInt(); }
};

} // namespace

TEST_F(OrderQueriesFixture, EveryOrderNewestFirst)
{
    const auto rows = all({});
    ASSERT_EQ(rows.size(), count(u"SELECT count(*) FROM service_orders"_s));
    for (int i = 1; i < rows.size(); ++i)
        EXPECT_GE(rows[i - 1][OrderQueries::Opened].toString(), rows[i][OrderQueries::Opened].toString());
}

TEST_F(OrderQueriesFixture, FiltersMatchIndependentCounts)
{
    OrderQueries::Filter f;
    f.statuses = {OrderStatus::Scheduled};
    EXPECT_EQ(all(f).size(), count(u"SELECT count(*) FROM service_orders WHERE status = 'scheduled'"_s));
    f = {};
    f.openOnly = true;
    EXPECT_EQ(all(f).size(),
              count(u"SELECT count(*) FROM service_orders WHERE status IN ('new','dispatched','scheduled','in_progress','awaiting_parts')"_s));
    f = {};
    f.overdueOnly = true;
    const int overdue = count(u"SELECT count(*) FROM service_orders WHERE status IN ('new','dispatched','scheduled','in_progress','awaiting_parts') "
                              "AND resolve_due < ?"_s, {u"2026-11-23T02:00:00Z"_s});
    EXPECT_EQ(all(f).size(), overdue);
    for (const auto &r : all(f))
        EXPECT_LT(r[OrderQueries::TimeLeft].toString(), u"2026-11-23T02:00:00Z"_s);
    f = {};
    f.technicianId = -1;
    EXPECT_EQ(all(f).size(), count(u"SELECT count(*) FROM service_orders WHERE technician_id IS NULL"_s));
    const qint64 tech = t.db().scalar(u"SELECT technician_id FROM service_orders WHERE technician_id IS NOT NULL LIMIT 1"_s)->toLongLong();
    f.technicianId = tech;
    EXPECT_EQ(all(f).size(), count(u"SELECT count(*) FROM service_orders WHERE technician_id = ?"_s, {tech}));
    f = {};
    f.category = OrderCategory::Installation;
    f.warranty = WarrantyStatus::Out;
    EXPECT_EQ(all(f).size(), count(u"SELECT count(*) FROM service_orders WHERE category = 'installation' AND warranty_status = 'out'"_s));
    // Dates are the site's days: 2026-11-01 .. 2026-11-10 in Beijing.
    f = {};
    f.openedFrom = QDate(2026, 11, 1);
    f.openedTo = QDate(2026, 11, 10);
    EXPECT_EQ(all(f).size(), count(u"SELECT count(*) FROM service_orders WHERE opened_at >= '2026-10-31T16:00:00Z' "
                                   "AND opened_at < '2026-11-10T16:00:00Z'"_s));
    EXPECT_GT(all(f).size(), 0);
}

TEST_F(OrderQueriesFixture, SearchFindsNumberPhoneNameAndSerial)
{
    auto q = t.db().exec(u"SELECT o.id, o.number, o.contact_phone, o.customer_name, p.serial FROM service_orders o "
                         "JOIN products p ON p.id = o.product_id ORDER BY o.id LIMIT 1 OFFSET 37"_s);
    ASSERT_TRUE(q->next());
    const qint64 id = q->value(0).toLongLong();
    const QString number = q->value(1).toString(), phone = q->value(2).toString(), name = q->value(3).toString(),
                  serial = q->value(4).toString();
    auto contains = [&](const QString &text) {
        OrderQueries::Filter f;
        f.search = text;
        for (const auto &r : all(f))
            if (r.last().toLongLong() == id)
                return true;
        return false;
    };
    EXPECT_TRUE(contains(number));
    EXPECT_TRUE(contains(number.toLower()));
    EXPECT_TRUE(contains(number.right(5))) << "the last digits of the number";
    EXPECT_TRUE(contains(phone.right(4)));
    EXPECT_TRUE(contains(phone.left(7)));
    EXPECT_TRUE(contains(name));
    EXPECT_TRUE(contains(name.left(2))) << "a two-character Chinese name fragment";
    EXPECT_TRUE(contains(serial));
    EXPECT_TRUE(contains(serial.right(6)));
    // An exact order number shows that order, not every order of its customer.
    OrderQueries::Filter f;
    f.search = number;
    EXPECT_EQ(all(f).size(), 1);
    f.search = u"no such text at all"_s;
    EXPECT_EQ(all(f).size(), 0);
}

TEST(OrderUrgency, DueSoonOverdueAndFinished)
{
    const QDateTime now = testNow();
    using OrderQueries::Urgency;
    EXPECT_EQ(OrderQueries::urgency(u"new"_s, now.addSecs(-1), now), Urgency::Overdue);
    EXPECT_EQ(OrderQueries::urgency(u"in_progress"_s, now.addSecs(3600), now), Urgency::DueSoon);
    EXPECT_EQ(OrderQueries::urgency(u"scheduled"_s, now.addDays(2), now), Urgency::Ok);
    EXPECT_EQ(OrderQueries::urgency(u"closed"_s, now.addSecs(-1), now), Urgency::None);
    EXPECT_EQ(OrderQueries::urgency(u"new"_s, QDateTime(), now), Urgency::None);
}
