// Crash safety: a process killed (SIGKILL) in the middle of a large import or of a stocktake
// posting leaves a database that checks ok and holds all or none of the interrupted operation.
#include "support/TestSupport.h"

#include "domain/Part.h"
#include "services/PartService.h"
#include "services/StockLedger.h"
#include "storage/Transaction.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QThread>

#include <csignal>

using namespace as;
using namespace as::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// Starts the CLI, kills it with SIGKILL after `afterMs`; true when it was still running then.
bool killMidway(const QStringList &args, int afterMs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"ASAN_OPTIONS"_s, u"detect_leaks=0"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(AFTERSALES_CLI), args);
    EXPECT_TRUE(p.waitForStarted(10000));
    const bool finished = p.waitForFinished(afterMs);
    if (!finished)
        ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
    p.waitForFinished(30000);
    return !finished;
}

qint64 count(const QString &db, const QString &sql)
{
    auto r = runProgram(u"sqlite3"_s, {db, sql});
    return r.out.trimmed().toLongLong();
}

void expectCheckOk(const QString &db)
{
    auto check = runCli({u"--db"_s, db, u"check"_s});
    EXPECT_EQ(check.exitCode, 0) << qPrintable(check.out + check.err);
    EXPECT_EQ(check.out.trimmed(), u"ok"_s) << qPrintable(check.out);
}

} // namespace

TEST(CrashSafety, KilledImportLeavesAllOrNothing)
{
    AS_SQLITE_ONLY();
    TempDb t(u"crash.db"_s);
    t.close();
    const QString csv = t.dir() + u"/customers.csv"_s;
    {
        QFile f(csv);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("name,phone,address,type,model,serial\n");
        for (int i = 0; i < 120000; ++i)
            f.write(QStringLiteral("客户%1,139%2,上海市浦东新区%1号,consumer,KFR-35GW,CR%3\n")
                        .arg(i).arg(i, 8, 10, QLatin1Char('0')).arg(i, 7, 10, QLatin1Char('0')).toUtf8());
    }
    const qint64 before = count(t.path(), u"SELECT count(*) FROM customers"_s);
    bool interrupted = false;
    // Kill at growing delays until one kill lands while the import runs.
    for (int delay : {1500, 3000, 6000}) {
        interrupted = killMidway({u"--db"_s, t.path(), u"import"_s, u"customers"_s, csv}, delay);
        const qint64 after = count(t.path(), u"SELECT count(*) FROM customers"_s);
        EXPECT_TRUE(after == before || after == before + 120000) << "half an import is in the database: " << after;
        expectCheckOk(t.path());
        if (interrupted) {
            EXPECT_EQ(after, before) << "the killed import left rows behind";
            break;
        }
    }
    EXPECT_TRUE(interrupted) << "the import always finished before the kill; make the file larger";
}

TEST(CrashSafety, KilledStocktakePostingLeavesAllOrNothing)
{
    AS_SQLITE_ONLY();
    TempDb t(u"stocktake.db"_s);
    qint64 location = 0;
    {
        FixedClock clock(testNow());
        PartService parts(t.db(), clock);
        StockLedger ledger(t.db(), clock);
        StockLocation l;
        l.code = u"MAIN"_s;
        l.name = u"Main warehouse"_s;
        auto loc = parts.createLocation(Actor::admin(), l);
        ASSERT_TRUE(loc.ok());
        location = *loc;
        auto tx = Transaction::begin(t.db());
        ASSERT_TRUE(tx.ok());
        for (int i = 0; i < 4000; ++i) {
            Part p;
            p.code = u"P%1"_s.arg(i, 5, 10, QLatin1Char('0'));
            p.name = u"配件%1"_s.arg(i);
            p.costFen = 100 + i;
            auto id = parts.create(Actor::admin(), p);
            ASSERT_TRUE(id.ok()) << qPrintable(id.error().message);
            MovementRequest m;
            m.type = MovementType::Receipt;
            m.partId = *id;
            m.locationId = location;
            m.qty = 10;
            ASSERT_TRUE(ledger.post(Actor::admin(), m).ok());
        }
        ASSERT_TRUE(tx->commit().ok());
    }
    t.close();
    auto start = runCli({u"--db"_s, t.path(), u"stocktake"_s, u"start"_s, u"--location"_s, u"MAIN"_s});
    ASSERT_EQ(start.exitCode, 0) << qPrintable(start.err);
    const QString id = start.out.trimmed();
    const QString counts = t.dir() + u"/counts.csv"_s;
    {
        QFile f(counts);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("code,counted\n");
        for (int i = 0; i < 4000; ++i)
            f.write(QStringLiteral("P%1,%2\n").arg(i, 5, 10, QLatin1Char('0')).arg(7 + i % 5).toUtf8());
    }
    auto counted = runCli({u"--db"_s, t.path(), u"stocktake"_s, u"count"_s, id, counts});
    ASSERT_EQ(counted.exitCode, 0) << qPrintable(counted.err);
    runCli({u"--db"_s, t.path(), u"stocktake"_s, u"recount"_s, id});
    auto approved = runCli({u"--db"_s, t.path(), u"stocktake"_s, u"approve"_s, id});
    ASSERT_EQ(approved.exitCode, 0) << qPrintable(approved.out + approved.err);
    const qint64 movementsBefore = count(t.path(), u"SELECT count(*) FROM stock_movements"_s);
    const qint64 adjustments = 4000 - 4000 / 5 * 1;   // every part whose count differs from 10 (7..11; 10 is equal)
    const bool interrupted = killMidway({u"--db"_s, t.path(), u"stocktake"_s, u"post"_s, id}, 300);
    const qint64 movementsAfter = count(t.path(), u"SELECT count(*) FROM stock_movements"_s);
    EXPECT_TRUE(movementsAfter == movementsBefore || movementsAfter == movementsBefore + adjustments)
        << "part of a stocktake posting is in the database: " << movementsAfter - movementsBefore << " movements";
    expectCheckOk(t.path());
    std::printf("[ crash ] stocktake posting %s\n", interrupted ? "killed midway" : "finished before the kill");
    // Posting again afterwards completes it exactly once.
    auto again = runCli({u"--db"_s, t.path(), u"stocktake"_s, u"post"_s, id});
    if (movementsAfter == movementsBefore) {
        EXPECT_EQ(again.exitCode, 0) << qPrintable(again.err);
    }
    EXPECT_EQ(count(t.path(), u"SELECT count(*) FROM stock_movements"_s), movementsBefore + adjustments);
    expectCheckOk(t.path());
}
