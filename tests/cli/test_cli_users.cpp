// users commands and logins from the command line.
#include "support/TestSupport.h"

using namespace as::test;
using namespace Qt::Literals::StringLiterals;

TEST(CliUsers, SingleUserModeThenLoginsRequired)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"a.db"_s);
    auto list = runCli({u"--db"_s, db, u"users"_s, u"list"_s});
    ASSERT_EQ(list.exitCode, 0) << qPrintable(list.err);
    EXPECT_TRUE(list.out.contains(u"admin,Administrator,admin,yes,none"_s)) << qPrintable(list.out);

    auto add = runCli({u"--db"_s, db, u"users"_s, u"add"_s, u"wang"_s, u"--role"_s, u"agent"_s, u"--name"_s, u"王芳"_s});
    ASSERT_EQ(add.exitCode, 0) << qPrintable(add.err);
    EXPECT_EQ(runCli({u"--db"_s, db, u"users"_s, u"add"_s, u"x"_s, u"--role"_s, u"wizard"_s}).exitCode, 2);

    auto pw = runCli({u"--db"_s, db, u"users"_s, u"passwd"_s, u"admin"_s}, {}, {u"AFTERSALES_PASSWORD=admin-secret"_s});
    ASSERT_EQ(pw.exitCode, 0) << qPrintable(pw.err);

    // From now on every call needs a login.
    auto anon = runCli({u"--db"_s, db, u"check"_s});
    EXPECT_EQ(anon.exitCode, 1);
    EXPECT_TRUE(anon.err.contains(u"--user"_s)) << qPrintable(anon.err);
    auto wrong = runCli({u"--db"_s, db, u"--user"_s, u"admin"_s, u"check"_s}, {}, {u"AFTERSALES_PASSWORD=nope"_s});
    EXPECT_EQ(wrong.exitCode, 1);
    auto right = runCli({u"--db"_s, db, u"--user"_s, u"admin"_s, u"check"_s}, {}, {u"AFTERSALES_PASSWORD=admin-secret"_s});
    EXPECT_EQ(right.exitCode, 0) << qPrintable(right.err);
    // The password can also be typed at the prompt (here: piped on standard input).
    auto piped = runCli({u"--db"_s, db, u"--user"_s, u"admin"_s, u"users"_s, u"list"_s}, "admin-secret\n");
    EXPECT_EQ(piped.exitCode, 0) << qPrintable(piped.err);
    EXPECT_TRUE(piped.out.contains(u"wang,王芳,agent,yes,none"_s)) << qPrintable(piped.out);

    // Setting another user's password while logged in takes AFTERSALES_NEW_PASSWORD.
    auto wpw = runCli({u"--db"_s, db, u"--user"_s, u"admin"_s, u"users"_s, u"passwd"_s, u"wang"_s}, {},
                      {u"AFTERSALES_PASSWORD=admin-secret"_s, u"AFTERSALES_NEW_PASSWORD=wang-secret"_s});
    ASSERT_EQ(wpw.exitCode, 0) << qPrintable(wpw.err);
    // An agent may not manage users: refused by the core, whatever the CLI allows.
    auto agentAdd = runCli({u"--db"_s, db, u"--user"_s, u"wang"_s, u"users"_s, u"add"_s, u"y"_s, u"--role"_s, u"agent"_s}, {},
                           {u"AFTERSALES_PASSWORD=wang-secret"_s});
    EXPECT_EQ(agentAdd.exitCode, 1);
    EXPECT_TRUE(agentAdd.err.contains(u"may not manage users"_s)) << qPrintable(agentAdd.err);
    // Disabling keeps the user listed.
    auto dis = runCli({u"--db"_s, db, u"--user"_s, u"admin"_s, u"users"_s, u"disable"_s, u"wang"_s}, {},
                      {u"AFTERSALES_PASSWORD=admin-secret"_s});
    EXPECT_EQ(dis.exitCode, 0) << qPrintable(dis.err);
    auto after = runCli({u"--db"_s, db, u"--user"_s, u"wang"_s, u"check"_s}, {}, {u"AFTERSALES_PASSWORD=wang-secret"_s});
    EXPECT_EQ(after.exitCode, 1);
    EXPECT_TRUE(after.err.contains(u"deactivated"_s)) << qPrintable(after.err);
}
