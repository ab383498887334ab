#include "io/ImportSupport.h"

#include "storage/Database.h"

using namespace Qt::Literals::StringLiterals;

namespace as::importsupport {

Status lockTables(Database &db, const QStringList &tables)
{
    if (db.isSqlite())
        return {};
    for (const QString &t : tables)
        AS_TRY(db.exec(u"LOCK TABLE "_s + t + u" IN EXCLUSIVE MODE"_s));
    return {};
}

Result<qint64> maxId(Database &db, const QString &table)
{
    auto v = db.scalar(u"SELECT COALESCE(MAX(id), 0) FROM "_s + table);
    if (!v)
        return v.error();
    return v->toLongLong();
}

Status syncSequences(Database &db, const QStringList &tables)
{
    if (db.isSqlite())
        return {};
    for (const QString &t : tables)
        AS_TRY(db.exec(u"SELECT setval(pg_get_serial_sequence('"_s + t + u"', 'id'), (SELECT GREATEST(MAX(id), 1) FROM "_s + t + u"))"_s));
    return {};
}

} // namespace as::importsupport
