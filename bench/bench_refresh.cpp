// Refresh latency seen by a second connection: one connection commits a change (an order's
// work notes), a second one runs the GUI's ChangeWatcher at its real interval (3 s on SQLite,
// LISTEN/NOTIFY on PostgreSQL) and we measure from the commit to changed().
//   bench_refresh DB|postgresql://... [changes] [interval-ms]
#include "BenchSupport.h"

#include "services/SettingsRepository.h"
#include "storage/ChangeWatcher.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QTimer>

using namespace as;
using namespace as::bench;
using namespace Qt::Literals::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_refresh DB [changes] [interval-ms]\n");
        return 2;
    }
    const QString location = QString::fromLocal8Bit(argv[1]);
    const int n = qMin(20, argc > 2 ? std::atoi(argv[2]) : 20);   // each change waits up to one interval
    const int interval = argc > 3 ? std::atoi(argv[3]) : 3000;
    auto writer = openOrDie(location);
    auto reader = openOrDie(location);
    SystemClock clock;
    SettingsRepository settings(*writer, clock);
    ChangeWatcher watcher(*reader, interval);
    QElapsedTimer since;
    bool seen = false;
    QObject::connect(&watcher, &ChangeWatcher::changed, &app, [&] { seen = true; });
    QVector<double> ms;
    QRandomGenerator rng(5);
    const Actor admin = Actor::admin();
    for (int i = 0; i < n; ++i) {
        // Let the watcher settle, then commit at a random moment of its cycle.
        QEventLoop wait;
        QTimer::singleShot(int(rng.bounded(quint32(qMax(1, interval)))) + 50, &wait, &QEventLoop::quit);
        wait.exec();
        seen = false;
        if (!settings.setValue(admin, u"bench.refresh"_s, QString::number(i)).ok()) {
            std::fprintf(stderr, "write failed\n");
            return 1;
        }
        since.start();
        while (!seen && since.elapsed() < interval * 3 + 5000)
            app.processEvents(QEventLoop::WaitForMoreEvents, 20);
        ms << double(since.nsecsElapsed()) / 1e6;
    }
    QTextStream out(stdout);
    out << u"| refresh latency (%1, watcher interval %2 ms) | n | p50 ms | p95 ms | max ms |  |\n|---|---|---|---|---|---|\n"_s
               .arg(writer->isSqlite() ? u"SQLite"_s : u"PostgreSQL"_s)
               .arg(interval);
    printRow(out, u"commit on one connection -> changed() on another"_s, stats(ms));
    return 0;
}
