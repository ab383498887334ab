#pragma once

#include <QString>

namespace as {

enum class Backend { Sqlite, Postgres };

// Every difference between SQLite and PostgreSQL SQL lives here.
class Dialect
{
public:
    explicit Dialect(Backend b) : m_backend(b) {}
    Backend backend() const { return m_backend; }
    bool isSqlite() const { return m_backend == Backend::Sqlite; }

    // Expand the placeholders used in migration files:
    //   {{PK}}  a 64-bit generated primary key
    //   {{WITHOUT_ROWID}}  table option for tables clustered on their primary key (SQLite)
    // and keep only the blocks for this backend:
    //   -- @sqlite ... -- @end   /   -- @postgres ... -- @end
    QString expandMigration(const QString &sql) const;

    // 1-based position of needle in haystack, 0 when absent (instr / strpos).
    QString instr(const QString &haystack, const QString &needle) const;
    // Case-insensitive LIKE.
    QString ilike() const { return isSqlite() ? QStringLiteral("LIKE") : QStringLiteral("ILIKE"); }
    // Cast text to a number in an expression.
    QString toInteger(const QString &expr) const;

private:
    Backend m_backend;
};

} // namespace as
