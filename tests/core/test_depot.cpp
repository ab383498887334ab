// Carry-in (depot) repair records and order attachments.
#include "support/TestSupport.h"

#include "services/Services.h"

using namespace as;
using namespace as::test;
using namespace Qt::Literals::StringLiterals;

namespace {

struct DepotFixture : ::testing::Test {
    TempDb t;
    FixedClock clock{testNow()};
    Services s{t.db(), clock};
    Actor admin = Actor::admin();
    Actor tech, agent;
    qint64 orderId = 0, onsiteId = 0, partId = 0, locationId = 0;

    void SetUp() override
    {
        tech = {*s.accounts.addUser(admin, u"li"_s, Role::Technician, u"李强"_s), u"li"_s, u"李强"_s, Role::Technician};
        agent = {*s.accounts.addUser(admin, u"wang"_s, Role::Agent, u"王芳"_s), u"wang"_s, u"王芳"_s, Role::Agent};
        Customer c;
        c.name = u"孙悦"_s;
        c.phone = u"13322223333"_s;
        const qint64 cid = *s.customers.create(admin, c);
        OrderDraft d;
        d.customerId = cid;
        d.serviceMode = ServiceMode::Depot;
        d.symptom = u"手机无法开机"_s;
        orderId = *s.orders.create(agent, d);
        d.serviceMode = ServiceMode::OnSite;
        onsiteId = *s.orders.create(agent, d);
        Part p;
        p.code = u"BAT-4000"_s;
        p.name = u"电池 4000mAh"_s;
        p.costFen = 9000;
        partId = *s.parts.create(admin, p);
        locationId = s.parts.defaultLocation(admin)->id;
        MovementRequest r;
        r.type = MovementType::Receipt;
        r.partId = partId;
        r.locationId = locationId;
        r.qty = 3;
        AS_ASSERT_OK(s.ledger.post(admin, r));
    }
    Status issue()
    {
        MovementRequest r;
        r.type = MovementType::Issue;
        r.partId = partId;
        r.locationId = locationId;
        r.qty = 1;
        r.orderId = orderId;
        auto id = s.ledger.post(admin, r);
        return id ? Status() : Status(id.error());
    }
    int rv() { return (*s.depot.get(orderId))->rowVersion; }
};

} // namespace

TEST_F(DepotFixture, ReceiveConfirmTestAndShipWithHandovers)
{
    DepotService::Receipt rc;
    rc.capacity = u"128GB"_s;
    auto bad = s.depot.receive(agent, orderId, rc);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().field, u"model"_s);
    EXPECT_EQ(s.depot.receive(agent, onsiteId, rc).error().kind, Error::Kind::Validation) << "model checked first";
    rc.model = u"P40 Pro"_s;
    EXPECT_EQ(s.depot.receive(agent, onsiteId, rc).error().kind, Error::Kind::State) << "on-site orders have no register";
    rc.colour = u"黑色"_s;
    rc.damage = u"后盖划痕"_s;
    rc.accessories = u"充电器、数据线"_s;
    AS_ASSERT_OK(s.depot.receive(agent, orderId, rc));
    EXPECT_EQ(s.depot.receive(agent, orderId, rc).error().kind, Error::Kind::State);
    auto rec = *s.depot.get(orderId);
    ASSERT_TRUE(rec.has_value());
    EXPECT_EQ(rec->model, u"P40 Pro"_s);
    EXPECT_EQ(rec->accessories, u"充电器、数据线"_s);
    ASSERT_EQ(s.depot.handovers(orderId)->size(), 1);
    EXPECT_EQ(s.depot.handovers(orderId)->first().from, u"孙悦"_s);

    // Parts wait for both charge confirmations; QC is a second person.
    EXPECT_EQ(issue().error().kind, Error::Kind::State);
    EXPECT_EQ(s.depot.confirmCharges(tech, orderId, rv(), true).error().kind, Error::Kind::State) << "technician first";
    AS_ASSERT_OK(s.depot.confirmCharges(tech, orderId, rv(), false));
    EXPECT_EQ(issue().error().kind, Error::Kind::State);
    EXPECT_EQ(s.depot.confirmCharges(tech, orderId, rv(), true).error().kind, Error::Kind::Permission);
    EXPECT_EQ(s.depot.confirmCharges(admin, orderId, rv() - 1, true).error().kind, Error::Kind::Conflict);
    AS_ASSERT_OK(s.depot.confirmCharges(admin, orderId, rv(), true));
    AS_ASSERT_OK(issue());

    EXPECT_EQ(s.depot.ship(agent, orderId, rv(), u"原包装"_s, u"顺丰"_s, u"SF1234567890"_s).error().kind, Error::Kind::State)
        << "no shipping before a passed QC";
    EXPECT_EQ(s.depot.recordQc(tech, orderId, rv(), u"赵工"_s, false, 4, {}).error().field, u"qc_note"_s);
    AS_ASSERT_OK(s.depot.recordQc(tech, orderId, rv(), u"赵工"_s, true, 4, {}));
    EXPECT_EQ(s.depot.ship(agent, orderId, rv(), u"原包装"_s, u"顺丰"_s, {}).error().field, u"tracking_number"_s);
    AS_ASSERT_OK(s.depot.ship(agent, orderId, rv(), u"原包装"_s, u"顺丰"_s, u"SF1234567890"_s));
    rec = *s.depot.get(orderId);
    EXPECT_EQ(rec->trackingNumber, u"SF1234567890"_s);
    EXPECT_EQ(rec->qcPassed, std::optional<bool>(true));
    EXPECT_EQ(rec->burnInHours, 4);
    const auto hs = *s.depot.handovers(orderId);
    ASSERT_EQ(hs.size(), 2);
    EXPECT_EQ(hs[1].to, u"顺丰"_s);
    EXPECT_GE(t.db().scalar(u"SELECT count(*) FROM audit_log WHERE entity = 'service_order' AND entity_id = ? AND action LIKE 'depot%'"_s,
                            {orderId})->toInt(), 5);
}

TEST_F(DepotFixture, AttachmentsAreStoredListedAndArchived)
{
    const QByteArray pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";
    auto bad = s.attachments.add(admin, orderId, AttachmentService::Kind::Photo, u"note.txt"_s, "just text");
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().field, u"file"_s);
    EXPECT_FALSE(s.attachments.add(admin, orderId, AttachmentService::Kind::SignedForm, u"empty.pdf"_s, {}).ok());
    const Actor clerk{0, u"sun"_s, u"孙丽"_s, Role::PartsClerk};
    EXPECT_EQ(s.attachments.add(clerk, orderId, AttachmentService::Kind::SignedForm, u"scan.pdf"_s, pdf).error().kind,
              Error::Kind::Permission);
    auto id = s.attachments.add(agent, orderId, AttachmentService::Kind::SignedForm, u"签字单.pdf"_s, pdf, u"客户签字"_s);
    AS_ASSERT_OK(id);
    auto list = *s.attachments.list(orderId);
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list[0].fileName, u"签字单.pdf"_s);
    EXPECT_EQ(list[0].mimeType, u"application/pdf"_s);
    EXPECT_EQ(list[0].size, pdf.size());
    EXPECT_EQ(*s.attachments.content(*id), pdf);
    EXPECT_EQ(s.attachments.archive(agent, *id, list[0].rowVersion, {}).error().field, u"reason"_s);
    AS_ASSERT_OK(s.attachments.archive(agent, *id, list[0].rowVersion, u"扫描不清晰"_s));
    EXPECT_TRUE(s.attachments.list(orderId)->isEmpty());
    EXPECT_EQ(*s.attachments.content(*id), pdf) << "archived, never deleted";
}
