// The order list as the front desk uses it, headless.
#include "support/TestSupport.h"
#include "support/UiSupport.h"

#include "demo/DemoGenerator.h"
#include "orders/OrderListModel.h"
#include "orders/OrdersPage.h"
#include "services/Services.h"
#include "shell/MainWindow.h"
#include "widgets/ListView.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace as;
using namespace as::test;
using namespace Qt::Literals::StringLiterals;

namespace {

struct OrdersUi : ::testing::Test {
    TempDb t;
    FixedClock clock{testNow()};
    Services services{t.db(), clock};
    Actor admin = Actor::admin();

    void SetUp() override
    {
        DemoOptions o;
        o.orders = 800;
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

TEST_F(OrdersUi, ModelPassesTheModelTesterAndSortsEveryColumn)
{
    OrderListModel model(t.db(), admin, QTimeZone(QByteArrayLiteral("Asia/Shanghai")), [] { return testNow(); });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    while (model.canFetchMore())
        model.fetchMore();
    EXPECT_EQ(model.rowCount(), 800);
    for (int c = 0; c < OrderQueries::ColumnCount; ++c) {
        if (!model.isSortable(c))
            continue;
        model.sort(c, Qt::AscendingOrder);
        EXPECT_GT(model.rowCount(), 0) << "column " << c;
    }
    model.sort(OrderQueries::TimeLeft, Qt::AscendingOrder);
    // The most urgent open order comes first and is shown as overdue or with its time left.
    const QString first = model.data(model.index(0, OrderQueries::TimeLeft)).toString();
    EXPECT_FALSE(first.isEmpty());
}

TEST_F(OrdersUi, OrdersAreTheFirstPage)
{
    MainWindow w(services, admin);
    w.show();
    settle();
    auto *page = qobject_cast<OrdersPage *>(w.currentPage());
    ASSERT_NE(page, nullptr) << "the order list is the first page";
    EXPECT_GT(page->loadedRows(), 0);
}

TEST_F(OrdersUi, SearchAndEnterOpensTheOrder)
{
    OrdersPage page(services, admin);
    page.show();
    settle();
    const QString number = t.db().scalar(u"SELECT number FROM service_orders ORDER BY id LIMIT 1 OFFSET 11"_s)->toString();
    page.searchField()->setFocus();
    typeText(page.searchField(), number);
    QSignalSpy opened(&page, &OrdersPage::orderActivated);
    QTest::keyClick(page.searchField(), Qt::Key_Return);
    settle();
    ASSERT_EQ(page.model()->rowCount(), 1);
    QTest::keyClick(page.view(), Qt::Key_Return);
    ASSERT_EQ(opened.count(), 1);
    EXPECT_EQ(opened.at(0).at(0).toLongLong(),
              t.db().scalar(u"SELECT id FROM service_orders WHERE number = ?"_s, {number})->toLongLong());
}

TEST_F(OrdersUi, FiltersNarrowTheList)
{
    OrdersPage page(services, admin);
    auto *status = page.findChild<QComboBox *>(u"statusFilter"_s);
    ASSERT_NE(status, nullptr);
    status->setCurrentIndex(status->findData(u"awaiting_parts"_s));
    settle();
    while (page.model()->canFetchMore())
        page.model()->fetchMore();
    EXPECT_EQ(page.model()->rowCount(), t.db().scalar(u"SELECT count(*) FROM service_orders WHERE status = 'awaiting_parts'"_s)->toInt());
    status->setCurrentIndex(status->findData(u"open"_s));
    page.findChild<QCheckBox *>(u"overdueOnly"_s)->setChecked(true);
    settle();
    while (page.model()->canFetchMore())
        page.model()->fetchMore();
    const int overdue = t.db().scalar(u"SELECT count(*) FROM service_orders WHERE status IN ('new','dispatched','scheduled','in_progress',"
                                      "'awaiting_parts') AND resolve_due < '2026-11-23T02:00:00Z'"_s)->toInt();
    EXPECT_EQ(page.model()->rowCount(), overdue);
    if (overdue > 0) {
        EXPECT_TRUE(page.model()->data(page.model()->index(0, OrderQueries::TimeLeft)).toString().startsWith(u"overdue"_s));
    }
}
