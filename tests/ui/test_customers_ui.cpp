// The Customers area as a front-desk agent uses it, headless.
#include "support/TestSupport.h"
#include "support/UiSupport.h"

#include "customers/CustomerDialog.h"
#include "customers/CustomerListModel.h"
#include "customers/CustomersPage.h"
#include "demo/DemoGenerator.h"
#include "services/Services.h"
#include "shell/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace as;
using namespace as::test;
using namespace Qt::Literals::StringLiterals;

namespace {

struct UiFixture : ::testing::Test {
    TempDb t;
    FixedClock clock{testNow()};
    Services services{t.db(), clock};
    Actor admin = Actor::admin();

    void SetUp() override
    {
        DemoOptions o;
        o.orders = 600;
        o.now = testNow();
        ASSERT_TRUE(DemoGenerator(t.db()).run(o).ok());
    }

    static void settle()
    {
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
    }
};

} // namespace

TEST_F(UiFixture, ModelPassesTheModelTester)
{
    CustomerListModel model(t.db(), admin);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    while (model.canFetchMore())
        model.fetchMore();
    EXPECT_EQ(model.rowCount(), t.db().scalar(u"SELECT count(*) FROM customers"_s)->toInt());
    model.sort(CustomerQueries::Created, Qt::DescendingOrder);
    CustomerQueries::Filter f;
    f.search = u"张"_s;
    model.setFilter(f);
    EXPECT_GT(model.rowCount(), 0);
    for (int r = 0; r < model.rowCount(); ++r)
        EXPECT_TRUE(model.data(model.index(r, CustomerQueries::Name)).toString().contains(u"张"_s));
    EXPECT_EQ(model.data(model.index(0, CustomerQueries::Name), PagedTableModel::RawValueRole),
              model.rawValue(0, CustomerQueries::Name));
}

TEST_F(UiFixture, PhonesAreMaskedForRolesWithoutTheRight)
{
    Actor clerk{1, u"clerk"_s, u"Clerk"_s, Role::PartsClerk};
    CustomerListModel model(t.db(), clerk);
    const QString shown = model.data(model.index(0, CustomerQueries::Phone)).toString();
    const QString raw = model.rawValue(0, CustomerQueries::Phone).toString();
    EXPECT_NE(shown, raw);
    EXPECT_TRUE(shown.contains(u"****"_s)) << qPrintable(shown);
}

TEST_F(UiFixture, MainWindowSearchCreateAndFind)
{
    MainWindow window(services, admin);
    window.show();
    settle();
    auto *page = qobject_cast<CustomersPage *>(window.page(u"customers"_s));
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(page->loadedRows(), PagedTableModel::PageSize);

    // Search as you type for a phone that does not exist yet.
    QTest::keyClicks(page->searchField(), u"13312344321"_s);
    QTest::keyClick(page->searchField(), Qt::Key_Return);
    settle();
    EXPECT_EQ(page->model()->rowCount(), 0);

    // New customer: the dialog is prefilled with the searched phone; fill it with the keyboard.
    QTimer::singleShot(0, [] {
        auto *dlg = qobject_cast<CustomerDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dlg, nullptr);
        auto *name = dlg->findChild<QLineEdit *>(u"name"_s);
        auto *phone = dlg->findChild<QLineEdit *>(u"phone"_s);
        ASSERT_NE(name, nullptr);
        EXPECT_EQ(phone->text(), u"13312344321"_s);
        name->setFocus();
        typeText(name, u"测试客户"_s);
        auto *address = dlg->findChild<QLineEdit *>(u"address"_s);
        typeText(address, u"上海市徐汇区漕溪北路1号"_s);
        dlg->accept();
        // The detail dialog opens next: close it.
        QTimer::singleShot(0, [] {
            if (auto *w = QApplication::activeModalWidget())
                w->close();
        });
    });
    page->newCustomer();
    settle();

    // The new customer is in the list for the same search, and by name.
    EXPECT_EQ(page->model()->rowCount(), 1);
    EXPECT_EQ(page->model()->rawValue(0, CustomerQueries::Name).toString(), u"测试客户"_s);
    page->searchField()->clear();
    typeText(page->searchField(), u"测试"_s);
    QTest::keyClick(page->searchField(), Qt::Key_Return);
    settle();
    ASSERT_EQ(page->model()->rowCount(), 1);
    EXPECT_EQ(page->model()->rawValue(0, CustomerQueries::Address).toString(), u"上海市徐汇区漕溪北路1号"_s);
}

TEST_F(UiFixture, DialogNamesTheBadField)
{
    CustomerDialog dlg(services, admin);
    dlg.show();
    typeText(dlg.findChild<QLineEdit *>(u"name"_s), u"王五"_s);
    QTest::keyClicks(dlg.findChild<QLineEdit *>(u"phone"_s), u"12345"_s);
    dlg.accept();
    settle();
    EXPECT_TRUE(dlg.isVisible()) << "invalid input must keep the dialog open";
    EXPECT_EQ(QApplication::focusWidget(), dlg.findChild<QLineEdit *>(u"phone"_s));
    EXPECT_EQ(t.db().scalar(u"SELECT count(*) FROM customers WHERE name = '王五'"_s)->toInt(), 0);
}
