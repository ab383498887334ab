// Storage: opening, migrations, refusal of foreign/newer/corrupt files, transactions.
#include "support/TestSupport.h"

#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

using namespace as;
using namespace as::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QStringList schemaOf(Database &db)
{
    QStringList out;
    const QString sql = db.isSqlite()
        ? u"SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"_s
        : u"SELECT 'column', table_name || '.' || column_name, data_type || ' ' || is_nullable || ' ' || COALESCE(column_default, '') "
          "FROM information_schema.columns WHERE table_schema = current_schema() "
          "UNION ALL SELECT 'index', indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
          "UNION ALL SELECT 'trigger', trigger_name || '.' || event_manipulation, action_statement FROM information_schema.triggers "
          "WHERE trigger_schema = current_schema() ORDER BY 1, 2"_s;
    auto q = db.exec(sql);
    while (q && q->next())
        out << q->value(0).toString() + u' ' + q->value(1).toString() + u": "_s + q->value(2).toString().simplified();
    return out;
}

} // namespace

TEST(Storage, NewDatabaseIsMigratedToLatestInWalMode)
{
    TempDb t;
    EXPECT_EQ(t.db().schemaVersion(), Migrator::latestVersion());
    EXPECT_GE(Migrator::latestVersion(), 1);
    EXPECT_EQ(t.db().scalar(u"SELECT login FROM users WHERE id = 1"_s)->toString(), u"admin"_s);
    AS_SQLITE_ONLY();
    EXPECT_EQ(t.db().scalar(u"PRAGMA journal_mode"_s)->toString(), u"wal"_s);
    EXPECT_EQ(t.db().scalar(u"PRAGMA foreign_keys"_s)->toInt(), 1);
    EXPECT_EQ(t.db().scalar(u"PRAGMA wal_autocheckpoint"_s)->toInt(), 4000);
    EXPECT_EQ(t.db().scalar(u"SELECT login FROM users WHERE id = 1"_s)->toString(), u"admin"_s);
}

TEST(Storage, ReusedStatementsBindEveryCallAndSurviveErrorsAndSchemaChanges)
{
    TempDb t;
    Database &db = t.db();
    AS_ASSERT_OK(db.run(u"CREATE TABLE cache_probe (id BIGINT PRIMARY KEY, name TEXT NOT NULL UNIQUE)"_s));
    const QString insert = u"INSERT INTO cache_probe (id, name) VALUES (?, ?) RETURNING id"_s;
    const QString byId = u"SELECT name FROM cache_probe WHERE id = ?"_s;
    for (int i = 1; i <= 3; ++i) {
        auto id = db.insertReturningId(insert, {i, u"n%1"_s.arg(i)});
        AS_ASSERT_OK(id);
        EXPECT_EQ(*id, i);
    }
    EXPECT_EQ(db.scalar(byId, {2})->toString(), u"n2"_s);
    EXPECT_EQ(db.scalar(byId, {3})->toString(), u"n3"_s);
    EXPECT_FALSE(db.scalar(byId, {9})->isValid()) << "no row: nothing left over from the last call";
    // A failing run of a reused statement (unique name) leaves it usable, and nothing half-written.
    EXPECT_FALSE(db.insertReturningId(insert, {4, u"n1"_s}).ok());
    AS_ASSERT_OK(db.insertReturningId(insert, {4, u"n4"_s}));
    EXPECT_EQ(db.scalar(u"SELECT count(*) FROM cache_probe"_s)->toInt(), 4);
    auto row = db.firstRow(u"SELECT id, name FROM cache_probe WHERE name = ?"_s, {u"n4"_s});
    AS_ASSERT_OK(row);
    ASSERT_EQ(row->size(), 2);
    EXPECT_EQ(row->at(0).toLongLong(), 4);
    EXPECT_TRUE(db.firstRow(u"SELECT id, name FROM cache_probe WHERE name = ?"_s, {u"none"_s})->isEmpty());
    // A reused statement inside a rolled-back transaction: the rollback undoes it and the statement still works.
    {
        auto tx = Transaction::begin(db);
        AS_ASSERT_OK(tx);
        AS_ASSERT_OK(db.insertReturningId(insert, {5, u"n5"_s}));
        EXPECT_EQ(db.execAffected(u"UPDATE cache_probe SET name = name || '!' WHERE id < ?"_s, {3}).value(), 2);
    }
    EXPECT_FALSE(db.scalar(byId, {5})->isValid());
    EXPECT_EQ(db.scalar(byId, {1})->toString(), u"n1"_s);
    // The schema changes under a prepared statement: SQLite prepares it again.
    AS_ASSERT_OK(db.run(u"ALTER TABLE cache_probe ADD COLUMN note TEXT"_s));
    AS_ASSERT_OK(db.run(u"UPDATE cache_probe SET note = 'x', name = 'm2' WHERE id = ?"_s, {2}));
    EXPECT_EQ(db.scalar(byId, {2})->toString(), u"m2"_s);
}

TEST(Storage, SharedModeUsesRollbackJournal)
{
    AS_SQLITE_ONLY();
    TempDb t(u"shared.db"_s, SqliteMode::Shared);
    EXPECT_EQ(t.db().sqliteMode(), SqliteMode::Shared);
    EXPECT_EQ(t.db().scalar(u"PRAGMA journal_mode"_s)->toString(), u"delete"_s);
    EXPECT_EQ(t.db().scalar(u"PRAGMA foreign_keys"_s)->toInt(), 1);
}

// Every older version upgrades to the same schema as a fresh database.
TEST(Storage, MigratesFromEmptyAndFromEveryOlderVersion)
{
    TempDb fresh;
    const QStringList expected = schemaOf(fresh.db());
    ASSERT_FALSE(expected.isEmpty());
    for (const Migrator::Migration &m : Migrator::all()) {
        TempDb t(u"v.db"_s, std::nullopt, m.version);
        EXPECT_EQ(t.db().schemaVersion(), m.version);
        t.close();
        if (m.version < Migrator::latestVersion()) {
            auto refused = t.openWithoutMigrating();
            ASSERT_FALSE(refused.ok());
            EXPECT_TRUE(refused.error().message.contains(u"aftersales-cli init"_s));
        }
        t.reopen();
        EXPECT_EQ(t.db().schemaVersion(), Migrator::latestVersion());
        EXPECT_EQ(schemaOf(t.db()), expected) << "from version " << m.version;
    }
}

TEST(Storage, RefusesNewerSchemaAndLeavesFileUntouched)
{
    TempDb t;
    AS_ASSERT_OK(t.db().exec(u"INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, 'future', '2030-01-01T00:00:00Z')"_s));
    t.close();   // the last connection folds the WAL into the file
    const QByteArray before = usingPostgres() ? QByteArray() : sha256(t.path());
    auto r = t.openWithoutMigrating();
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Error::Kind::State);
    EXPECT_TRUE(r.error().message.contains(u"newer version"_s)) << qPrintable(r.error().message);
    EXPECT_TRUE(r.error().message.contains(t.path())) << qPrintable(r.error().message);
    if (!usingPostgres()) {
        EXPECT_EQ(sha256(t.path()), before);
    }
}

TEST(Storage, RefusesFileThatIsNotADatabase)
{
    AS_SQLITE_ONLY();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"notes.db"_s);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("This is a shopping list, not a database.\n");
    f.close();
    const QByteArray before = sha256(path);
    OpenOptions o;
    o.location = path;
    auto r = Database::open(o);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(path));
    EXPECT_TRUE(r.error().message.contains(u"not an Aftersales database"_s)) << qPrintable(r.error().message);
    EXPECT_EQ(sha256(path), before);
}

TEST(Storage, RefusesOtherApplicationsSqliteFile)
{
    AS_SQLITE_ONLY();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"other.sqlite"_s);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw-other"_s);
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        ASSERT_TRUE(q.exec(u"CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)"_s));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"raw-other"_s);
    const QByteArray before = sha256(path);
    OpenOptions o;
    o.location = path;
    auto r = Database::open(o);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(u"not an Aftersales database"_s)) << qPrintable(r.error().message);
    EXPECT_EQ(sha256(path), before);
}

TEST(Storage, RefusesCorruptDatabase)
{
    AS_SQLITE_ONLY();
    TempDb t;
    t.close();
    {
        // Checkpointed file: overwrite the schema page with garbage, keep the header.
        QFile f(t.path());
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        f.seek(100);
        f.write(QByteArray(4000, '\xA5'));
        f.close();
        QFile::remove(t.path() + u"-wal"_s);
        QFile::remove(t.path() + u"-shm"_s);
    }
    const QByteArray before = sha256(t.path());
    OpenOptions o;
    o.location = t.path();
    auto r = Database::open(o);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(t.path())) << qPrintable(r.error().message);
    EXPECT_EQ(sha256(t.path()), before);
}

TEST(Storage, MissingFolderIsNamedAndNotCreated)
{
    AS_SQLITE_ONLY();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"no/such/folder/a.db"_s);
    OpenOptions o;
    o.location = path;
    auto r = Database::open(o);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Error::Kind::Io);
    EXPECT_TRUE(r.error().message.contains(dir.filePath(u"no/such/folder"_s))) << qPrintable(r.error().message);
    EXPECT_FALSE(QDir(dir.filePath(u"no"_s)).exists());
}

TEST(Storage, FolderPathIsNotADatabase)
{
    AS_SQLITE_ONLY();
    QTemporaryDir dir;
    OpenOptions o;
    o.location = dir.path();
    auto r = Database::open(o);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(u"folder"_s));
}

TEST(Storage, TransactionRollsBackUnlessCommitted)
{
    TempDb t;
    {
        auto tx = Transaction::begin(t.db());
        AS_ASSERT_OK(tx);
        AS_ASSERT_OK(t.db().exec(u"INSERT INTO settings (key, value, created_at, updated_at) VALUES ('a', '1', 'x', 'x')"_s));
    }
    EXPECT_EQ(t.db().transactionDepth(), 0);
    EXPECT_EQ(t.db().scalar(u"SELECT count(*) FROM settings WHERE key = 'a'"_s)->toInt(), 0);
    {
        auto tx = Transaction::begin(t.db());
        AS_ASSERT_OK(tx);
        AS_ASSERT_OK(t.db().exec(u"INSERT INTO settings (key, value, created_at, updated_at) VALUES ('b', '1', 'x', 'x')"_s));
        {
            auto inner = Transaction::begin(t.db());
            AS_ASSERT_OK(inner);
            EXPECT_EQ(t.db().transactionDepth(), 2);
            AS_ASSERT_OK(t.db().exec(u"INSERT INTO settings (key, value, created_at, updated_at) VALUES ('c', '1', 'x', 'x')"_s));
        }   // inner rolled back
        AS_ASSERT_OK(tx->commit());
    }
    EXPECT_EQ(t.db().scalar(u"SELECT count(*) FROM settings WHERE key = 'b'"_s)->toInt(), 1);
    EXPECT_EQ(t.db().scalar(u"SELECT count(*) FROM settings WHERE key = 'c'"_s)->toInt(), 0);
}

TEST(Storage, SqlErrorsBecomeResultsWithMessages)
{
    TempDb t;
    auto r = t.db().exec(u"SELECT no_such_column FROM customers"_s);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Error::Kind::Storage);
    EXPECT_TRUE(r.error().message.contains(u"no_such_column"_s));
}

TEST(Storage, AuditLogIsAppendOnly)
{
    TempDb t;
    AS_ASSERT_OK(t.db().exec(u"INSERT INTO audit_log (at, user_id, entity, entity_id, action) VALUES ('x', 1, 'customer', 1, 'create')"_s));
    auto upd = t.db().exec(u"UPDATE audit_log SET action = 'forged'"_s);
    EXPECT_FALSE(upd.ok());
    auto del = t.db().exec(u"DELETE FROM audit_log"_s);
    EXPECT_FALSE(del.ok());
    EXPECT_EQ(t.db().scalar(u"SELECT action FROM audit_log"_s)->toString(), u"create"_s);
}

TEST(Storage, MigrationScriptSplitterKeepsTriggerBodies)
{
    const QStringList parts = Migrator::splitStatements(
        u"CREATE TABLE a (x INTEGER);\n-- comment\nCREATE TRIGGER t AFTER INSERT ON a\nBEGIN\n    SELECT 1;\n    SELECT 2;\nEND;\n"
        "CREATE FUNCTION f() RETURNS trigger AS $$\nBEGIN\n  RETURN NULL;\nEND;\n$$ LANGUAGE plpgsql;\nSELECT 3;"_s);
    ASSERT_EQ(parts.size(), 4);
    EXPECT_TRUE(parts.at(1).contains(u"SELECT 2;"_s));
    EXPECT_TRUE(parts.at(2).contains(u"RETURN NULL"_s));
    EXPECT_EQ(parts.at(3), u"SELECT 3"_s);
}

// Areas number migrations in their own ranges: one with a lower number than the newest
// applied (an area's 01xx after the 06xx sessions table) is still applied on the next open.
TEST(Migrations, ALowerNumberedMigrationArrivingLaterIsApplied)
{
    AS_SQLITE_ONLY();
    TempDb t;
    for (const char *col : {"misuse", "quote_consent_at", "quote_consent_by"})
        ASSERT_TRUE(t.db().exec(QStringLiteral("ALTER TABLE service_orders DROP COLUMN %1").arg(QLatin1String(col))).ok());
    ASSERT_TRUE(t.db().exec(QStringLiteral("DELETE FROM schema_migrations WHERE version = 101")).ok());
    EXPECT_EQ(Migrator::pendingCount(t.db()).valueOr(-1), 1);
    t.reopen();
    EXPECT_EQ(Migrator::pendingCount(t.db()).valueOr(-1), 0);
    EXPECT_TRUE(t.db().exec(QStringLiteral("SELECT misuse, quote_consent_at, quote_consent_by FROM service_orders")).ok());
}
