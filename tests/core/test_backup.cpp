// Backups: verified copies, rotation, restore refused while others use the database,
// backup before a schema upgrade, replacing a damaged file.
#include "support/TestSupport.h"

#include "demo/DemoGenerator.h"
#include "storage/Backup.h"
#include "storage/Migrator.h"
#include "storage/Sessions.h"

#include <QDir>
#include <QFile>

using namespace as;
using namespace as::test;
using namespace Qt::Literals::StringLiterals;

namespace {
void fillDemo(Database &db, int orders = 150)
{
    DemoOptions o;
    o.orders = orders;
    o.now = testNow();
    ASSERT_TRUE(DemoGenerator(db).run(o).ok());
}
qint64 count(Database &db, const char *table)
{
    return db.scalar(u"SELECT count(*) FROM "_s + QString::fromLatin1(table))->toLongLong();
}
} // namespace

TEST(Backup, CopyIsVerifiedAndComplete)
{
    AS_SQLITE_ONLY();
    TempDb t;
    fillDemo(t.db());
    FixedClock clock{testNow()};
    BackupService backups(t.db(), clock);
    const QString file = t.dir() + u"/copy.db"_s;
    auto info = backups.backupTo(file);
    AS_ASSERT_OK(info);
    EXPECT_GT(info->bytes, 0);
    EXPECT_FALSE(QFile::exists(file + u".partial"_s));
    AS_EXPECT_OK(BackupService::verify(file));
    OpenOptions o;
    o.location = file;
    auto copy = Database::open(o);
    AS_ASSERT_OK(copy);
    EXPECT_EQ(count(**copy, "service_orders"), count(t.db(), "service_orders"));
    EXPECT_EQ(count(**copy, "order_events"), count(t.db(), "order_events"));

    auto bad = backups.backupTo(t.dir() + u"/missing/folder/x.db"_s);
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().message.contains(t.dir() + u"/missing/folder"_s)) << qPrintable(bad.error().message);
}

TEST(Backup, DamagedOrForeignFilesFailVerification)
{
    AS_SQLITE_ONLY();
    QTemporaryDir dir;
    const QString text = dir.filePath(u"notes.db"_s);
    QFile f(text);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("not a database");
    f.close();
    EXPECT_FALSE(BackupService::verify(text).ok());
    EXPECT_FALSE(BackupService::verify(dir.filePath(u"absent.db"_s)).ok());
}

TEST(Backup, RotationKeepsDailyWeeklyMonthly)
{
    QTemporaryDir dir;
    const QDateTime now(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
    QStringList made;
    // One backup a day for 400 days, two on the newest day.
    for (int d = 0; d < 400; ++d) {
        const QDateTime at = now.addDays(-d);
        const QString name = u"aftersales-"_s + at.toString(u"yyyyMMdd-HHmmss"_s) + u".db"_s;
        QFile f(dir.filePath(name));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        made << name;
    }
    QFile extra(dir.filePath(u"aftersales-20261123-080000.db"_s));
    ASSERT_TRUE(extra.open(QIODevice::WriteOnly));
    extra.close();
    auto removed = BackupService::rotate(dir.path(), now);
    AS_ASSERT_OK(removed);
    const auto kept = BackupService::list(dir.path());
    EXPECT_LE(kept.size(), 7 + 4 + 12);
    EXPECT_GE(kept.size(), 15);
    EXPECT_EQ(kept.first().at, now) << "the newest stays";
    int lastWeek = 0;
    for (const auto &b : kept)
        lastWeek += b.at.date().daysTo(now.date()) < 7;
    EXPECT_EQ(lastWeek, 7) << "one per day for the last 7 days";
    EXPECT_FALSE(QFile::exists(dir.filePath(u"aftersales-20261123-080000.db"_s))) << "only the newest of a day";
    bool monthOld = false;
    for (const auto &b : kept)
        monthOld |= b.at.date().daysTo(now.date()) > 200;
    EXPECT_TRUE(monthOld) << "monthly backups reach back about a year";
}

TEST(Backup, RestoreRefusedWhileOthersAreActiveThenRestores)
{
    AS_SQLITE_ONLY();
    TempDb t;
    fillDemo(t.db());
    FixedClock clock{testNow()};
    BackupService backups(t.db(), clock);
    const QString file = t.dir() + u"/good.db"_s;
    AS_ASSERT_OK(backups.backupTo(file));
    const qint64 orders = count(t.db(), "service_orders");
    // Damage the live data after the backup.
    AS_ASSERT_OK(t.db().exec(u"UPDATE service_orders SET symptom = 'overwritten'"_s));

    SessionRegistry other(t.db(), clock);
    AS_ASSERT_OK(other.start(u"aftersales"_s, u"wang"_s));
    Status refused = backups.restoreFrom(file, t.dir() + u"/safety"_s);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(u"wang"_s)) << qPrintable(refused.error().message);
    EXPECT_EQ(t.db().scalar(u"SELECT count(*) FROM service_orders WHERE symptom = 'overwritten'"_s)->toLongLong(), orders);

    // A session silent for longer than StaleSecs no longer counts.
    clock.advanceSecs(SessionRegistry::StaleSecs + 10);
    AS_ASSERT_OK(backups.restoreFrom(file, t.dir() + u"/safety"_s));
    EXPECT_EQ(t.db().scalar(u"SELECT count(*) FROM service_orders WHERE symptom = 'overwritten'"_s)->toLongLong(), 0);
    EXPECT_EQ(count(t.db(), "service_orders"), orders);
    EXPECT_EQ(BackupService::list(t.dir() + u"/safety"_s).size(), 1) << "the data before the restore was saved";
}

TEST(Backup, SchemaUpgradeIsPrecededByABackup)
{
    AS_SQLITE_ONLY();
    if (Migrator::all().size() < 2)
        GTEST_SKIP() << "only one schema version so far";
    TempDb t(u"old.db"_s, std::nullopt, Migrator::all().first().version);
    t.close();
    t.reopen();
    EXPECT_EQ(t.db().schemaVersion(), Migrator::latestVersion());
    const auto made = BackupService::list(BackupService::defaultFolder(t.path()));
    ASSERT_EQ(made.size(), 1);
    EXPECT_TRUE(made.first().path.contains(u"before-schema-"_s));
    AS_EXPECT_OK(BackupService::verify(made.first().path));
}

TEST(Backup, DamagedDatabaseIsReplacedByABackupAndKeptAside)
{
    AS_SQLITE_ONLY();
    TempDb t;
    fillDemo(t.db(), 40);
    FixedClock clock{testNow()};
    const QString good = t.dir() + u"/good.db"_s;
    AS_ASSERT_OK(BackupService(t.db(), clock).backupTo(good));
    t.close();
    {
        QFile f(t.path());
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        f.seek(100);
        f.write(QByteArray(4000, '\x5A'));
    }
    OpenOptions o;
    o.location = t.path();
    auto broken = Database::open(o);
    ASSERT_FALSE(broken.ok());
    EXPECT_EQ(broken.error().kind, Error::Kind::Damaged);
    auto aside = BackupService::replaceDamagedFile(t.path(), good);
    AS_ASSERT_OK(aside);
    EXPECT_TRUE(QFile::exists(*aside));
    auto fixed = Database::open(o);
    AS_ASSERT_OK(fixed);
    EXPECT_GT(count(**fixed, "service_orders"), 0);
}
