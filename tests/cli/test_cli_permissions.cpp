// The permission matrix from the command line: every role × every CLI action that writes,
// exports or reads reports. The core decides (Actor::require); the CLI only reports it.
#include "support/TestSupport.h"

#include "domain/Enums.h"
#include "services/Actor.h"

#include <QFile>

using namespace as;
using namespace as::test;
using namespace Qt::Literals::StringLiterals;

TEST(CliPermissions, EveryRoleTimesEveryAction)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"perm.db"_s);
    auto demo = runCli({u"--db"_s, db, u"demo"_s, u"--orders"_s, u"50"_s, u"--quiet"_s});
    ASSERT_EQ(demo.exitCode, 0) << qPrintable(demo.err);
    auto part = runCli({u"--db"_s, db, u"stock"_s, u"onhand"_s});
    const QString partCode = part.out.split(u'\n').value(1).section(u',', 0, 0);
    ASSERT_FALSE(partCode.isEmpty()) << qPrintable(part.out + part.err);
    const QString csv = dir.filePath(u"customers.csv"_s);
    {
        QFile f(csv);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("name,phone\n测试客户,13900000000\n");
    }
    ASSERT_EQ(runCli({u"--db"_s, db, u"users"_s, u"passwd"_s, u"admin"_s}, {}, {u"AFTERSALES_PASSWORD=admin-pw"_s}).exitCode, 0);

    struct Action { const char *name; Permission permission; QStringList args; };
    const QList<Action> actions{
        {"import customers", Permission::Import, {u"import"_s, u"customers"_s, csv, u"--dry-run"_s}},
        {"export orders", Permission::Export, {u"export"_s, u"orders"_s, u"--format"_s, u"csv"_s, u"--out"_s, dir.filePath(u"o.csv"_s)}},
        {"stock move", Permission::PostStock, {u"stock"_s, u"move"_s, u"--type"_s, u"receipt"_s, u"--part"_s, partCode, u"--qty"_s, u"1"_s}},
        {"report", Permission::ViewReports, {u"report"_s, u"--month"_s, u"2026-11"_s, u"--format"_s, u"csv"_s, u"--out"_s,
                                             dir.filePath(u"r.csv"_s)}},
        {"backup", Permission::Backup, {u"backup"_s, u"--out"_s, dir.filePath(u"b.db"_s)}},
        {"users add", Permission::ManageUsers, {u"users"_s, u"add"_s, u"newbie"_s, u"--role"_s, u"agent"_s}},
    };
    int n = 0;
    for (Role role : allValues<Role>()) {
        const QString login = u"user"_s + QString::number(++n);
        const QString pw = u"pw-"_s + login;
        auto add = runCli({u"--db"_s, db, u"--user"_s, u"admin"_s, u"users"_s, u"add"_s, login, u"--role"_s, codeOf(role)}, {},
                          {u"AFTERSALES_PASSWORD=admin-pw"_s, u"AFTERSALES_NEW_PASSWORD="_s + pw});
        ASSERT_EQ(add.exitCode, 0) << qPrintable(add.err);
        auto setPw = runCli({u"--db"_s, db, u"--user"_s, u"admin"_s, u"users"_s, u"passwd"_s, login}, {},
                            {u"AFTERSALES_PASSWORD=admin-pw"_s, u"AFTERSALES_NEW_PASSWORD="_s + pw});
        ASSERT_EQ(setPw.exitCode, 0) << qPrintable(setPw.err);
        for (const Action &a : actions) {
            QStringList args{u"--db"_s, db, u"--user"_s, login};
            args << a.args;
            if (QString::fromLatin1(a.name) == u"users add"_s)
                args[args.indexOf(u"newbie"_s)] = u"newbie-"_s + login;
            auto r = runCli(args, {}, {u"AFTERSALES_PASSWORD="_s + pw, u"AFTERSALES_NEW_PASSWORD=x-secret-1"_s});
            const bool allowed = roleAllows(role, a.permission);
            if (allowed) {
                EXPECT_EQ(r.exitCode, 0) << codeOf(role).toStdString() << " should be allowed to " << a.name << ": "
                                         << qPrintable(r.err);
            } else {
                EXPECT_NE(r.exitCode, 0) << codeOf(role).toStdString() << " must not be allowed to " << a.name;
                EXPECT_TRUE(r.err.contains(u"may not"_s)) << codeOf(role).toStdString() << " / " << a.name << ": "
                                                          << qPrintable(r.err);
            }
        }
    }
}
