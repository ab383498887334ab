// Printing a work order: reading its data, and rendering it to a PDF file (A4 and A5),
// single orders and a technician-day batch. Target: under 300 ms for one order.
//   bench_print DB [orders]
#include "BenchSupport.h"

#include "WorkOrderDocument.h"
#include "demo/DemoGenerator.h"
#include "services/Services.h"
#include "services/WorkOrderData.h"
#include "util/Clock.h"

#include <QGuiApplication>
#include <QTemporaryDir>

using namespace as;
using namespace as::bench;
using namespace Qt::Literals::StringLiterals;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_print DB [orders]\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int n = std::max(3, argc > 2 ? std::atoi(argv[2]) / 4 : 50);
    auto db = openOrDie(path);
    SystemClock clock;
    Services services(*db, clock);
    WorkOrderSource source(services);
    QTemporaryDir dir;

    const qint64 maxId = db->scalar(u"SELECT max(id) FROM service_orders"_s)->toLongLong();
    if (maxId <= 0) {
        std::fprintf(stderr, "bench_print: no service orders in %s\n", qPrintable(path));
        return 1;
    }
    DemoRng rng(7);
    QList<qint64> ids;
    for (int i = 0; i < n; ++i)
        ids << 1 + qint64(rng.below(maxId));

    QTextStream out(stdout);
    // The first order pays for loading fonts and the form (once per process).
    const double coldMs = timeMs([&] {
        auto d = source.byId(ids.first());
        if (d)
            (void)print::WorkOrderDocument::writePdf(dir.filePath(u"cold.pdf"_s), {*d}, print::Paper::A4);
    });

    QVector<double> loadMs, a4Ms, a5Ms, totalMs;
    QList<WorkOrderData> loaded;
    for (qint64 id : ids) {
        std::optional<WorkOrderData> d;
        loadMs << timeMs([&] {
            auto r = source.byId(id);
            if (r)
                d = std::move(*r);
        });
        if (!d)
            continue;
        a4Ms << timeMs([&] { (void)print::WorkOrderDocument::writePdf(dir.filePath(u"a4.pdf"_s), {*d}, print::Paper::A4); });
        a5Ms << timeMs([&] { (void)print::WorkOrderDocument::writePdf(dir.filePath(u"a5.pdf"_s), {*d}, print::Paper::A5); });
        totalMs << loadMs.last() + a4Ms.last();
        loaded << *d;
    }
    const int batch = int(std::min<qsizetype>(20, loaded.size()));
    QVector<double> batchMs;
    for (int i = 0; i < 3; ++i)
        batchMs << timeMs([&] { (void)print::WorkOrderDocument::writePdf(dir.filePath(u"batch.pdf"_s), loaded.mid(0, batch), print::Paper::A4); });

    out << u"| work order printing | n | p50 ms | p95 ms | max ms | note |\n|---|---|---|---|---|---|\n"_s;
    printRow(out, u"read the order (WorkOrderSource)"_s, stats(loadMs));
    printRow(out, u"render A4 to PDF file"_s, stats(a4Ms), u"first order in the process: %1 ms (fonts)"_s.arg(coldMs, 0, 'f', 1));
    printRow(out, u"render A5 to PDF file"_s, stats(a5Ms));
    printRow(out, u"read + render A4 (what the CLI does)"_s, stats(totalMs), u"target < 300 ms"_s);
    printRow(out, u"batch of %1 orders, one PDF"_s.arg(batch), stats(batchMs),
             u"%1 ms per page"_s.arg(stats(batchMs).p50 / std::max(1, batch), 0, 'f', 1));
    return 0;
}
