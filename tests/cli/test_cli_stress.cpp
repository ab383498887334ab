// Several PCs on one database: 4 processes create and move orders and post stock at the
// same time; afterwards every acknowledged write is there, balances reconcile, no order
// number is duplicated and every conflict reported was a real one.
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSet>

#include <memory>
#include <vector>

using namespace as;
using namespace as::test;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Outcome {
    int orders = 0, transitions = 0, moves = 0, conflicts = 0, wrongConflicts = 0, refused = 0;
    QStringList errors;
};

Outcome runWorkers(const QString &db, const QString &mode, int seconds, const QString &dir)
{
    std::vector<std::unique_ptr<QProcess>> workers;
    for (int i = 0; i < 4; ++i) {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"ASAN_OPTIONS"_s, u"detect_leaks=0"_s);
        p->setProcessEnvironment(env);
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p->start(QStringLiteral(AFTERSALES_STRESS_WORKER),
                 {db, mode, QString::number(seconds), QString::number(100 + i), dir + u"/worker%1.log"_s.arg(i)});
        EXPECT_TRUE(p->waitForStarted(10000));
        workers.push_back(std::move(p));
    }
    for (auto &p : workers) {
        EXPECT_TRUE(p->waitForFinished((seconds + 120) * 1000));
        EXPECT_EQ(p->exitCode(), 0);
    }
    Outcome out;
    for (int i = 0; i < 4; ++i) {
        QFile f(dir + u"/worker%1.log"_s.arg(i));
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        for (const QByteArray &raw : f.readAll().split('\n')) {
            const QString line = QString::fromUtf8(raw);
            if (line.startsWith(u"order "_s)) ++out.orders;
            else if (line.startsWith(u"transition "_s)) ++out.transitions;
            else if (line.startsWith(u"move "_s)) ++out.moves;
            else if (line.startsWith(u"conflict-right"_s)) ++out.conflicts;
            else if (line.startsWith(u"conflict-wrong"_s)) ++out.wrongConflicts;
            else if (line.startsWith(u"refused"_s)) ++out.refused;
            else if (line.startsWith(u"error"_s)) out.errors << line;
        }
    }
    return out;
}

// Every acknowledged write of the logs is in the database.
void checkLogsAgainstDatabase(Database &db, const QString &dir)
{
    QSet<QString> numbers;
    qint64 lastVersionSeen = 0;
    for (int i = 0; i < 4; ++i) {
        QFile f(dir + u"/worker%1.log"_s.arg(i));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        for (const QByteArray &raw : f.readAll().split('\n')) {
            const QStringList w = QString::fromUtf8(raw).split(u' ');
            if (w.first() == u"order"_s) {
                EXPECT_EQ(db.scalar(u"SELECT number FROM service_orders WHERE id = ?"_s, {w[1].toLongLong()})->toString(), w[2]);
                EXPECT_FALSE(numbers.contains(w[2])) << "order number given twice: " << qPrintable(w[2]);
                numbers.insert(w[2]);
            } else if (w.first() == u"transition"_s) {
                lastVersionSeen = db.scalar(u"SELECT row_version FROM service_orders WHERE id = ?"_s, {w[1].toLongLong()})->toLongLong();
                EXPECT_GE(lastVersionSeen, w[2].toLongLong()) << "acknowledged transition lost on order " << qPrintable(w[1]);
            } else if (w.first() == u"move"_s) {
                EXPECT_EQ(db.scalar(u"SELECT qty FROM stock_movements WHERE id = ?"_s, {w[1].toLongLong()})->toLongLong(),
                          w[3].toLongLong())
                    << "acknowledged movement lost: " << qPrintable(w[1]);
            }
        }
    }
    EXPECT_EQ(db.scalar(u"SELECT count(*) FROM service_orders WHERE symptom = 'stress'"_s)->toInt(), numbers.size())
        << "every stress order in the database was acknowledged to a worker";
}

void stress(SqliteMode mode, const QString &modeName, int seconds)
{
    TempDb t(u"stress.db"_s, mode);
    t.close();
    QStringList demoArgs{u"--db"_s, t.path(), u"demo"_s, u"--orders"_s, u"200"_s, u"--seed"_s, u"3"_s, u"--quiet"_s};
    if (mode == SqliteMode::Shared)
        demoArgs.insert(2, u"--shared"_s);
    auto demo = runCli(demoArgs);
    ASSERT_EQ(demo.exitCode, 0) << qPrintable(demo.err);
    const Outcome o = runWorkers(t.path(), modeName, seconds, t.dir());
    t.reopen();
    EXPECT_TRUE(o.errors.isEmpty()) << qPrintable(o.errors.mid(0, 5).join(u'\n'));
    EXPECT_EQ(o.wrongConflicts, 0);
    EXPECT_GT(o.orders, 20);
    EXPECT_GT(o.transitions, 20);
    EXPECT_GT(o.moves, 20);
    checkLogsAgainstDatabase(t.db(), t.dir());
    t.close();
    QStringList checkArgs{u"--db"_s, t.path(), u"check"_s};
    if (mode == SqliteMode::Shared)
        checkArgs.insert(2, u"--shared"_s);
    auto check = runCli(checkArgs);
    EXPECT_EQ(check.exitCode, 0) << qPrintable(check.out + check.err);
    EXPECT_EQ(check.out.trimmed(), u"ok"_s);
    const double writes = o.orders + o.transitions + o.moves;
    std::printf("[ stress ] %s mode, 4 processes, %d s: %d orders, %d transitions, %d movements = %.0f writes/s; "
                "%d conflicts detected, %d refused issues\n",
                qPrintable(modeName), seconds, o.orders, o.transitions, o.moves, writes / seconds, o.conflicts, o.refused);
}

int seconds(int fallback)
{
    bool ok = false;
    const int s = qEnvironmentVariableIntValue("AFTERSALES_STRESS_SECONDS", &ok);
    return ok && s > 0 ? s : fallback;
}

} // namespace

TEST(StressSharedFolder, FourProcessesForAMinuteLoseNothing)
{
    AS_SQLITE_ONLY();
    stress(SqliteMode::Shared, u"shared"_s, seconds(60));
}

TEST(StressLocal, FourProcessesLoseNothing)
{
    AS_SQLITE_ONLY();
    stress(SqliteMode::Local, u"local"_s, seconds(20));
}

// The same on PostgreSQL (ctest label pg: test.sh's loopback cluster; skipped without it).
TEST(StressPostgres, FourProcessesLoseNothing)
{
    if (!qEnvironmentVariableIsSet("AFTERSALES_TEST_PG"))
        GTEST_SKIP() << "AFTERSALES_TEST_PG is not set";
    stress(SqliteMode::Local, u"postgres"_s, seconds(20));
}
