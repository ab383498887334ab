// Two PCs edit the same customer: the second save shows both versions; nothing is lost.
#include "support/TestSupport.h"
#include "support/UiSupport.h"

#include "customers/CustomerDialog.h"
#include "orders/OrderWindow.h"
#include "services/Services.h"
#include "widgets/ConflictDialog.h"

#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace as;
using namespace as::test;
using namespace Qt::Literals::StringLiterals;

namespace {
struct ConflictFixture : ::testing::Test {
    TempDb t;
    FixedClock clock{testNow()};
    Services services{t.db(), clock};
    qint64 id = 0;
    void SetUp() override
    {
        Customer c;
        c.name = u"周杰"_s;
        c.phone = u"13500001111"_s;
        c.address = u"旧地址"_s;
        id = *services.customers.create(Actor::admin(), c);
    }
    // Another PC saves a different address meanwhile.
    void otherPcSaves()
    {
        auto theirs = services.customers.get(id);
        theirs->address = u"他们的地址"_s;
        ASSERT_TRUE(services.customers.update(Actor::admin(), *theirs).ok());
    }
    void pressInConflictDialog(const char *button, bool *seen)
    {
        QTimer::singleShot(0, [button, seen] {
            auto *dlg = qobject_cast<ConflictDialog *>(QApplication::activeModalWidget());
            ASSERT_NE(dlg, nullptr);
            *seen = true;
            auto *table = dlg->findChild<QTableWidget *>(u"conflictTable"_s);
            bool addressRow = false;
            for (int r = 0; r < table->rowCount(); ++r)
                if (table->item(r, 1)->text() == u"我的地址"_s && table->item(r, 2)->text() == u"他们的地址"_s)
                    addressRow = true;
            EXPECT_TRUE(addressRow) << "both versions of the address are shown";
            QTest::mouseClick(dlg->findChild<QPushButton *>(QString::fromLatin1(button)), Qt::LeftButton);
        });
    }
};
} // namespace

TEST_F(ConflictFixture, ReapplyMineOverTheirs)
{
    CustomerDialog dlg(services, Actor::admin());
    dlg.setCustomer(*services.customers.get(id));
    dlg.show();
    auto *address = dlg.findChild<QLineEdit *>(u"address"_s);
    address->clear();
    typeText(address, u"我的地址"_s);
    otherPcSaves();
    bool seen = false;
    pressInConflictDialog("reapply", &seen);
    dlg.accept();
    EXPECT_TRUE(seen);
    EXPECT_EQ(dlg.result(), QDialog::Accepted);
    EXPECT_EQ(services.customers.get(id)->address, u"我的地址"_s);
    EXPECT_EQ(services.customers.get(id)->rowVersion, 3);
}

TEST_F(ConflictFixture, KeepTheirsReloadsTheForm)
{
    CustomerDialog dlg(services, Actor::admin());
    dlg.setCustomer(*services.customers.get(id));
    dlg.show();
    auto *address = dlg.findChild<QLineEdit *>(u"address"_s);
    address->clear();
    typeText(address, u"我的地址"_s);
    otherPcSaves();
    bool seen = false;
    pressInConflictDialog("reload", &seen);
    dlg.accept();
    EXPECT_TRUE(seen);
    EXPECT_TRUE(dlg.isVisible()) << "the form stays open showing their version";
    EXPECT_EQ(address->text(), u"他们的地址"_s);
    EXPECT_EQ(services.customers.get(id)->address, u"他们的地址"_s);
}

// The order window's work fields go through the same conflict loop (one shared helper).
TEST_F(ConflictFixture, OrderWindowShowsBothDiagnosesAndReappliesMine)
{
    OrderDraft d;
    d.customerId = id;
    d.symptom = u"洗衣机漏水"_s;
    const qint64 orderId = *services.orders.create(Actor::admin(), d);
    OrderWindow w(services, Actor::admin(), orderId);
    auto *diagnosis = w.findChild<QPlainTextEdit *>(u"diagnosis"_s);
    ASSERT_NE(diagnosis, nullptr);
    diagnosis->setPlainText(u"我的诊断"_s);
    {   // another PC saves a diagnosis meanwhile
        Order theirs = *services.orders.get(orderId);
        theirs.diagnosis = u"他们的诊断"_s;
        ASSERT_TRUE(services.orders.updateWork(Actor::admin(), theirs).ok());
    }
    bool seen = false;
    QTimer::singleShot(0, [&seen] {
        auto *dlg = qobject_cast<ConflictDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dlg, nullptr);
        seen = true;
        auto *table = dlg->findChild<QTableWidget *>(u"conflictTable"_s);
        bool row = false;
        for (int r = 0; r < table->rowCount(); ++r)
            row = row || (table->item(r, 1)->text() == u"我的诊断"_s && table->item(r, 2)->text() == u"他们的诊断"_s);
        EXPECT_TRUE(row) << "both diagnoses are shown";
        QTest::mouseClick(dlg->findChild<QPushButton *>(u"reapply"_s), Qt::LeftButton);
    });
    EXPECT_TRUE(w.saveWork());
    EXPECT_TRUE(seen);
    EXPECT_EQ(services.orders.get(orderId)->diagnosis, u"我的诊断"_s);
    EXPECT_EQ(diagnosis->toPlainText(), u"我的诊断"_s);
}
