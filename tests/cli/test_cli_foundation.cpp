// aftersales-cli as a user runs it: exit codes, messages naming the path, init/demo/check.
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>

using namespace as::test;
using namespace Qt::Literals::StringLiterals;

TEST(Cli, VersionAndHelp)
{
    auto v = runCli({u"--version"_s});
    EXPECT_EQ(v.exitCode, 0);
    EXPECT_TRUE(v.out.startsWith(u"aftersales-cli "_s)) << qPrintable(v.out);
    auto h = runCli({u"--help"_s});
    EXPECT_EQ(h.exitCode, 0);
    for (const QString &cmd : {u"init"_s, u"demo"_s, u"check"_s})
        EXPECT_TRUE(h.out.contains(cmd)) << qPrintable(cmd);
}

TEST(Cli, UsageErrorsExitTwo)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"a.db"_s);
    EXPECT_EQ(runCli({u"--db"_s, db, u"frobnicate"_s}).exitCode, 2);
    EXPECT_EQ(runCli({}).exitCode, 2);
    auto r = runCli({u"--db"_s, db, u"demo"_s});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(u"--orders"_s)) << qPrintable(r.err);
    r = runCli({u"--db"_s, db, u"demo"_s, u"--orders"_s, u"many"_s});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(u"many"_s));
    EXPECT_FALSE(QFile::exists(db)) << "a usage error must not create the database";
}

TEST(Cli, InitDemoCheck)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"a.db"_s);
    auto init = runCli({u"--db"_s, db, u"init"_s});
    ASSERT_EQ(init.exitCode, 0) << qPrintable(init.err);
    auto demo = runCli({u"--db"_s, db, u"demo"_s, u"--orders"_s, u"300"_s, u"--seed"_s, u"5"_s, u"--quiet"_s});
    ASSERT_EQ(demo.exitCode, 0) << qPrintable(demo.err);
    EXPECT_TRUE(demo.out.contains(u"300 orders"_s)) << qPrintable(demo.out);
    {
        // The demo's history is in the stored KPI figures of the 13 closed months a report reads.
        auto opened = as::Database::open([&] { as::OpenOptions o; o.location = db; return o; }());
        ASSERT_TRUE(opened.ok());
        auto n = (*opened)->scalar(u"SELECT count(*) FROM kpi_month_cache WHERE figures IS NOT NULL"_s);
        ASSERT_TRUE(n.ok());
        EXPECT_EQ(n->toInt(), 13);
    }
    auto check = runCli({u"--db"_s, db, u"check"_s});
    EXPECT_EQ(check.exitCode, 0) << qPrintable(check.out + check.err);
    EXPECT_EQ(check.out.trimmed(), u"ok"_s);
}

TEST(Cli, EnvironmentSelectsTheDatabase)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"env.db"_s);
    auto init = runCli({u"init"_s}, {}, {u"AFTERSALES_DB="_s + db});
    ASSERT_EQ(init.exitCode, 0) << qPrintable(init.err);
    EXPECT_TRUE(QFile::exists(db));
}

TEST(Cli, BadDatabaseFilesFailWithThePath)
{
    QTemporaryDir dir;
    const QString notDb = dir.filePath(u"notes.txt"_s);
    QFile f(notDb);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("hello");
    f.close();
    auto r = runCli({u"--db"_s, notDb, u"check"_s});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(notDb)) << qPrintable(r.err);
    EXPECT_EQ(r.err.trimmed().count(u'\n'), 0) << "one line";

    const QString missing = dir.filePath(u"nowhere/a.db"_s);
    r = runCli({u"--db"_s, missing, u"init"_s});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(dir.filePath(u"nowhere"_s))) << qPrintable(r.err);
}

TEST(Cli, CheckReportsProblems)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"a.db"_s);
    ASSERT_EQ(runCli({u"--db"_s, db, u"demo"_s, u"--orders"_s, u"50"_s, u"--quiet"_s}).exitCode, 0);
    {
        auto opened = as::Database::open([&] { as::OpenOptions o; o.location = db; return o; }());
        ASSERT_TRUE(opened.ok());
        ASSERT_TRUE((*opened)->exec(u"UPDATE service_orders SET closed_at = NULL WHERE status = 'closed'"_s).ok());
    }
    auto check = runCli({u"--db"_s, db, u"check"_s});
    EXPECT_EQ(check.exitCode, 1);
    EXPECT_TRUE(check.out.contains(u"closed but has no closing time"_s)) << qPrintable(check.out);
}
