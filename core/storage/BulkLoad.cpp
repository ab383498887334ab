#include "storage/BulkLoad.h"

#include "storage/Database.h"

using namespace Qt::Literals::StringLiterals;

namespace as {

namespace {

// Derived indexes maintained by "<name>_ai" insert triggers, and how to rebuild them
// in one set-based pass after a bulk load.
QStringList rebuildStatements(const QString &trigger, bool sqlite)
{
    if (trigger.endsWith(u"_fts_ai"_s)) {
        const QString fts = trigger.chopped(3);
        return {u"INSERT INTO "_s + fts + u"("_s + fts + u") VALUES ('rebuild')"_s};
    }
    // KPI cache invalidation (migration 0701): dropped for the load, the whole cache emptied once.
    if (trigger.contains(u"_kpi_cache_"_s))
        return {u"DELETE FROM kpi_month_cache"_s};
    if (trigger == u"customers_grams_ai"_s) {
        const QString code = sqlite ? u"unicode"_s : u"ascii"_s;
        // CROSS JOIN keeps `integers` innermost, searched by range (n <= length - len + 1).
        return {u"DELETE FROM customer_name_grams"_s,
                u"INSERT INTO customer_name_grams (gram, customer_id) "
                "SELECT substr(c.name, i.n, g.len), c.id "
                "FROM customers c CROSS JOIN (SELECT 1 AS len UNION ALL SELECT 2) g CROSS JOIN integers i "
                "WHERE i.n <= length(c.name) - g.len + 1 AND "_s + code + u"(substr(c.name, i.n, 1)) >= 11904 "
                "AND "_s + code + u"(substr(c.name, i.n + g.len - 1, 1)) >= 11904 ORDER BY 1, 2 ON CONFLICT DO NOTHING"_s};
    }
    return {};
}

} // namespace

Status BulkLoad::begin()
{
    QStringList quoted;
    for (const QString &t : m_tables)
        quoted << u'\'' + t + u'\'';
    const QString in = u"("_s + quoted.join(u", "_s) + u')';
    QStringList drops;
    if (m_db.isSqlite()) {
        auto q = m_db.exec(u"SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL "
                           "AND tbl_name IN "_s + in);
        if (!q)
            return q.error();
        while (q->next()) {
            const QString type = q->value(0).toString();
            const QString name = q->value(1).toString();
            const QString sql = q->value(2).toString();
            // Keep unique indexes: they guard the data being loaded.
            if (type == u"index"_s && (sql.startsWith(u"CREATE UNIQUE"_s, Qt::CaseInsensitive) || m_keep.contains(name)))
                continue;
            if (type == u"trigger"_s) {
                const QStringList rebuild = rebuildStatements(name, true);
                if (rebuild.isEmpty())
                    continue;   // ordinary triggers stay
                m_rebuild << rebuild;
            }
            drops << (type == u"index"_s ? u"DROP INDEX "_s : u"DROP TRIGGER "_s) + name;
            m_recreate << sql;
        }
    } else {
        auto q = m_db.exec(u"SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename IN "_s + in +
                           u" AND indexdef NOT LIKE '%UNIQUE%'"_s);
        if (!q)
            return q.error();
        while (q->next()) {
            if (m_keep.contains(q->value(0).toString()))
                continue;
            drops << u"DROP INDEX "_s + q->value(0).toString();
            m_recreate << q->value(1).toString();
        }
    }
    for (const QString &d : drops)
        AS_TRY(m_db.exec(d));
    if (m_db.isSqlite())
        AS_TRY(m_db.exec(u"PRAGMA threads=2"_s));
    return {};
}

Status BulkLoad::finish()
{
    for (const QString &sql : m_rebuild)
        AS_TRY(m_db.exec(sql));
    for (const QString &sql : m_recreate)
        AS_TRY(m_db.exec(sql));
    m_recreate.clear();
    m_rebuild.clear();
    return {};
}

} // namespace as
