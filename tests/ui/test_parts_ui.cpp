// Parts & stock and Stocktake pages headless: the scanner flow (keystrokes into the count
// screen), unknown codes refused loudly, models checked by the model tester.
#include "support/TestSupport.h"
#include "support/UiSupport.h"

#include "parts/PartsPage.h"
#include "parts/QueryListModel.h"
#include "services/PartQueries.h"
#include "services/Services.h"
#include "stocktake/StocktakeLinesModel.h"
#include "stocktake/StocktakePage.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

using namespace as;
using namespace as::test;
using namespace Qt::Literals::StringLiterals;

namespace {

struct PartsUi : ::testing::Test {
    TempDb t;
    FixedClock clock{testNow()};
    Services services{t.db(), clock};
    Actor admin = Actor::admin();
    qint64 main = 0;

    void SetUp() override
    {
        StockLocation l;
        l.code = u"MAIN"_s;
        main = services.parts.createLocation(admin, l).valueOr(0);
        for (const auto &[code, qty] : {std::pair{u"SC-100"_s, 4}, std::pair{u"SC-200"_s, 2}, std::pair{u"KFR-CAP"_s, 7}}) {
            Part p;
            p.code = code;
            p.name = u"配件 "_s + code;
            p.safetyStock = 3;
            p.costFen = 100;
            p.category = u"电气"_s;
            const qint64 id = services.parts.create(admin, p).valueOr(0);
            MovementRequest r;
            r.type = MovementType::Receipt;
            r.partId = id;
            r.locationId = main;
            r.qty = qty;
            ASSERT_TRUE(services.ledger.post(admin, r).ok());
        }
    }

    static void settle()
    {
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
    }

    void scanCode(StocktakePage &page, const QString &code)
    {
        typeText(page.scanField(), code);
        QTest::keyClick(page.scanField(), Qt::Key_Return);
        settle();
    }
};

} // namespace

TEST_F(PartsUi, ScannerKeystrokesCountAndUnknownCodesAreRefusedLoudly)
{
    auto id = services.stocktakes.start(admin, main, {}, true);
    ASSERT_TRUE(id.ok());
    StocktakePage page(services, admin);
    page.show();
    page.openSession(*id);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(page.model()->rowCount(), 3);

    // Three scans of SC-100: each adds one.
    for (int i = 0; i < 3; ++i)
        scanCode(page, u"sc-100"_s);
    EXPECT_TRUE(page.scanField()->text().isEmpty());
    EXPECT_TRUE(page.message()->text().contains(u"counted 3"_s)) << qPrintable(page.message()->text());
    EXPECT_FALSE(page.message()->text().contains(u"expected"_s));   // blind
    const int row = page.model()->rowOfPart(1);
    ASSERT_GE(row, 0);
    EXPECT_EQ(page.model()->index(row, StocktakeLinesModel::Counted).data().toLongLong(), 3);
    EXPECT_EQ(page.model()->index(row, StocktakeLinesModel::Expected).data().toString(), u"—"_s);

    // A typed quantity: 7 of KFR-CAP in one scan, then back to 1.
    page.quantityField()->setValue(7);
    scanCode(page, u"KFR-CAP"_s);
    EXPECT_EQ(page.quantityField()->value(), 1);
    EXPECT_EQ(page.model()->index(page.model()->rowOfPart(3), StocktakeLinesModel::Counted).data().toLongLong(), 7);

    // An unknown code: refused, red message naming it, a beep, nothing counted.
    const int beeps = page.beeps();
    scanCode(page, u"NOPE-999"_s);
    EXPECT_TRUE(page.message()->text().contains(u"NOPE-999"_s)) << qPrintable(page.message()->text());
    EXPECT_TRUE(page.message()->styleSheet().contains(u"#c62828"_s));
    EXPECT_EQ(page.beeps(), beeps + 1);
    EXPECT_EQ(page.model()->rowCount(), 3);
    EXPECT_TRUE(page.scanField()->isEnabled());

    // Post: SC-100 short by one, SC-200 uncounted (unchanged), KFR-CAP right.
    auto sum = services.stocktakes.post(admin, *id);
    ASSERT_TRUE(sum.ok()) << qPrintable(sum.error().message);
    EXPECT_EQ(sum->lines, 1);
    EXPECT_EQ(sum->uncounted, 1);
    EXPECT_EQ(services.ledger.onHand(1, main).valueOr(-1), 3);
    EXPECT_EQ(services.ledger.onHand(2, main).valueOr(-1), 2);
    page.refresh();
    settle();
    EXPECT_FALSE(page.scanField()->isEnabled());
}

TEST_F(PartsUi, PartsListSearchesAndPassesTheModelTester)
{
    PartsPage page(services, admin);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(page.model()->rowCount(), 3);
    typeText(page.searchField(), u"kfr"_s);
    QTest::qWait(400);   // search as you type (Enter would open the single match)
    ASSERT_EQ(page.model()->rowCount(), 1);
    EXPECT_EQ(page.model()->rawValue(0, PartQueries::Code).toString(), u"KFR-CAP"_s);
    EXPECT_EQ(page.model()->index(0, PartQueries::OnHand).data().toLongLong(), 7);
    page.model()->sort(PartQueries::OnHand, Qt::DescendingOrder);
    EXPECT_EQ(page.tabs()->count(), 5);
}
