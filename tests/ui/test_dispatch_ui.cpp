// The dispatch board: unassigned orders by deadline, technicians' load, assigning.
#include "support/TestSupport.h"

#include "orders/DispatchPage.h"
#include "services/Services.h"
#include "services/UserService.h"

#include <QLabel>
#include <QTableWidget>

using namespace as;
using namespace as::test;
using namespace Qt::Literals::StringLiterals;

namespace {

struct DispatchUi : ::testing::Test {
    TempDb t;
    FixedClock clock{testNow()};
    Services services{t.db(), clock};
    Actor admin = Actor::admin();
    qint64 techA = 0, techB = 0, urgent = 0, later = 0;

    void SetUp() override
    {
        ASSERT_TRUE(services.settings.setValue(admin, u"site.timezone"_s, u"Asia/Shanghai"_s).ok());
        UserService users(t.db(), clock);
        auto a = users.addUser(admin, u"tech.a"_s, Role::Technician, u"技师甲"_s);
        auto b = users.addUser(admin, u"tech.b"_s, Role::Technician, u"技师乙"_s);
        AS_ASSERT_OK(a);
        AS_ASSERT_OK(b);
        techA = *a;
        techB = *b;
        Customer c;
        c.name = u"吴刚"_s;
        c.phone = u"13500001111"_s;
        const qint64 cid = *services.customers.create(admin, c);
        OrderDraft d;
        d.customerId = cid;
        d.symptom = u"洗衣机漏水"_s;
        later = *services.orders.create(admin, d);
        clock.advanceSecs(-3600);   // opened an hour earlier: its dispatch deadline comes first
        d.symptom = u"燃气灶打不着火"_s;
        urgent = *services.orders.create(admin, d);
        clock.set(testNow());
    }
};

} // namespace

TEST_F(DispatchUi, UnassignedByDeadlineAssignAndLoad)
{
    DispatchPage page(services, admin);
    QTableWidget *orders = page.unassignedTable();
    ASSERT_EQ(orders->rowCount(), 2);
    EXPECT_EQ(orders->item(0, 0)->text(), services.orders.get(urgent)->number) << "earliest dispatch deadline first";
    QTableWidget *techs = page.technicianTable();
    ASSERT_EQ(techs->rowCount(), 2);
    int rowB = techs->item(0, 0)->data(Qt::UserRole).toLongLong() == techB ? 0 : 1;
    techs->selectRow(rowB);
    orders->selectRow(0);
    ASSERT_TRUE(page.assignSelected()) << qPrintable(page.findChild<QLabel *>(u"errorLabel"_s)->text());
    const Order o = *services.orders.get(urgent);
    EXPECT_EQ(o.status, OrderStatus::Dispatched);
    EXPECT_EQ(o.technicianId, techB);
    EXPECT_EQ(page.unassignedTable()->rowCount(), 1);
    rowB = techs->item(0, 0)->data(Qt::UserRole).toLongLong() == techB ? 0 : 1;
    EXPECT_EQ(techs->item(rowB, 1)->text(), u"1"_s) << "the technician's load went up";
    techs->selectRow(rowB);
    ASSERT_EQ(page.dayTable()->rowCount(), 1) << "dispatched but not yet booked shows on the technician's day";
    EXPECT_EQ(page.dayTable()->item(0, 0)->text(), u"not booked"_s);
}

TEST_F(DispatchUi, AssigningWithoutChoosingSaysWhat)
{
    DispatchPage page(services, admin);
    page.unassignedTable()->clearSelection();
    page.unassignedTable()->setCurrentCell(-1, -1);
    EXPECT_FALSE(page.assignSelected());
    EXPECT_FALSE(page.findChild<QLabel *>(u"errorLabel"_s)->text().isEmpty());
    EXPECT_EQ(services.orders.get(urgent)->status, OrderStatus::New);
}
