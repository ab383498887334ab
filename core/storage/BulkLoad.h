#pragma once

#include "util/Result.h"

#include <QStringList>

namespace as {

class Database;

// Loading many rows into a few tables inside one transaction: secondary indexes and
// search-index triggers of those tables are dropped first and rebuilt once at the end
// (sorting once is far cheaper than millions of random B-tree inserts, and FTS5 flushes
// a segment per statement). Everything happens inside the caller's transaction, so a
// failure rolls the drops back as well.
class BulkLoad
{
public:
    // `keepIndexes`: indexes the load appends to in key order (cheaper to keep than to rebuild).
    BulkLoad(Database &db, QStringList tables, QStringList keepIndexes = {})
        : m_db(db), m_tables(std::move(tables)), m_keep(std::move(keepIndexes)) {}
    Status begin();    // inside an open transaction
    Status finish();   // recreate indexes and triggers, rebuild search indexes

private:
    Database &m_db;
    QStringList m_tables;
    QStringList m_keep;
    QStringList m_recreate;
    QStringList m_rebuild;
};

} // namespace as
