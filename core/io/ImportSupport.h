#pragma once

#include "domain/Enums.h"
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

// Chinese words (Simplified or Traditional) for enumeration values in spreadsheets, whatever
// the UI language: chineseCode("channel", "电话") == "phone". Enums: channel, category,
// priority, complexity, customer_type.
std::optional<QString> chineseCode(const char *enumName, const QString &text);

// The code, the English or translated label, or a Chinese word.
template <typename E>
std::optional<E> parseChoice(const char *enumName, const QString &text)
{
    if (auto e = fromCodeOrLabel<E>(text))
        return e;
    if (auto c = chineseCode(enumName, text.trimmed()))
        return fromCode<E>(*c);
    return std::nullopt;
}
} // namespace importsupport

} // namespace as
