#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

namespace as {

class Database;

// A list over a large table, read a page at a time with keyset pagination
// (WHERE (sort, key) > (last sort, last key) ... LIMIT n): no OFFSET, no query
// left open between pages, cost independent of how far the user has scrolled.
// Built in core (so benchmarks and tests use the exact SQL the GUI runs);
// the ui layer wraps it in a table model.
class ListQuery
{
    Q_DECLARE_TR_FUNCTIONS(as::ListQuery)

public:
    struct Column {
        QString expr;      // SQL expression producing the raw value
        QString sortExpr;  // expression to sort by; empty: not sortable. Must not be NULL.
    };

    QList<Column> columns;
    QString from;                 // "customers c LEFT JOIN ..."
    QStringList where;            // ANDed conditions with '?' placeholders
    QVariantList params;          // for `where`, in order
    QString keyExpr;              // unique, non-null (usually the primary key)
    int sortColumn = -1;          // index into columns; -1: by key
    bool descending = false;

    void addCondition(const QString &condition, const QVariantList &conditionParams = {});

    struct Page {
        QList<QVector<QVariant>> rows;   // one value per column, then the sort value and the key
        bool atEnd = false;
    };
    // First page, or the page after (lastSort, lastKey) from the previous page's last row.
    Result<Page> fetch(Database &db, int limit, const QVariant &lastSort = {}, const QVariant &lastKey = {}) const;
    Result<qint64> count(Database &db) const;
    // The SQL of the first page (for benchmarks comparing with the sqlite3 shell).
    QString firstPageSql(int limit) const;

private:
    QString sortExpression() const;
    QString buildSql(bool after, int limit) const;
};

} // namespace as
