// The order window: the steps a role may take, the data each step asks for, saving the work.
#include "support/TestSupport.h"
#include "support/UiSupport.h"
#include "support/WorkOrderSeed.h"

#include "orders/OrderStepDialog.h"
#include "orders/OrderWindow.h"
#include "services/Services.h"
#include "services/UserService.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace as;
using namespace as::test;
using namespace Qt::Literals::StringLiterals;

namespace {

struct OrderWindowUi : ::testing::Test {
    TempDb t;
    FixedClock clock{testNow()};
    Services services{t.db(), clock};
    Actor admin = Actor::admin();
    Actor tech;
    qint64 orderId = 0;

    void SetUp() override
    {
        UserService users(t.db(), clock);
        tech = {*users.addUser(admin, u"li"_s, Role::Technician, u"李强"_s), u"li"_s, u"李强"_s, Role::Technician};
        Customer c;
        c.name = u"周敏"_s;
        c.phone = u"13611112222"_s;
        c.address = u"成都市武侯区人民南路4段"_s;
        const qint64 cid = *services.customers.create(admin, c);
        OrderDraft d;
        d.customerId = cid;
        d.symptom = u"冰箱不制冷"_s;
        orderId = *services.orders.create(admin, d);
    }
    QStringList stepNames(const OrderWindow &w)
    {
        QStringList out;
        for (QPushButton *b : w.stepButtons())
            out << b->objectName();
        return out;
    }
};

} // namespace

TEST_F(OrderWindowUi, ShowsTheOrderAndTheStepsOfTheRole)
{
    OrderWindow w(services, admin, orderId);
    EXPECT_EQ(w.windowTitle(), u"Service order WO-202611-00001"_s);
    EXPECT_TRUE(w.findChild<QLabel *>(u"customer"_s)->text().contains(u"周敏"_s));
    EXPECT_EQ(w.findChild<QPlainTextEdit *>(u"symptom"_s)->toPlainText(), u"冰箱不制冷"_s);
    EXPECT_EQ(stepNames(w), (QStringList{u"step_dispatched"_s, u"step_cancelled"_s}));
    EXPECT_EQ(w.findChild<QTableWidget *>(u"timeline"_s)->rowCount(), 1);
    // A technician not assigned to it can do nothing.
    OrderWindow tw(services, tech, orderId);
    EXPECT_TRUE(stepNames(tw).isEmpty());
}

TEST_F(OrderWindowUi, DispatchBookStartCompleteThroughTheStepDialogs)
{
    Order o = *services.orders.get(orderId);
    {
        OrderStepDialog d(services, admin, o, OrderStepDialog::Step::Transition, OrderStatus::Dispatched);
        auto *tech = d.findChild<QComboBox *>(u"technician"_s);
        ASSERT_GT(tech->count(), 0);
        tech->setCurrentIndex(tech->findData(this->tech.userId));
        d.accept();
        EXPECT_EQ(d.result(), QDialog::Accepted) << qPrintable(d.findChild<QLabel *>(u"errorLabel"_s)->text());
    }
    o = *services.orders.get(orderId);
    EXPECT_EQ(o.status, OrderStatus::Dispatched);
    {
        OrderStepDialog d(services, tech, o, OrderStepDialog::Step::Transition, OrderStatus::Scheduled);
        d.accept();
        EXPECT_EQ(d.result(), QDialog::Accepted) << qPrintable(d.findChild<QLabel *>(u"errorLabel"_s)->text());
    }
    o = *services.orders.get(orderId);
    EXPECT_EQ(o.status, OrderStatus::Scheduled);
    EXPECT_EQ(o.appointmentStart.secsTo(o.appointmentEnd), 2 * 3600);
    ASSERT_TRUE(services.orders.transition(tech, orderId, o.rowVersion, OrderStatus::InProgress).ok());
    o = *services.orders.get(orderId);
    {
        OrderStepDialog d(services, tech, o, OrderStepDialog::Step::Transition, OrderStatus::Completed);
        d.accept();   // no work done yet: refused, named
        EXPECT_NE(d.result(), QDialog::Accepted);
        EXPECT_TRUE(d.findChild<QLabel *>(u"errorLabel"_s)->text().contains(u"Work done"_s));
        auto *work = d.findChild<QPlainTextEdit *>(u"workDone"_s);
        typeText(work, u"更换温控器"_s);
        d.accept();
        EXPECT_EQ(d.result(), QDialog::Accepted);
    }
    EXPECT_EQ(services.orders.get(orderId)->status, OrderStatus::Completed);
    OrderWindow w(services, admin, orderId);
    EXPECT_EQ(stepNames(w), (QStringList{u"step_accepted"_s}));
    EXPECT_EQ(w.findChild<QTableWidget *>(u"timeline"_s)->rowCount(), 5);
}

TEST_F(OrderWindowUi, SavingTheWorkWritesIt)
{
    OrderWindow w(services, admin, orderId);
    w.findChild<QPlainTextEdit *>(u"diagnosis"_s)->setPlainText(u"压缩机启动电容坏"_s);
    ASSERT_TRUE(w.saveWork());
    EXPECT_EQ(services.orders.get(orderId)->diagnosis, u"压缩机启动电容坏"_s);
    EXPECT_EQ(w.order().rowVersion, services.orders.get(orderId)->rowVersion);
}

TEST_F(OrderWindowUi, ChargesTabQuoteAndConsent)
{
    OrderWindow w(services, admin, orderId);
    auto *labour = w.findChild<QDoubleSpinBox *>(u"labour"_s);
    ASSERT_NE(labour, nullptr);
    w.findChild<QPushButton *>(u"labourRate"_s)->click();
    EXPECT_DOUBLE_EQ(labour->value(), 80.0) << "labour from the rate table (general)";
    w.findChild<QDoubleSpinBox *>(u"travel"_s)->setValue(25.5);
    EXPECT_TRUE(w.findChild<QLabel *>(u"total"_s)->text().contains(u"105.50"_s));
    w.findChild<QPushButton *>(u"saveQuote"_s)->click();
    const Order o = *services.orders.get(orderId);
    EXPECT_EQ(o.labourFen, 8000);
    EXPECT_EQ(o.travelFen, 2550);
    EXPECT_FALSE(o.consentAt.isValid());
    w.findChild<QLineEdit *>(u"consentBy"_s)->setText(u"周敏"_s);
    w.findChild<QPushButton *>(u"recordConsent"_s)->click();
    EXPECT_EQ(services.orders.get(orderId)->consentBy, u"周敏"_s);
    EXPECT_TRUE(w.findChild<QLabel *>(u"consent"_s)->text().contains(u"周敏"_s));
}

TEST_F(OrderWindowUi, ExpensesTabAddsAClaim)
{
    OrderWindow w(services, admin, orderId);
    w.findChild<QDoubleSpinBox *>(u"expenseAmount"_s)->setValue(0);
    w.findChild<QPushButton *>(u"addExpense"_s)->click();
    EXPECT_TRUE(w.findChild<QLabel *>(u"expenseMessage"_s)->text().contains(u"more than zero"_s)) << "zero amount refused";
    EXPECT_TRUE(services.orders.expenses(orderId)->isEmpty());
    w.findChild<QDoubleSpinBox *>(u"expenseAmount"_s)->setValue(36.5);
    w.findChild<QLineEdit *>(u"expenseNote"_s)->setText(u"出租车"_s);
    w.findChild<QPushButton *>(u"addExpense"_s)->click();
    ASSERT_EQ(w.findChild<QTableWidget *>(u"expenses"_s)->rowCount(), 1);
    EXPECT_TRUE(w.findChild<QLabel *>(u"expenseTotal"_s)->text().contains(u"36.50"_s));
    EXPECT_EQ(services.orders.expenses(orderId)->first().amountFen, 3650);
}

TEST_F(OrderWindowUi, PartsTabListsTheLedgerIssuesOfTheOrder)
{
    const SeededOrder seeded = seedWorkOrder(services);
    ASSERT_GT(seeded.orderId, 0);
    OrderWindow w(services, admin, seeded.orderId);
    auto *parts = w.findChild<QTableWidget *>(u"orderParts"_s);
    ASSERT_TRUE(parts);
    ASSERT_EQ(parts->rowCount(), 1);
    EXPECT_TRUE(parts->item(0, 1)->text().startsWith(u"CAP-35UF"_s));
    EXPECT_EQ(parts->item(0, 3)->text(), u"2"_s) << "two issued to the order";
    EXPECT_TRUE(w.findChild<QLabel *>(u"partsTotal"_s)->text().contains(u"90.00"_s));
    EXPECT_TRUE(w.findChild<QPushButton *>(u"issueParts"_s));
}

TEST_F(OrderWindowUi, TimelineNamesEveryEventKindIncludingImportedHistory)
{
    // Kinds written by imports, demo data and older versions, next to the app's own.
    for (const char *kind : {"acknowledged", "followup", "status", "reschedule", "transition"})
        AS_ASSERT_OK(t.db().exec(u"INSERT INTO order_events (order_id, at, user_id, kind, from_status, to_status) "
                                 "VALUES (?, '2026-11-23T03:00:00Z', NULL, ?, 'new', 'dispatched')"_s,
                                 {orderId, QString::fromLatin1(kind)}));
    OrderWindow w(services, admin, orderId);
    auto *timeline = w.findChild<QTableWidget *>(u"timeline"_s);
    ASSERT_EQ(timeline->rowCount(), 6);
    for (int r = 0; r < timeline->rowCount(); ++r) {
        const QString what = timeline->item(r, 2)->text();
        EXPECT_FALSE(what.isEmpty());
        EXPECT_EQ(what, what.trimmed());
        for (const char *code : {"acknowledged", "followup", "status", "reschedule", "transition", "dispatched"})
            EXPECT_NE(what.section(u' ', 0, 0), QLatin1StringView(code)) << "raw code on row " << r << ": " << qPrintable(what);
        EXPECT_TRUE(what.at(0).isUpper()) << "a label, not a stored code, on row " << r << ": " << qPrintable(what);
    }
}
