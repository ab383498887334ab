#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include <memory>
#include <vector>

namespace as {

class Database;

// Fast loading of many rows (demo data, large imports) inside the caller's transaction.
// Rows are buffered per table and written with multi-row INSERT statements; when one
// table's buffer is full every table is flushed in registration order, so register
// parents before children and foreign keys hold at every statement.
// On SQLite it binds through the C API; elsewhere it uses QSqlQuery.
class BulkWriter
{
public:
    struct Value {
        enum Type : unsigned char { Null, Int, Text } type = Null;
        qint64 i = 0;
        QByteArray text;   // UTF-8
    };
    using Row = QVarLengthArray<Value, 16>;

    static std::unique_ptr<BulkWriter> create(Database &db);
    virtual ~BulkWriter() = default;

    // Register a table and its columns; returns the handle for add().
    Result<int> table(const QString &name, const QStringList &columns);
    Status add(int table, Row row);
    // Write buffered rows. May return before they are written (SQLite writes on a
    // worker thread while the caller prepares more rows); finish() waits.
    Status flush();
    // Write everything and wait: call before using the database directly again.
    Status finish();
    qint64 rowsWritten() const { return m_written; }

    static Value null() { return {}; }
    static Value integer(qint64 v) { Value x; x.type = Value::Int; x.i = v; return x; }
    static Value text(QByteArray utf8) { Value x; x.type = Value::Text; x.text = std::move(utf8); return x; }
    static Value text(const QString &s) { return text(s.toUtf8()); }
    // A string literal or other text that outlives the writer: no copy.
    static Value lit(const char *utf8) { return text(QByteArray::fromRawData(utf8, qsizetype(qstrlen(utf8)))); }
    static Value textOrNull(QByteArray utf8) { return utf8.isEmpty() ? null() : text(std::move(utf8)); }

protected:
    struct Table {
        QString name;
        QStringList columns;
        int single = -1;
        int multi = -1;
        int rowsPerStatement = 1;
        std::vector<Value> cells;   // rows flattened, `columns.size()` values each
    };
    // Write the given tables' cells (in order) and clear them. Synchronous by default.
    virtual Status writeTables(std::vector<Table> &tables);
    virtual Status wait() { return {}; }
    Status flushTable(Table &t);

    // Prepare "INSERT INTO t (cols) VALUES (...)" for `rows` rows; returns a statement id.
    virtual Result<int> prepare(const QString &sql) = 0;
    virtual Status execute(int statement, const Value *cells, int rows, int columns) = 0;

private:
    std::vector<Table> m_tables;
    qint64 m_written = 0;
    static constexpr int kBufferRows = 4096;
};

} // namespace as
