// Intake from the keyboard alone, as on a busy morning: phone fragment, Enter, product,
// symptom, Ctrl+Enter. Headless.
#include "support/TestSupport.h"
#include "support/UiSupport.h"

#include "orders/NewOrderDialog.h"
#include "services/Services.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTest>

using namespace as;
using namespace as::test;
using namespace Qt::Literals::StringLiterals;

namespace {

struct NewOrderUi : ::testing::Test {
    TempDb t;
    FixedClock clock{testNow()};
    Services services{t.db(), clock};
    Actor admin = Actor::admin();
    qint64 customerId = 0, productId = 0;

    void SetUp() override
    {
        Customer c;
        c.name = u"陈静"_s;
        c.phone = u"13912345678"_s;
        c.address = u"杭州市西湖区文三路1号"_s;
        customerId = *services.customers.create(admin, c);
        Customer other;
        other.name = u"陈立"_s;
        other.phone = u"13700000001"_s;
        ASSERT_TRUE(services.customers.create(admin, other).ok());
        Product p;
        p.customerId = customerId;
        p.model = u"XQG-80"_s;
        p.serial = u"WM-778899"_s;
        p.purchaseDate = QDate(2026, 5, 1);
        p.warrantyMonths = 24;
        productId = *services.customers.addProduct(admin, p);
    }
    static void settle()
    {
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
    }
    QWidget *focused() { return QApplication::focusWidget(); }
};

} // namespace

TEST_F(NewOrderUi, KeyboardOnlyIntake)
{
    NewOrderDialog dlg(services, admin);
    dlg.show();
    dlg.activateWindow();
    settle();
    auto *search = dlg.customerSearch();
    search->setFocus();
    typeText(search, u"5678"_s);
    QTest::keyClick(search, Qt::Key_Return);   // one match: picked
    settle();
    EXPECT_TRUE(dlg.findChild<QLabel *>(u"customerInfo"_s)->text().contains(u"陈静"_s));
    EXPECT_TRUE(dlg.isVisible()) << "Enter in the customer field must not save";
    auto *product = dlg.findChild<QComboBox *>(u"product"_s);
    EXPECT_EQ(product->currentData().toLongLong(), productId) << "the customer's product is preselected";
    EXPECT_TRUE(dlg.findChild<QLabel *>(u"warranty"_s)->text().startsWith(u"In warranty"_s))
        << qPrintable(dlg.findChild<QLabel *>(u"warranty"_s)->text());
    auto *symptom = dlg.findChild<QPlainTextEdit *>(u"symptom"_s);
    symptom->setFocus();
    typeText(symptom, u"脱水时噪音很大"_s);
    QTest::keyClick(symptom, Qt::Key_Return, Qt::ControlModifier);
    settle();
    ASSERT_GT(dlg.orderId(), 0) << qPrintable(dlg.findChild<QLabel *>(u"errorLabel"_s)->text());
    auto o = services.orders.get(dlg.orderId());
    ASSERT_TRUE(o.ok());
    EXPECT_EQ(o->customerId, customerId);
    EXPECT_EQ(o->productId, productId);
    EXPECT_EQ(o->symptom, u"脱水时噪音很大"_s);
    EXPECT_EQ(o->warranty, WarrantyStatus::In);
    EXPECT_EQ(o->status, OrderStatus::New);
}

TEST_F(NewOrderUi, SeveralMatchesArePickedWithDownAndEnter)
{
    NewOrderDialog dlg(services, admin);
    dlg.show();
    settle();
    auto *search = dlg.customerSearch();
    search->setFocus();
    typeText(search, u"陈"_s);
    QTest::keyClick(search, Qt::Key_Return);
    settle();
    auto *matches = dlg.findChild<QListWidget *>(u"customerMatches"_s);
    ASSERT_EQ(matches->count(), 2);
    // Focus moved into the list; Down to the second, Enter picks it.
    QTest::keyClick(matches, Qt::Key_Down);
    const QString second = matches->currentItem()->text();
    QTest::keyClick(matches, Qt::Key_Return);
    settle();
    EXPECT_TRUE(dlg.findChild<QLabel *>(u"customerInfo"_s)->text().contains(second.section(u' ', 0, 0)));
}

TEST_F(NewOrderUi, MissingSymptomIsNamedAndNothingSaved)
{
    NewOrderDialog dlg(services, admin);
    dlg.show();
    dlg.selectCustomer(customerId);
    dlg.accept();
    settle();
    EXPECT_EQ(dlg.orderId(), 0);
    EXPECT_TRUE(dlg.findChild<QLabel *>(u"errorLabel"_s)->text().contains(u"Symptom"_s));
    EXPECT_EQ(t.db().scalar(u"SELECT count(*) FROM service_orders"_s)->toInt(), 0);
}

TEST_F(NewOrderUi, OpenOrdersAndRepeatCaseShowBeforeSaving)
{
    for (int i = 0; i < 3; ++i) {
        OrderDraft d;
        d.customerId = customerId;
        d.productId = productId;
        d.symptom = u"不脱水"_s;
        ASSERT_TRUE(services.orders.create(admin, d).ok());
    }
    NewOrderDialog dlg(services, admin);
    dlg.show();
    dlg.selectCustomer(customerId);
    settle();
    EXPECT_TRUE(dlg.findChild<QLabel *>(u"repeatCase"_s)->isVisibleTo(&dlg));
    auto *open = dlg.findChild<QLabel *>(u"openOrders"_s);
    EXPECT_TRUE(open->isVisibleTo(&dlg));
    EXPECT_TRUE(open->text().contains(u"WO-202611-00001"_s)) << qPrintable(open->text());
}

TEST_F(NewOrderUi, ConsultationIsAnsweredAndClosedOnTheSpot)
{
    NewOrderDialog dlg(services, admin);
    dlg.show();
    dlg.selectCustomer(customerId);
    auto *category = dlg.findChild<QComboBox *>(u"category"_s);
    category->setCurrentIndex(category->findData(u"consultation"_s));
    settle();
    auto *answer = dlg.findChild<QPlainTextEdit *>(u"answer"_s);
    ASSERT_TRUE(answer->isVisibleTo(&dlg));
    dlg.findChild<QPlainTextEdit *>(u"symptom"_s)->setPlainText(u"童锁怎么解除？"_s);
    answer->setPlainText(u"长按童锁键3秒。"_s);
    dlg.accept();
    ASSERT_GT(dlg.orderId(), 0);
    EXPECT_EQ(services.orders.get(dlg.orderId())->status, OrderStatus::Closed);
}
