// Customer search: 1-, 2- and 3+-character Chinese, phone fragments, serials, order numbers,
// and keyset paging that returns every row exactly once.
#include "support/TestSupport.h"

#include "services/CustomerQueries.h"
#include "services/CustomerService.h"

#include <QSet>

using namespace as;
using namespace as::test;
using namespace Qt::Literals::StringLiterals;

namespace {

struct SearchFixture : ::testing::Test {
    TempDb t;
    FixedClock clock{testNow()};
    CustomerService svc{t.db(), clock};
    Actor admin = Actor::admin();
    QMap<QString, qint64> ids;

    void SetUp() override
    {
        const QList<QPair<QString, QString>> people = {
            {u"张伟"_s, u"13800138000"_s}, {u"张伟明"_s, u"13912345678"_s}, {u"王张伟"_s, u"13700001111"_s},
            {u"李娜"_s, u"18688886666"_s}, {u"欧阳娜娜"_s, u"15011112222"_s}, {u"John Smith"_s, u"+442079460958"_s},
            {u"北京阳光科技有限公司"_s, u"01062345678"_s}};
        for (const auto &p : people) {
            Customer c;
            c.name = p.first;
            c.phone = p.second;
            auto id = svc.create(admin, c);
            ASSERT_TRUE(id.ok());
            ids.insert(p.first, *id);
        }
        Product pr;
        pr.customerId = ids.value(u"李娜"_s);
        pr.model = u"XQG-100"_s;
        pr.serial = u"XQ2405000123"_s;
        ASSERT_TRUE(svc.addProduct(admin, pr).ok());
        ASSERT_TRUE(t.db().exec(u"INSERT INTO service_orders (number, number_rev, customer_id, customer_name, contact_phone, channel, "
                                "category, status, symptom, opened_at, created_at, updated_at) VALUES "
                                "('WO-202611-00042', '24000-116202-OW', ?, '欧阳娜娜', '15011112222', 'phone', 'repair', 'new', "
                                "'不制冷', '2026-11-20T01:00:00Z', '2026-11-20T01:00:00Z', '2026-11-20T01:00:00Z')"_s,
                                {ids.value(u"欧阳娜娜"_s)})
                        .ok());
    }

    QSet<QString> search(const QString &text)
    {
        CustomerQueries::Filter f;
        f.search = text;
        ListQuery q = CustomerQueries::list(t.db().dialect(), f);
        auto page = q.fetch(t.db(), 100);
        EXPECT_TRUE(page.ok()) << qPrintable(page.ok() ? QString() : page.error().message);
        QSet<QString> names;
        if (page.ok())
            for (const auto &row : page->rows)
                names.insert(row.at(CustomerQueries::Name).toString());
        return names;
    }
};

} // namespace

TEST_F(SearchFixture, OneChineseCharacter)
{
    EXPECT_EQ(search(u"张"_s), (QSet<QString>{u"张伟"_s, u"张伟明"_s, u"王张伟"_s}));
    EXPECT_EQ(search(u"娜"_s), (QSet<QString>{u"李娜"_s, u"欧阳娜娜"_s}));
    EXPECT_EQ(search(u"明"_s), (QSet<QString>{u"张伟明"_s}));
    EXPECT_TRUE(search(u"赵"_s).isEmpty());
}

TEST_F(SearchFixture, TwoChineseCharacters)
{
    EXPECT_EQ(search(u"张伟"_s), (QSet<QString>{u"张伟"_s, u"张伟明"_s, u"王张伟"_s}));
    EXPECT_EQ(search(u"欧阳"_s), (QSet<QString>{u"欧阳娜娜"_s}));
    EXPECT_EQ(search(u"阳光"_s), (QSet<QString>{u"北京阳光科技有限公司"_s}));
    EXPECT_EQ(search(u"伟明"_s), (QSet<QString>{u"张伟明"_s}));
    EXPECT_TRUE(search(u"伟娜"_s).isEmpty());
}

TEST_F(SearchFixture, ThreeOrMoreChineseCharacters)
{
    EXPECT_EQ(search(u"张伟明"_s), (QSet<QString>{u"张伟明"_s}));
    EXPECT_EQ(search(u"阳娜娜"_s), (QSet<QString>{u"欧阳娜娜"_s}));
    EXPECT_EQ(search(u"科技有限"_s), (QSet<QString>{u"北京阳光科技有限公司"_s}));
    EXPECT_TRUE(search(u"张伟强"_s).isEmpty());
}

TEST_F(SearchFixture, RenamedCustomerIsFoundByNewName)
{
    auto c = svc.get(ids.value(u"李娜"_s));
    c->name = u"赵丽颖"_s;
    ASSERT_TRUE(svc.update(admin, *c).ok());
    EXPECT_EQ(search(u"丽"_s), (QSet<QString>{u"赵丽颖"_s}));
    EXPECT_EQ(search(u"赵丽颖"_s), (QSet<QString>{u"赵丽颖"_s}));
    EXPECT_TRUE(search(u"李"_s).isEmpty());
}

TEST_F(SearchFixture, PhoneFragments)
{
    EXPECT_EQ(search(u"8000"_s), (QSet<QString>{u"张伟"_s}));               // last four digits
    EXPECT_EQ(search(u"139"_s), (QSet<QString>{u"张伟明"_s}));              // prefix
    EXPECT_EQ(search(u"8888"_s), (QSet<QString>{u"李娜"_s}));               // middle
    EXPECT_EQ(search(u"138-0013"_s), (QSet<QString>{u"张伟"_s}));           // typed with separators
    EXPECT_EQ(search(u"6234"_s), (QSet<QString>{u"北京阳光科技有限公司"_s})); // landline
}

TEST_F(SearchFixture, SerialAndOrderNumber)
{
    EXPECT_EQ(search(u"XQ2405000123"_s), (QSet<QString>{u"李娜"_s}));
    EXPECT_EQ(search(u"xq2405"_s), (QSet<QString>{u"李娜"_s}));       // prefix, any case
    EXPECT_EQ(search(u"000123"_s), (QSet<QString>{u"李娜"_s}));       // suffix
    EXPECT_EQ(search(u"WO-202611-00042"_s), (QSet<QString>{u"欧阳娜娜"_s}));
    EXPECT_EQ(search(u"00042"_s), (QSet<QString>{u"欧阳娜娜"_s}));
}

TEST_F(SearchFixture, LatinNamesAndQuotes)
{
    EXPECT_EQ(search(u"Smith"_s), (QSet<QString>{u"John Smith"_s}));
    EXPECT_EQ(search(u"Jo"_s), (QSet<QString>{u"John Smith"_s}));
    EXPECT_TRUE(search(u"\"; DROP"_s).isEmpty());
}

TEST(ListPaging, KeysetReturnsEveryRowOnceInOrder)
{
    TempDb t;
    FixedClock clock{testNow()};
    CustomerService svc{t.db(), clock};
    // 537 customers, many sharing a name, so ties are broken by id.
    for (int i = 0; i < 537; ++i) {
        Customer c;
        c.name = QString(QChar(0x5F20)) + QString::number(i % 7);
        c.phone = u"138"_s + QString::number(10000000 + i);
        ASSERT_TRUE(svc.create(Actor::admin(), c).ok());
    }
    for (bool desc : {false, true}) {
        ListQuery q = CustomerQueries::list(t.db().dialect(), {});
        q.descending = desc;
        QList<qint64> keys;
        QVariant lastSort, lastKey;
        for (;;) {
            auto page = q.fetch(t.db(), 50, lastSort, lastKey);
            ASSERT_TRUE(page.ok());
            for (const auto &row : page->rows)
                keys << row.last().toLongLong();
            if (page->atEnd)
                break;
            lastSort = page->rows.last().at(page->rows.last().size() - 2);
            lastKey = page->rows.last().last();
        }
        EXPECT_EQ(keys.size(), 537);
        EXPECT_EQ(QSet<qint64>(keys.begin(), keys.end()).size(), 537);
        EXPECT_EQ(*q.count(t.db()), 537);
    }
}
