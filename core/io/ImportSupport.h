#pragma once

#include "util/Result.h"

#include <QStringList>

namespace as {

class Database;

// Helpers for kinds that bulk-insert with explicit ids (BulkWriter).
namespace importsupport {
// Take the tables for the rest of the transaction (PostgreSQL: LOCK TABLE; SQLite's
// BEGIN IMMEDIATE already excludes other writers).
Status lockTables(Database &db, const QStringList &tables);
// The largest id in use (0 for an empty table).
Result<qint64> maxId(Database &db, const QString &table);
// After inserting explicit ids: move PostgreSQL's id sequences past them (no-op on SQLite).
Status syncSequences(Database &db, const QStringList &tables);
} // namespace importsupport

} // namespace as
