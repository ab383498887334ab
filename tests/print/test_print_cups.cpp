// Printing through a real CUPS queue: a private cupsd with a cups-pdf queue (tools/cups-test-queue.sh,
// started by test.sh or, when run alone, by this test), QPrinter to that queue, and the PDF that
// cups-pdf wrote read back with pdftotext.
#include "print/PrintSupport.h"
#include "support/WorkOrderSeed.h"

#include "WorkOrderDocument.h"
#include "services/WorkOrderData.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QPrinter>
#include <QPrinterInfo>
#include <QThread>

using namespace as;
using namespace as::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// Starts the queue unless test.sh did; false (and the reason) when cupsd cannot run here.
bool ensureQueue(bool *startedHere, QString *why)
{
    *startedHere = false;
    if (!qEnvironmentVariableIsEmpty("AFTERSALES_TEST_PRINTER"))
        return true;
    const auto r = runProgram(QStringLiteral(AFTERSALES_TOOLS "/cups-test-queue.sh"), {u"start"_s}, 60000);
    if (r.exitCode != 0) {
        *why = QString(r.err + r.out).trimmed();
        return false;
    }
    for (const QString &kv : r.out.trimmed().split(u' ', Qt::SkipEmptyParts)) {
        const auto eq = kv.indexOf(u'=');
        qputenv(kv.left(eq).toUtf8().constData(), kv.mid(eq + 1).toUtf8());
    }
    *startedHere = true;
    return true;
}

QString waitForPdf(const QString &folder, const QString &needle, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        QDirIterator it(folder, {u"*.pdf"_s}, QDir::Files);
        while (it.hasNext()) {
            const QString f = it.next();
            if (QFileInfo(f).fileName().contains(needle) && QFileInfo(f).size() > 0) {
                QThread::msleep(300);   // let cups-pdf finish writing
                return f;
            }
        }
        QThread::msleep(200);
    }
    return {};
}

} // namespace

TEST(PrintCups, WorkOrderPrintedThroughACupsPdfQueue)
{
    bool startedHere = false;
    QString why;
    if (!ensureQueue(&startedHere, &why))
        GTEST_SKIP() << "cupsd cannot run on this machine, so the CUPS print test is skipped: " << qPrintable(why);
    const QString queue = qEnvironmentVariable("AFTERSALES_TEST_PRINTER");
    const QString outDir = qEnvironmentVariable("AFTERSALES_TEST_PRINTER_OUT");

    TempDb t;
    FixedClock clock{testNow()};
    Services s{t.db(), clock};
    const SeededOrder seeded = seedWorkOrder(s, u"王秀英"_s);
    auto data = WorkOrderSource(s).byId(seeded.orderId);
    AS_ASSERT_OK(data);

    ASSERT_FALSE(QPrinterInfo::printerInfo(queue).isNull())
        << "queue " << qPrintable(queue) << " not visible through CUPS_SERVER=" << qgetenv("CUPS_SERVER").constData();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPrinterName(queue);
    ASSERT_EQ(printer.outputFormat(), QPrinter::NativeFormat);
    const QString jobName = u"aftersales-test-"_s + seeded.number;
    printer.setDocName(jobName);
    printer.setFullPage(true);
    printer.setPageSize(print::WorkOrderDocument::pageSize(print::Paper::A4));
    AS_ASSERT_OK(print::WorkOrderDocument::render(printer, {*data}, print::Paper::A4, u"en"_s));

    const QString pdf = waitForPdf(outDir, jobName, 60000);
    ASSERT_FALSE(pdf.isEmpty()) << "cups-pdf wrote nothing into " << qPrintable(outDir) << " within 60 s";
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(seeded.number)) << qPrintable(text);
    EXPECT_TRUE(text.contains(u"王秀英"_s));
    EXPECT_EQ(text.count(u"Signature:"_s), 2);
    QFile::remove(pdf);
    if (startedHere)
        runProgram(QStringLiteral(AFTERSALES_TOOLS "/cups-test-queue.sh"), {u"stop"_s});
}
