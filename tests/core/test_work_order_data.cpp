// What the printed work order reads (WorkOrderSource): the order with its product, technician,
// company letterhead, parts issued less returns; a technician's day. Runs on SQLite and PostgreSQL.
#include "support/TestSupport.h"
#include "support/WorkOrderSeed.h"

#include "services/WorkOrderData.h"

using namespace as;
using namespace as::test;
using namespace Qt::Literals::StringLiterals;

namespace {

struct WorkOrderDataTest : ::testing::Test {
    TempDb t;
    FixedClock clock{testNow()};
    Services s{t.db(), clock};
};

} // namespace

TEST_F(WorkOrderDataTest, ReadsEverythingTheFormPrints)
{
    const SeededOrder seeded = seedWorkOrder(s);
    auto d = WorkOrderSource(s).byNumber(seeded.number.toLower());
    AS_ASSERT_OK(d);
    EXPECT_EQ(d->order.id, seeded.orderId);
    EXPECT_EQ(d->order.customerName, u"张伟"_s);
    ASSERT_TRUE(d->product.has_value());
    EXPECT_EQ(d->product->model, u"KFR-35GW"_s);
    EXPECT_EQ(d->warrantyEnd, QDate(2027, 3, 1));
    EXPECT_EQ(d->technicianName, u"李强"_s);
    EXPECT_EQ(d->company.name, u"华信家电售后服务中心"_s);
    EXPECT_EQ(d->company.address, u"广州市天河区体育西路一号"_s);
    EXPECT_EQ(d->company.phone, u"400-800-1234"_s);
    EXPECT_TRUE(d->company.logo.isEmpty());
    EXPECT_TRUE(d->terms.isEmpty()) << "no print.terms setting: the form's default wording";
    EXPECT_EQ(d->siteZone.id(), QByteArray("Asia/Shanghai"));
    EXPECT_EQ(d->printedAt, testNow());
    ASSERT_EQ(d->parts.size(), 1);
    EXPECT_EQ(d->parts.first().code, u"CAP-35UF"_s);
    EXPECT_EQ(d->parts.first().qty, 2);
    EXPECT_EQ(d->order.totalFen(), 20000);
    EXPECT_EQ(d->order.appointmentStart, QDateTime(seeded.day, QTime(1, 0), Qt::UTC));
}

TEST_F(WorkOrderDataTest, ReturnedPartsAreSubtractedAndUnknownNumbersNamed)
{
    const SeededOrder seeded = seedWorkOrder(s);
    auto part = s.parts.requireCode(u"CAP-35UF"_s);
    AS_ASSERT_OK(part);
    MovementRequest ret;
    ret.type = MovementType::Return;
    ret.partId = part->id;
    ret.locationId = s.parts.defaultLocation(Actor::admin())->id;
    ret.qty = 2;
    ret.orderId = seeded.orderId;
    AS_ASSERT_OK(s.ledger.post(Actor::admin(), ret));
    auto d = WorkOrderSource(s).byId(seeded.orderId);
    AS_ASSERT_OK(d);
    EXPECT_TRUE(d->parts.isEmpty()) << "all returned";

    auto missing = WorkOrderSource(s).byNumber(u"WO-209901-99999"_s);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, Error::Kind::NotFound);
    EXPECT_TRUE(missing.error().message.contains(u"WO-209901-99999"_s));
}

TEST_F(WorkOrderDataTest, LogoFromAFileOrADataUrl)
{
    seedWorkOrder(s);
    AS_ASSERT_OK(s.settings.setValue(Actor::admin(), u"company.logo"_s, u"data:image/png;base64,"_s + QString::fromLatin1(QByteArray("PNGDATA").toBase64())));
    QStringList warnings;
    auto c = WorkOrderSource(s).company(&warnings);
    AS_ASSERT_OK(c);
    EXPECT_EQ(c->logo, QByteArray("PNGDATA"));
    AS_ASSERT_OK(s.settings.setValue(Actor::admin(), u"company.logo"_s, t.dir() + u"/nope.png"_s));
    c = WorkOrderSource(s).company(&warnings);
    AS_ASSERT_OK(c);
    EXPECT_TRUE(c->logo.isEmpty());
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_TRUE(warnings.first().contains(u"company.logo"_s) && warnings.first().contains(u"nope.png"_s));
}

TEST_F(WorkOrderDataTest, TechnicianDayInSiteTimeWithoutCancelled)
{
    const SeededOrder a = seedWorkOrder(s);
    const SeededOrder b = seedWorkOrder(s, u"刘洋"_s);
    const SeededOrder c = seedWorkOrder(s, u"陈静"_s);
    TransitionData cancel;
    cancel.reason = u"客户取消"_s;
    AS_ASSERT_OK(s.orders.transition(Actor::admin(), c.orderId, s.orders.get(c.orderId)->rowVersion, OrderStatus::Cancelled, cancel));
    auto ids = WorkOrderSource(s).technicianDay(a.technicianId, a.day);
    AS_ASSERT_OK(ids);
    EXPECT_EQ(*ids, (QList<qint64>{a.orderId, b.orderId}));
    EXPECT_TRUE(WorkOrderSource(s).technicianDay(a.technicianId, a.day.addDays(-1))->isEmpty());
    EXPECT_TRUE(WorkOrderSource(s).technicianDay(a.technicianId + 1000, a.day)->isEmpty());
}
