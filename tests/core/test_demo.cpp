// Demo data: deterministic, consistent, every state present.
#include "support/TestSupport.h"

#include "demo/DemoGenerator.h"
#include "services/IntegrityCheck.h"

#include <QCryptographicHash>

using namespace as;
using namespace as::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray contentHash(Database &db)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const char *sql : {"SELECT id, name, phone, address FROM customers ORDER BY id",
                            "SELECT id, number, status, opened_at, completed_at, technician_id FROM service_orders ORDER BY id",
                            "SELECT order_id, at, kind, to_status FROM order_events ORDER BY order_id, at, kind"}) {
        auto q = db.exec(QString::fromLatin1(sql));
        while (q && q->next())
            for (int i = 0; i < 6; ++i)
                h.addData(QByteArray(q->value(i).toString().toUtf8() + '|'));
    }
    return h.result().toHex();
}

} // namespace

TEST(Demo, DeterministicForSeedAndTime)
{
    TempDb a(u"a.db"_s), b(u"b.db"_s), c(u"c.db"_s);
    DemoOptions o;
    o.orders = 400;
    o.seed = 7;
    o.now = testNow();
    AS_ASSERT_OK(DemoGenerator(a.db()).run(o));
    AS_ASSERT_OK(DemoGenerator(b.db()).run(o));
    o.seed = 8;
    AS_ASSERT_OK(DemoGenerator(c.db()).run(o));
    EXPECT_EQ(contentHash(a.db()), contentHash(b.db()));
    EXPECT_NE(contentHash(a.db()), contentHash(c.db()));
}

TEST(Demo, ConsistentAndCoversEveryState)
{
    TempDb t;
    DemoOptions o;
    o.orders = 6000;
    o.seed = 3;
    o.now = testNow();
    auto r = DemoGenerator(t.db()).run(o);
    AS_ASSERT_OK(r);
    EXPECT_EQ(r->orders, 6000);
    EXPECT_EQ(t.db().scalar(u"SELECT count(*) FROM service_orders"_s)->toInt(), 6000);
    auto problems = IntegrityCheck(t.db()).run();
    AS_ASSERT_OK(problems);
    EXPECT_TRUE(problems->isEmpty()) << qPrintable(problems->join(u'\n'));
    for (const char *status : {"new", "dispatched", "scheduled", "in_progress", "completed", "accepted", "closed", "cancelled"}) {
        EXPECT_GT(t.db().scalar(u"SELECT count(*) FROM service_orders WHERE status = ?"_s, {QString::fromLatin1(status)})->toInt(), 0)
            << "no order in state " << status;
    }
    // Times never lie in the future, numbers are unique and readable, reworks point back.
    EXPECT_EQ(t.db().scalar(u"SELECT count(*) FROM service_orders WHERE opened_at > ?"_s, {u"2026-11-23T02:00:00Z"_s})->toInt(), 0);
    EXPECT_EQ(t.db().scalar(u"SELECT count(*) FROM service_orders WHERE number NOT LIKE 'WO-______-_____'"_s)->toInt(), 0);
    EXPECT_GT(t.db().scalar(u"SELECT count(*) FROM service_orders WHERE rework_of IS NOT NULL"_s)->toInt(), 0);
    EXPECT_GT(t.db().scalar(u"SELECT count(*) FROM service_orders WHERE reschedule_count > 0"_s)->toInt(), 0);
    EXPECT_EQ(t.db().scalar(u"SELECT count(*) FROM service_orders r JOIN service_orders o ON o.id = r.rework_of "
                            "WHERE r.customer_id <> o.customer_id OR r.opened_at < o.accepted_at"_s)->toInt(), 0);
    // Chinese and English names, Chinese addresses.
    const QString code = usingPostgres() ? u"ascii"_s : u"unicode"_s;
    EXPECT_GT(t.db().scalar(u"SELECT count(*) FROM customers WHERE "_s + code + u"(name) >= 11904"_s)->toInt(), 1000);
    EXPECT_GT(t.db().scalar(u"SELECT count(*) FROM customers WHERE "_s + code + u"(name) < 128"_s)->toInt(), 50);
    // The search indexes were rebuilt after the bulk load.
    EXPECT_EQ(t.db().scalar(u"SELECT count(*) FROM customer_name_grams"_s)->toInt() > 0, true);
    // Number sequences continue after the demo's last number.
    EXPECT_GT(t.db().scalar(u"SELECT max(last_value) FROM number_sequences"_s)->toInt(), 0);
}

TEST(Demo, RefusesANonEmptyDatabase)
{
    TempDb t;
    DemoOptions o;
    o.orders = 10;
    o.now = testNow();
    AS_ASSERT_OK(DemoGenerator(t.db()).run(o));
    auto again = DemoGenerator(t.db()).run(o);
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().message.contains(u"already holds customers"_s));
}
