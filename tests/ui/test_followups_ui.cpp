// The follow-up call queue: the due call is shown first with its customer; an outcome is recorded
// with the keyboard alone; a not-reached call leaves the queue until its retry; statistics tab.
#include "support/TestSupport.h"
#include "support/UiSupport.h"

#include "followups/CallPanel.h"
#include "followups/FollowUpListModel.h"
#include "followups/FollowUpStatsView.h"
#include "followups/FollowUpsPage.h"
#include "services/Services.h"
#include "widgets/ListView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTest>

using namespace as;
using namespace as::test;
using namespace Qt::Literals::StringLiterals;

namespace {

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

struct FollowUpsUi : ::testing::Test {
    TempDb t;
    FixedClock clock{testNow()};
    Services services{t.db(), clock};
    Actor admin = Actor::admin();
    Actor tech;
    qint64 orderA = 0, orderB = 0, productA = 0, productB = 0;

    void SetUp() override
    {
        AS_ASSERT_OK(services.settings.setValue(admin, u"site.timezone"_s, u"Asia/Shanghai"_s));
        tech = {*services.accounts.addUser(admin, u"li"_s, Role::Technician, u"李强"_s), u"li"_s, u"李强"_s, Role::Technician};
        Customer c;
        c.name = u"陈静"_s;
        c.phone = u"13912345678"_s;
        const qint64 cid = *services.customers.create(admin, c);
        c.name = u"刘洋"_s;
        c.phone = u"13700001111"_s;
        const qint64 cid2 = *services.customers.create(admin, c);
        Product p;
        p.customerId = cid;
        p.model = u"BCD-520W"_s;
        p.purchaseDate = QDate(2026, 6, 1);
        productA = *services.customers.addProduct(admin, p);
        p.customerId = cid2;
        productB = *services.customers.addProduct(admin, p);
        orderA = complete(cid, productA, -5 * 86400);   // completed Wed 18 Nov: 3 working days later is today
        orderB = complete(cid2, productB, -1 * 86400);
    }

    qint64 complete(qint64 customerId, qint64 productId, qint64 secsAgo)
    {
        clock.set(testNow().addSecs(secsAgo));
        OrderDraft d;
        d.customerId = customerId;
        d.productId = productId;
        d.symptom = u"冰箱不制冷"_s;
        const qint64 id = *services.orders.create(admin, d);
        auto step = [&](OrderStatus to, TransitionData data) {
            auto st = services.orders.transition(admin, id, services.orders.get(id)->rowVersion, to, data);
            EXPECT_TRUE(st.ok()) << st.error().message.toStdString();
        };
        TransitionData d1;
        d1.technicianId = tech.userId;
        step(OrderStatus::Dispatched, d1);
        TransitionData appt;
        appt.appointmentStart = clock.nowUtc().addSecs(1800);
        appt.appointmentEnd = clock.nowUtc().addSecs(3600);
        step(OrderStatus::Scheduled, appt);
        step(OrderStatus::InProgress, {});
        TransitionData d2;
        d2.workDone = u"补充冷媒"_s;
        step(OrderStatus::Completed, d2);
        clock.set(testNow());
        return id;
    }
};

} // namespace

TEST_F(FollowUpsUi, QueueRecordsAnOutcomeFromTheKeyboard)
{
    FollowUpsPage page(services, admin);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.resize(1200, 800);
    page.show();
    page.activateWindow();
    settle();
    // Today (Mon 23 Nov, site time): the call for the order completed on Friday is due; the other is not yet.
    ASSERT_EQ(page.model()->rowCount(), 1);
    const qint64 followUpId = page.model()->keyAt(0);
    EXPECT_EQ(page.model()->data(page.model()->index(0, FollowUpQueries::Customer)).toString(), u"陈静"_s);
    CallPanel *panel = page.callPanel();
    EXPECT_EQ(panel->followUpId(), followUpId) << "the first call is selected, ready to dial";
    EXPECT_EQ(panel->findChild<QLabel *>(u"callPhone"_s)->text(), u"13912345678"_s);
    EXPECT_EQ(panel->findChild<QTableWidget *>(u"callHistory"_s)->rowCount(), 1);

    // Keyboard: satisfaction "4", a comment, Ctrl+Enter.
    QComboBox *sat = panel->satisfactionBox();
    sat->setFocus();
    QTest::keyClick(sat, Qt::Key_4);
    EXPECT_EQ(sat->currentData().toInt(), 4);
    QPlainTextEdit *comments = panel->commentsEdit();
    comments->setFocus();
    typeText(comments, u"师傅很耐心"_s);
    QTest::keyClick(comments, Qt::Key_Return, Qt::ControlModifier);
    settle();
    const FollowUp f = *services.followups.get(followUpId);
    EXPECT_EQ(f.status, FollowUpStatus::Done);
    EXPECT_EQ(f.satisfaction, 4);
    EXPECT_EQ(f.comments, u"师傅很耐心"_s);
    EXPECT_EQ(page.model()->rowCount(), 0) << "the recorded call leaves the queue";

    // Upcoming shows the other customer's call; not reached keeps it pending with a retry time.
    page.viewBox()->setCurrentIndex(page.viewBox()->findData(int(FollowUpQueries::View::Upcoming)));
    settle();
    ASSERT_EQ(page.model()->rowCount(), 1);
    page.view()->selectRow(0);
    settle();
    const qint64 other = page.model()->keyAt(0);
    EXPECT_EQ(panel->followUpId(), other);
    panel->setOutcome(CallOutcome::NotReached);
    EXPECT_FALSE(sat->isEnabled()) << "no rating without reaching the customer";
    QTest::keyClick(panel->recordButton(), Qt::Key_Space);
    settle();
    const FollowUp g = *services.followups.get(other);
    EXPECT_EQ(g.status, FollowUpStatus::Pending);
    EXPECT_EQ(g.attempts, 1);
    EXPECT_TRUE(g.nextCallAt.isValid());
}

TEST_F(FollowUpsUi, StatisticsPerTechnician)
{
    const FollowUp f = services.followups.forOrder(orderA)->first();
    CallRecord call;
    call.satisfaction = 5;
    AS_ASSERT_OK(services.followups.record(admin, f.id, f.rowVersion, call));
    FollowUpStatsView view(services);
    view.reload();
    QTableWidget *techs = view.technicianTable();
    ASSERT_EQ(techs->rowCount(), 1);
    EXPECT_EQ(techs->item(0, 0)->text(), u"李强"_s);
    EXPECT_TRUE(techs->item(0, 1)->text().startsWith(u"50"_s)) << qPrintable(techs->item(0, 1)->text());   // 1 of 2
    EXPECT_EQ(techs->item(0, 2)->text(), u"1 of 2"_s);
    EXPECT_EQ(view.agentTable()->rowCount(), 1);
}
