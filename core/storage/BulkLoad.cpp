#include "storage/BulkLoad.h"

#include "storage/Database.h"

using namespace Qt::Literals::StringLiterals;

namespace as {

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
            // Only the insert trigger of a search index is dropped; updates/deletes keep theirs.
            if (type == u"trigger"_s) {
                if (!name.endsWith(u"_fts_ai"_s))
                    continue;
                m_ftsTables << name.chopped(3);
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
    for (const QString &sql : m_recreate)
        AS_TRY(m_db.exec(sql));
    for (const QString &fts : m_ftsTables)
        AS_TRY(m_db.exec(u"INSERT INTO "_s + fts + u"("_s + fts + u") VALUES ('rebuild')"_s));
    m_recreate.clear();
    m_ftsTables.clear();
    return {};
}

} // namespace as
