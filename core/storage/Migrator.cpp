#include "storage/Migrator.h"

#include "storage/Database.h"
#include "storage/Transaction.h"
#include "util/Time.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace as {

QList<Migrator::Migration> Migrator::all()
{
    static const QList<Migration> cached = [] {
        QList<Migration> list;
        static const QRegularExpression re(u"^(\\d{4})_(.+)\\.sql$"_s);
        const auto entries = QDir(u":/migrations"_s).entryList(QDir::Files, QDir::Name);
        for (const QString &name : entries) {
            const auto m = re.match(name);
            if (m.hasMatch())
                list.append({m.captured(1).toInt(), m.captured(2), u":/migrations/"_s + name});
        }
        std::sort(list.begin(), list.end(), [](const Migration &a, const Migration &b) { return a.version < b.version; });
        return list;
    }();
    return cached;
}

int Migrator::latestVersion()
{
    const auto list = all();
    return list.isEmpty() ? 0 : list.last().version;
}

Result<int> Migrator::currentVersion(Database &db)
{
    QString existsSql = db.isSqlite()
        ? u"SELECT count(*) FROM sqlite_master WHERE type='table' AND name='schema_migrations'"_s
        : u"SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'schema_migrations'"_s;
    auto exists = db.scalar(existsSql);
    if (!exists)
        return exists.error();
    if (exists->toInt() == 0) {
        if (!db.isSqlite())
            return 0;
        auto tables = db.scalar(u"SELECT count(*) FROM sqlite_master WHERE type='table'"_s);
        if (!tables)
            return tables.error();
        return tables->toInt() == 0 ? 0 : -1;
    }
    auto v = db.scalar(u"SELECT COALESCE(MAX(version), 0) FROM schema_migrations"_s);
    if (!v)
        return v.error();
    return v->toInt();
}

QStringList Migrator::splitStatements(const QString &script)
{
    QStringList out;
    QString current;
    bool inTrigger = false;
    bool inDollar = false;
    const auto lines = script.split(u'\n');
    for (const QString &line : lines) {
        const QString t = line.trimmed();
        if (current.trimmed().isEmpty() && (t.isEmpty() || t.startsWith(u"--"_s)))
            continue;
        if (current.trimmed().isEmpty() && t.startsWith(u"CREATE TRIGGER"_s, Qt::CaseInsensitive))
            inTrigger = true;
        current += line + u'\n';
        if (line.count(u"$$"_s) % 2 == 1)
            inDollar = !inDollar;
        if (inDollar)
            continue;
        bool end = false;
        if (inTrigger)
            end = t.compare(u"END;"_s, Qt::CaseInsensitive) == 0;
        else
            end = t.endsWith(u';');
        if (end) {
            QString stmt = current.trimmed();
            if (stmt.endsWith(u';') && !inTrigger)
                stmt.chop(1);
            out << stmt;
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

Result<QSet<int>> Migrator::appliedVersions(Database &db)
{
    QSet<int> out;
    auto current = currentVersion(db);
    if (!current)
        return current.error();
    if (*current <= 0)
        return out;
    auto q = db.exec(u"SELECT version FROM schema_migrations"_s);
    if (!q)
        return q.error();
    while (q->next())
        out.insert(q->value(0).toInt());
    return out;
}

Result<int> Migrator::pendingCount(Database &db, int target)
{
    auto applied = appliedVersions(db);
    if (!applied)
        return applied.error();
    if (target < 0)
        target = latestVersion();
    int n = 0;
    for (const Migration &m : all())
        if (m.version <= target && !applied->contains(m.version))
            ++n;
    return n;
}

Status Migrator::migrate(Database &db, int target)
{
    // Every migration not applied yet, in version order: areas number their migrations in
    // their own ranges, so a lower number can arrive after a higher one was applied.
    auto applied = appliedVersions(db);
    if (!applied)
        return applied.error();
    if (target < 0)
        target = latestVersion();
    for (const Migration &m : all()) {
        if (applied->contains(m.version) || m.version > target)
            continue;
        QFile f(m.path);
        if (!f.open(QIODevice::ReadOnly))
            return Error::storage(tr("Migration %1 is missing from the program.").arg(m.path));
        const QString script = db.dialect().expandMigration(QString::fromUtf8(f.readAll()));
        auto tx = Transaction::begin(db);
        if (!tx)
            return tx.error();
        for (const QString &stmt : splitStatements(script)) {
            auto q = db.exec(stmt);
            if (!q)
                return Error::storage(tr("Upgrading the database to schema %1 (%2) failed: %3")
                                          .arg(m.version).arg(m.name, q.error().message));
        }
        auto rec = db.exec(u"INSERT INTO schema_migrations(version, name, applied_at) VALUES (?, ?, ?)"_s,
                           {m.version, m.name, time::toDb(QDateTime::currentDateTimeUtc())});
        if (!rec)
            return rec.error();
        AS_TRY(tx->commit());
        db.setSchemaVersion(m.version);
    }
    if (!db.isSqlite())
        AS_TRY(ensureChangeNotifications(db));
    return {};
}

Status Migrator::ensureChangeNotifications(Database &db)
{
    // Every table (whichever migration created it) tells listeners that it changed,
    // so other PCs refresh their views (ChangeWatcher LISTENs on aftersales_changes).
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    AS_TRY(db.exec(u"CREATE OR REPLACE FUNCTION aftersales_notify_change() RETURNS trigger AS $$\n"
                   "BEGIN\n    PERFORM pg_notify('aftersales_changes', TG_TABLE_NAME);\n    RETURN NULL;\nEND;\n"
                   "$$ LANGUAGE plpgsql"_s));
    AS_TRY(db.exec(u"DO $$\nDECLARE t text;\nBEGIN\n"
                   "  FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace\n"
                   "           WHERE n.nspname = current_schema() AND c.relkind = 'r'\n"
                   "             AND c.relname NOT IN ('schema_migrations', 'sessions', 'audit_log', 'kpi_month_cache')\n"
                   "             AND NOT EXISTS (SELECT 1 FROM pg_trigger g WHERE g.tgrelid = c.oid AND g.tgname = c.relname || '_notify')\n"
                   "  LOOP\n"
                   "    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH STATEMENT "
                   "EXECUTE FUNCTION aftersales_notify_change()', t || '_notify', t);\n"
                   "  END LOOP;\nEND $$"_s));
    return tx->commit();
}

} // namespace as
