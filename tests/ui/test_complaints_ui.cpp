// Complaints screens headless: the list model under QAbstractItemModelTester with every sort
// and filter, intake from the keyboard alone, the complaint window offering only the steps the
// role may take, the page search with two Chinese characters.
#include "support/TestSupport.h"
#include "support/UiSupport.h"

#include "complaints/ComplaintListModel.h"
#include "complaints/ComplaintWindow.h"
#include "complaints/LinkOrdersDialog.h"
#include "complaints/ComplaintsPage.h"
#include "complaints/NewComplaintDialog.h"
#include "demo/DemoGenerator.h"
#include "services/Services.h"
#include "services/UserService.h"
#include "util/Time.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QApplication>
#include <QTimer>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace as;
using namespace as::test;
using namespace Qt::Literals::StringLiterals;

namespace {

struct ComplaintsUi : ::testing::Test {
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
    qint64 count(const QString &sql) { return t.db().scalar(sql)->toLongLong(); }
    Actor user(Role role, const QString &login)
    {
        UserService users(t.db(), clock);
        return {*users.addUser(admin, login, role, login), login, login, role};
    }
};

} // namespace

TEST_F(ComplaintsUi, ModelPassesTheModelTesterWithEverySortAndFilter)
{
    const qint64 total = count(u"SELECT count(*) FROM complaints"_s);
    ASSERT_GT(total, 50);
    ComplaintListModel model(t.db(), admin, QTimeZone(QByteArrayLiteral("Asia/Shanghai")), [] { return testNow(); });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    while (model.canFetchMore())
        model.fetchMore();
    EXPECT_EQ(model.rowCount(), total);
    for (int c = 0; c < ComplaintQueries::ColumnCount; ++c) {
        if (!model.isSortable(c))
            continue;
        model.sort(c, Qt::DescendingOrder);
        while (model.canFetchMore())
            model.fetchMore();
        EXPECT_EQ(model.rowCount(), total) << "column " << c;
    }
    ComplaintQueries::Filter f;
    f.openOnly = true;
    model.setFilter(f);
    while (model.canFetchMore())
        model.fetchMore();
    EXPECT_EQ(model.rowCount(), count(u"SELECT count(*) FROM complaints WHERE status <> 'closed'"_s));
    f = {};
    f.overdueOnly = true;
    model.setFilter(f);
    while (model.canFetchMore())
        model.fetchMore();
    const QString now = time::toDb(testNow());
    EXPECT_EQ(model.rowCount(), count(u"SELECT count(*) FROM complaints WHERE status <> 'closed' AND ((acknowledged_at IS NULL AND ack_due < '"_s +
                                      now + u"') OR (remedy_proposed_at IS NULL AND remedy_due < '"_s + now + u"'))"_s));
    // Overdue rows are shown in red in the deadline column.
    if (model.rowCount() > 0) {
        EXPECT_TRUE(model.data(model.index(0, ComplaintQueries::Due), Qt::BackgroundRole).isValid());
        EXPECT_TRUE(model.data(model.index(0, ComplaintQueries::Due)).toString().startsWith(u"overdue"_s));
    }
    f = {};
    f.category = ComplaintCategory::Charges;
    f.responsibility = Responsibility::Service;
    model.setFilter(f);
    while (model.canFetchMore())
        model.fetchMore();
    EXPECT_EQ(model.rowCount(), count(u"SELECT count(*) FROM complaints WHERE category = 'charges' AND responsibility = 'service'"_s));
}

TEST_F(ComplaintsUi, KeyboardOnlyIntake)
{
    Customer c;
    c.name = u"欧阳娜"_s;
    c.phone = u"13699998888"_s;
    const qint64 customerId = *services.customers.create(admin, c);
    NewComplaintDialog dlg(services, admin);
    dlg.show();
    dlg.activateWindow();
    settle();
    auto *search = dlg.customerSearch();
    search->setFocus();
    typeText(search, u"99998888"_s);
    QTest::keyClick(search, Qt::Key_Return);   // one match: picked
    settle();
    EXPECT_TRUE(dlg.findChild<QLabel *>(u"customerInfo"_s)->text().contains(u"欧阳娜"_s));
    EXPECT_TRUE(dlg.isVisible()) << "Enter in the customer field must not save";
    auto *category = dlg.findChild<QComboBox *>(u"category"_s);
    category->setFocus();
    QTest::keyClick(category, Qt::Key_Down);   // quality -> attitude
    auto *content = dlg.findChild<QPlainTextEdit *>(u"content"_s);
    content->setFocus();
    typeText(content, u"客服挂断电话"_s);
    QTest::keyClick(content, Qt::Key_Return, Qt::ControlModifier);
    settle();
    ASSERT_GT(dlg.complaintId(), 0) << qPrintable(dlg.findChild<QLabel *>(u"errorLabel"_s)->text());
    auto saved = services.complaints.get(dlg.complaintId());
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(saved->customerId, customerId);
    EXPECT_EQ(saved->content, u"客服挂断电话"_s);
    EXPECT_EQ(saved->category, ComplaintCategory::Attitude);
    EXPECT_EQ(saved->status, ComplaintStatus::Received);
}

TEST_F(ComplaintsUi, IntakeWithoutContentFocusesIt)
{
    NewComplaintDialog dlg(services, admin);
    dlg.selectOrder(count(u"SELECT min(id) FROM service_orders WHERE category <> 'consultation'"_s));
    dlg.show();
    settle();
    dlg.accept();
    settle();
    EXPECT_EQ(dlg.complaintId(), 0);
    EXPECT_TRUE(dlg.isVisible());
    EXPECT_EQ(QApplication::focusWidget(), dlg.findChild<QPlainTextEdit *>(u"content"_s));
}

TEST_F(ComplaintsUi, WindowOffersOnlyTheStepsTheRoleMayTake)
{
    const Actor agent = user(Role::Agent, u"agent1"_s), manager = user(Role::Manager, u"boss1"_s);
    const qint64 id = count(u"SELECT min(id) FROM complaints WHERE status = 'remedy_proposed' AND remedy = 'compensation'"_s);
    ASSERT_GT(id, 0);
    auto names = [](ComplaintWindow &w) {
        QStringList out;
        for (QPushButton *b : w.stepButtons())
            out << b->objectName();
        return out;
    };
    {
        ComplaintWindow w(services, agent, id);
        EXPECT_FALSE(names(w).contains(u"step_approved"_s)) << qPrintable(names(w).join(u' '));
    }
    ComplaintWindow w(services, manager, id);
    ASSERT_TRUE(names(w).contains(u"step_approved"_s)) << qPrintable(names(w).join(u' '));
    const qint64 received = count(u"SELECT min(id) FROM complaints WHERE status = 'received' AND acknowledged_at IS NULL"_s);
    if (received > 0) {
        ComplaintWindow r(services, agent, received);
        QStringList n = names(r);
        EXPECT_EQ(n, (QStringList{u"acknowledge"_s, u"step_investigating"_s}));
        for (QPushButton *b : r.stepButtons())
            if (b->objectName() == u"acknowledge"_s)
                b->click();
        settle();
        EXPECT_TRUE(services.complaints.get(received)->acknowledgedAt.isValid());
    }
}

TEST_F(ComplaintsUi, PageSearchFindsTwoChineseCharacters)
{
    ComplaintsPage page(services, admin);
    page.show();
    settle();
    page.searchField()->setText(u"态度"_s);
    QTest::keyClick(page.searchField(), Qt::Key_Return);
    settle();
    auto *model = page.model();
    while (model->canFetchMore())
        model->fetchMore();
    const qint64 expected = count(u"SELECT count(*) FROM complaints WHERE instr(content, '态度') > 0 OR instr(COALESCE(expectation, ''), '态度') > 0"_s);
    ASSERT_GT(expected, 0);
    EXPECT_EQ(model->rowCount(), expected);
}

TEST_F(ComplaintsUi, OrdersAreLinkedFromTheComplaintWindowWithTheKeyboard)
{
    // A complaint of a customer who has several orders, none linked yet.
    const qint64 id = count(u"SELECT c.id FROM complaints c WHERE c.status <> 'closed' AND (SELECT count(*) FROM service_orders o "
                            "WHERE o.customer_id = c.customer_id AND NOT EXISTS (SELECT 1 FROM complaint_orders co WHERE co.complaint_id = c.id "
                            "AND co.order_id = o.id)) >= 2 ORDER BY c.id LIMIT 1"_s);
    ASSERT_GT(id, 0);
    const auto linkedBefore = services.complaints.orders(id)->size();
    ComplaintWindow w(services, admin, id);
    auto *link = w.findChild<QPushButton *>(u"linkOrders"_s);
    ASSERT_NE(link, nullptr);
    EXPECT_TRUE(link->isEnabled());
    bool seen = false;
    QTimer::singleShot(0, [&seen] {
        auto *d = qobject_cast<LinkOrdersDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(d, nullptr);
        seen = true;
        EXPECT_GE(d->candidateCount(), 2);
        auto *list = d->findChild<QListWidget *>(u"orders"_s);
        list->setCurrentRow(0);
        list->item(0)->setCheckState(Qt::Checked);
        list->item(1)->setCheckState(Qt::Checked);
        QTest::keyClick(d, Qt::Key_Return);   // the default button links
    });
    link->click();
    EXPECT_TRUE(seen);
    EXPECT_EQ(services.complaints.orders(id)->size(), linkedBefore + 2);
    EXPECT_EQ(services.complaints.events(id)->last().kind, u"orders_linked"_s);
    // A technician does not see the button.
    ComplaintWindow tw(services, user(Role::Technician, u"tech9"_s), id);
    EXPECT_FALSE(tw.findChild<QPushButton *>(u"linkOrders"_s)->isVisibleTo(&tw));
}
