// Customers and product registrations: validation, Unicode, hostile input, conflicts, audit.
#include "support/TestSupport.h"

#include "services/AuditLog.h"
#include "services/CustomerService.h"

using namespace as;
using namespace as::test;
using namespace Qt::Literals::StringLiterals;

namespace {

struct CustomersFixture : ::testing::Test {
    TempDb t;
    FixedClock clock{testNow()};
    CustomerService svc{t.db(), clock};
    Actor admin = Actor::admin();

    Customer sample(const QString &name = u"张伟"_s, const QString &phone = u"13800138000"_s)
    {
        Customer c;
        c.name = name;
        c.phone = phone;
        c.address = u"北京市朝阳区建国路88号"_s;
        return c;
    }
};

} // namespace

TEST_F(CustomersFixture, CreateAndReadBack)
{
    auto id = svc.create(admin, sample());
    AS_ASSERT_OK(id);
    auto c = svc.get(*id);
    AS_ASSERT_OK(c);
    EXPECT_EQ(c->name, u"张伟"_s);
    EXPECT_EQ(c->phone, u"13800138000"_s);
    EXPECT_EQ(c->rowVersion, 1);
    EXPECT_EQ(c->createdAt, testNow());
}

TEST_F(CustomersFixture, RequiredFieldsAreNamed)
{
    Customer c = sample(u"   "_s);
    auto r = svc.create(admin, c);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, u"name"_s);
    c = sample(u"李娜"_s, QString());
    r = svc.create(admin, c);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, u"phone"_s);
}

TEST_F(CustomersFixture, PhoneFormatsAreValidatedAndNormalised)
{
    for (const QString &good : {u"138 0013 8000"_s, u"+86 138-0013-8000"_s, u"010-62345678"_s, u"0755 8888 1234"_s,
                                u"400-820-8820"_s, u"+44 20 7946 0958"_s, u"１３８００１３８０００"_s}) {
        Customer c = sample(u"王芳"_s, good);
        EXPECT_TRUE(svc.validate(c).ok()) << qPrintable(good);
    }
    Customer mobile = sample(u"王芳"_s, u"+86 138-0013-8000"_s);
    ASSERT_TRUE(svc.validate(mobile).ok());
    EXPECT_EQ(mobile.phone, u"13800138000"_s);
    for (const QString &bad : {u"12345"_s, u"1380013800"_s, u"phone me"_s, u"23800138000"_s, u"138001380001"_s}) {
        Customer c = sample(u"王芳"_s, bad);
        Status st = svc.validate(c);
        EXPECT_FALSE(st.ok()) << qPrintable(bad);
        if (!st.ok()) {
            EXPECT_EQ(st.error().field, u"phone"_s);
        }
    }
    Customer badMail = sample();
    badMail.email = u"not-an-address"_s;
    EXPECT_EQ(svc.validate(badMail).error().field, u"email"_s);
}

TEST_F(CustomersFixture, UnicodeAndHostileStringsRoundTripVerbatim)
{
    const QStringList names = {u"'); DROP TABLE customers;--"_s, u"Robert\"; DELETE FROM users; --"_s,
                               u"𠀀𠀁 Ext-B 张三 😀 עברית Ω"_s, u"%_\\ wildcard LIKE"_s, u"NULL"_s};
    for (const QString &n : names) {
        Customer c = sample(n);
        c.notes = n + u"\nsecond line\ttab"_s;
        auto id = svc.create(admin, c);
        AS_ASSERT_OK(id);
        auto back = svc.get(*id);
        AS_ASSERT_OK(back);
        EXPECT_EQ(back->name, n.simplified());
        EXPECT_EQ(back->notes, QString(n + u"\nsecond line\ttab"_s).trimmed());
    }
    EXPECT_EQ(t.db().scalar(u"SELECT count(*) FROM customers"_s)->toInt(), names.size());
    EXPECT_EQ(t.db().scalar(u"SELECT count(*) FROM users"_s)->toInt(), 1);
}

TEST_F(CustomersFixture, StaleRowVersionIsAConflictAndNothingIsOverwritten)
{
    auto id = svc.create(admin, sample());
    AS_ASSERT_OK(id);
    auto mine = svc.get(*id);
    auto theirs = svc.get(*id);
    theirs->address = u"上海市浦东新区世纪大道1号"_s;
    AS_ASSERT_OK(svc.update(admin, *theirs));
    mine->address = u"广州市天河区"_s;
    Status st = svc.update(admin, *mine);
    ASSERT_FALSE(st.ok());
    EXPECT_EQ(st.error().kind, Error::Kind::Conflict);
    auto now = svc.get(*id);
    EXPECT_EQ(now->address, u"上海市浦东新区世纪大道1号"_s);
    EXPECT_EQ(now->rowVersion, 2);
}

TEST_F(CustomersFixture, DuplicatePhoneIsFound)
{
    auto a = svc.create(admin, sample(u"张伟"_s, u"13800138000"_s));
    AS_ASSERT_OK(a);
    Customer other = sample(u"张伟明"_s, u"13900139000"_s);
    other.phone2 = u"138-0013-8000"_s;
    AS_ASSERT_OK(svc.create(admin, other));
    auto dups = svc.findByPhone(u"138 0013 8000"_s);
    AS_ASSERT_OK(dups);
    EXPECT_EQ(dups->size(), 2);
    auto excl = svc.findByPhone(u"13800138000"_s, *a);
    EXPECT_EQ(excl->size(), 1);
}

TEST_F(CustomersFixture, ProductsValidateDatesAndSerials)
{
    auto cid = svc.create(admin, sample());
    AS_ASSERT_OK(cid);
    Product p;
    p.customerId = *cid;
    p.model = u"BCD-470W"_s;
    p.serial = u" bc2401234 "_s;
    p.purchaseDate = QDate(2025, 11, 24);
    p.warrantyMonths = 12;
    auto pid = svc.addProduct(admin, p);
    AS_ASSERT_OK(pid);
    EXPECT_EQ(svc.product(*pid)->serial, u"BC2401234"_s);

    Product dup = p;
    dup.serial = u"BC2401234"_s;
    auto r = svc.addProduct(admin, dup);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, u"serial"_s);

    Product future = p;
    future.serial = u"X1"_s;
    future.purchaseDate = QDate(2027, 1, 1);
    r = svc.addProduct(admin, future);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, u"purchase_date"_s);

    Product override = p;
    override.serial = u"X2"_s;
    override.warrantyOverride = WarrantyStatus::In;
    r = svc.addProduct(admin, override);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, u"warranty_override_reason"_s);
}

TEST(Warranty, ComputedFromPurchaseDate)
{
    Product p;
    p.purchaseDate = QDate(2025, 11, 24);
    p.warrantyMonths = 12;
    EXPECT_EQ(warranty::statusAt(p, QDate(2026, 11, 23)), WarrantyStatus::In);
    EXPECT_EQ(warranty::statusAt(p, QDate(2026, 11, 24)), WarrantyStatus::Out);
    EXPECT_EQ(warranty::endDate(p), QDate(2026, 11, 24));
    Product leap;
    leap.purchaseDate = QDate(2024, 2, 29);
    leap.warrantyMonths = 12;
    EXPECT_EQ(warranty::statusAt(leap, QDate(2025, 2, 27)), WarrantyStatus::In);
    EXPECT_EQ(warranty::statusAt(leap, QDate(2025, 3, 1)), WarrantyStatus::Out);
    Product unknown;
    EXPECT_EQ(warranty::statusAt(unknown, QDate(2026, 1, 1)), WarrantyStatus::Unknown);
    unknown.manufactureDate = QDate(2026, 1, 1);
    EXPECT_EQ(warranty::statusAt(unknown, QDate(2026, 6, 1)), WarrantyStatus::In);
    Product overridden = p;
    overridden.warrantyOverride = WarrantyStatus::Out;
    EXPECT_EQ(warranty::statusAt(overridden, QDate(2026, 1, 1)), WarrantyStatus::Out);
}

TEST_F(CustomersFixture, EveryChangeIsAudited)
{
    auto id = svc.create(admin, sample());
    AS_ASSERT_OK(id);
    auto c = svc.get(*id);
    c->address = u"新地址"_s;
    AS_ASSERT_OK(svc.update(admin, *c));
    AuditLog audit(t.db(), clock);
    auto h = audit.history(u"customer"_s, *id);
    AS_ASSERT_OK(h);
    ASSERT_EQ(h->size(), 2);
    EXPECT_EQ(h->at(0).action, u"create"_s);
    EXPECT_EQ(h->at(1).action, u"update"_s);
    EXPECT_TRUE(h->at(1).changes.contains(u"address"_s));
    EXPECT_FALSE(h->at(1).changes.contains(u"name"_s));
}

TEST_F(CustomersFixture, RolesWithoutTheRightAreRefused)
{
    Actor tech{1, u"tech"_s, u"Tech"_s, Role::Technician};
    auto r = svc.create(tech, sample());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Error::Kind::Permission);
    EXPECT_EQ(t.db().scalar(u"SELECT count(*) FROM customers"_s)->toInt(), 0);
}

TEST(Phone, Masking)
{
    EXPECT_EQ(phone::mask(u"13800138000"_s), u"138****8000"_s);
    EXPECT_EQ(phone::mask(u"01062345678"_s), u"010****5678"_s);
    EXPECT_EQ(phone::mask(u"1234"_s), u"****"_s);
}
