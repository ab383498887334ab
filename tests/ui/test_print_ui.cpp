// Printing from the GUI: the day's batch dialog (technician + day -> one PDF, a page an order),
// the File menu action and the Print button on the order list.
#include "support/TestSupport.h"
#include "support/WorkOrderSeed.h"

#include "orders/OrdersPage.h"
#include "print/BatchPrintDialog.h"
#include "print/PrintActions.h"
#include "print/render/WorkOrderDocument.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTimer>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolButton>

using namespace as;
using namespace as::test;
using namespace Qt::Literals::StringLiterals;

namespace {

struct PrintUi : ::testing::Test {
    TempDb t;
    FixedClock clock{testNow()};
    Services s{t.db(), clock};
};

} // namespace

TEST_F(PrintUi, BatchDialogPrintsATechniciansDay)
{
    const SeededOrder a = seedWorkOrder(s);
    const SeededOrder b = seedWorkOrder(s, u"刘洋"_s, u"洗衣机不排水"_s);
    BatchPrintDialog dlg(s);
    dlg.show();
    dlg.setTechnician(a.technicianId);
    dlg.setDate(a.day);
    EXPECT_EQ(dlg.orderIds(), (QList<qint64>{a.orderId, b.orderId}));
    auto *list = dlg.findChild<QListWidget *>(u"orders"_s);
    ASSERT_NE(list, nullptr);
    ASSERT_EQ(list->count(), 2);
    EXPECT_TRUE(list->item(0)->text().contains(a.number));
    EXPECT_TRUE(list->item(0)->text().contains(u"09:00"_s));
    EXPECT_TRUE(dlg.findChild<QLabel *>(u"summary"_s)->text().contains(u"2"_s));
    if (const QString shots = qEnvironmentVariable("AFTERSALES_TEST_SHOTS"); !shots.isEmpty())
        dlg.grab().save(shots + u"/dialog-print-day.png"_s);   // to look at it

    const QString pdf = t.dir() + u"/day.pdf"_s;
    AS_ASSERT_OK(dlg.savePdf(pdf));
    const QString info = runProgram(u"pdfinfo"_s, {pdf}).out;
    EXPECT_TRUE(info.contains(QRegularExpression(u"Pages:\\s+2\\b"_s))) << qPrintable(info);
    const QString text = runProgram(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s}).out;
    EXPECT_TRUE(text.contains(a.number) && text.contains(b.number)) << qPrintable(text);

    // Another day: nothing to print, the buttons are off.
    dlg.setDate(a.day.addDays(3));
    EXPECT_TRUE(dlg.orderIds().isEmpty());
    for (QPushButton *button : dlg.findChildren<QPushButton *>()) {
        if (button->text().contains(u"PDF"_s) || button->text().contains(u"Print"_s)) {
            EXPECT_FALSE(button->isEnabled()) << qPrintable(button->text());
        }
    }
}

TEST_F(PrintUi, PaperChoiceIsRememberedAndPrintersAreFullPage)
{
    printing::setPreferredPaper(print::Paper::A5);
    EXPECT_EQ(printing::preferredPaper(), print::Paper::A5);
    BatchPrintDialog dlg(s);
    EXPECT_EQ(dlg.findChild<QComboBox *>(u"paper"_s)->currentData().toString(), u"A5"_s);
    printing::setPreferredPaper(print::Paper::A4);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printing::preparePrinter(printer, print::Paper::A5);
    EXPECT_TRUE(printer.fullPage());
    EXPECT_EQ(printer.pageLayout().pageSize().id(), QPageSize::A5);
    // The printer path (preview and printing) draws the same form as the PDF writer.
    const SeededOrder o = seedWorkOrder(s);
    printer.setOutputFileName(t.dir() + u"/printer.pdf"_s);
    auto data = printing::loadWorkOrders(s, {o.orderId});
    AS_ASSERT_OK(data);
    AS_ASSERT_OK(print::WorkOrderDocument::render(printer, *data, print::Paper::A5));
    const QString text = runProgram(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, t.dir() + u"/printer.pdf"_s, u"-"_s}).out;
    EXPECT_TRUE(text.contains(o.number) && text.contains(u"张伟"_s)) << qPrintable(text);
    EXPECT_TRUE(runProgram(u"pdfinfo"_s, {t.dir() + u"/printer.pdf"_s}).out.contains(u"(A5)"_s));
    EXPECT_FALSE(printing::loadWorkOrders(s, {}).ok());
    EXPECT_FALSE(printing::loadWorkOrders(s, {987654}).ok());
}

TEST_F(PrintUi, MainWindowHasTheDayActionAndTheOrderListAPrintButton)
{
    seedWorkOrder(s);
    MainWindow window(s, Actor::admin());
    auto *action = window.findChild<QAction *>(u"actionPrintDay"_s);
    ASSERT_NE(action, nullptr);
    EXPECT_TRUE(action->text().contains(u"Print work orders"_s));
    auto *orders = qobject_cast<OrdersPage *>(window.page(u"orders"_s));
    ASSERT_NE(orders, nullptr);
    auto *button = orders->findChild<QToolButton *>(u"printButton"_s);
    ASSERT_NE(button, nullptr);
    ASSERT_NE(button->menu(), nullptr);
    EXPECT_EQ(button->menu()->actions().size(), 3) << "preview, print, save as PDF";
}

TEST_F(PrintUi, PreviewShowsTheWorkOrder)
{
    const SeededOrder o = seedWorkOrder(s);
    bool seen = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *d = qobject_cast<QPrintPreviewDialog *>(w); d && d->isVisible())
                    dialog = d;
        }
        if (dialog) {
            seen = true;
            EXPECT_TRUE(dialog->windowTitle().contains(o.number)) << qPrintable(dialog->windowTitle());
            QApplication::processEvents();
            if (const QString shots = qEnvironmentVariable("AFTERSALES_TEST_SHOTS"); !shots.isEmpty())
                dialog->grab().save(shots + u"/dialog-print-preview.png"_s);   // to look at it
            dialog->reject();
        }
    });
    printing::previewWorkOrder(nullptr, s, o.orderId);
    EXPECT_TRUE(seen) << "the preview dialog opened";
}
