// backup / restore from the command line.
#include "support/TestSupport.h"

#include <QFile>

using namespace as::test;
using namespace Qt::Literals::StringLiterals;

TEST(CliBackup, RoundTrip)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"a.db"_s);
    const QString copy = dir.filePath(u"copy.db"_s);
    ASSERT_EQ(runCli({u"--db"_s, db, u"demo"_s, u"--orders"_s, u"100"_s, u"--quiet"_s}).exitCode, 0);
    auto b = runCli({u"--db"_s, db, u"backup"_s, u"--out"_s, copy});
    ASSERT_EQ(b.exitCode, 0) << qPrintable(b.err);
    EXPECT_TRUE(b.out.contains(u"verified"_s));
    EXPECT_EQ(runCli({u"--db"_s, db, u"backup"_s}).exitCode, 2);
    auto missing = runCli({u"--db"_s, db, u"restore"_s, u"--from"_s, dir.filePath(u"nope.db"_s)});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(dir.filePath(u"nope.db"_s))) << qPrintable(missing.err);
    auto r = runCli({u"--db"_s, db, u"restore"_s, u"--from"_s, copy});
    EXPECT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_EQ(runCli({u"--db"_s, db, u"check"_s}).out.trimmed(), u"ok"_s);
}
