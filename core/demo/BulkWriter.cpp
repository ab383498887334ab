#include "demo/BulkWriter.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <thread>

using namespace Qt::Literals::StringLiterals;

namespace as {

namespace {

class SqliteBulkWriter final : public BulkWriter
{
    Q_DECLARE_TR_FUNCTIONS(as::BulkWriter)

public:
    explicit SqliteBulkWriter(sqlite3 *h) : m_h(h) {}
    ~SqliteBulkWriter() override
    {
        (void)wait();
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_stop = true;
        }
        m_cv.notify_all();
        if (m_worker.joinable())
            m_worker.join();
        for (sqlite3_stmt *s : m_stmts)
            sqlite3_finalize(s);
    }

protected:
    // Hand the rows to the worker thread and return; the next call waits for it first.
    Status writeTables(std::vector<Table> &tables) override
    {
        AS_TRY(wait());
        if (!m_worker.joinable())
            m_worker = std::thread([this] { workerLoop(); });
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            if (m_job.size() != tables.size())
                m_job.resize(tables.size());
            for (size_t i = 0; i < tables.size(); ++i) {
                m_job[i].columns = tables[i].columns;
                m_job[i].single = tables[i].single;
                m_job[i].multi = tables[i].multi;
                m_job[i].rowsPerStatement = tables[i].rowsPerStatement;
                std::swap(m_job[i].cells, tables[i].cells);
                tables[i].cells.clear();
            }
            m_pending = true;
        }
        m_cv.notify_all();
        return {};
    }

    Status wait() override
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_cv.wait(lock, [this] { return !m_pending; });
        Status st = m_result;
        m_result = {};
        return st;
    }

    Result<int> prepare(const QString &sql) override
    {
        sqlite3_stmt *stmt = nullptr;
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(m_h, utf8.constData(), int(utf8.size()), &stmt, nullptr) != SQLITE_OK)
            return Error::storage(tr("Database error: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_h))));
        m_stmts.push_back(stmt);
        return int(m_stmts.size() - 1);
    }

    Status execute(int statement, const Value *cells, int rows, int columns) override
    {
        sqlite3_stmt *s = m_stmts.at(size_t(statement));
        const int n = rows * columns;
        for (int k = 0; k < n; ++k) {
            {
                const int param = k + 1;
                const Value &v = cells[k];
                switch (v.type) {
                case Value::Null: sqlite3_bind_null(s, param); break;
                case Value::Int: sqlite3_bind_int64(s, param, v.i); break;
                case Value::Text: sqlite3_bind_text(s, param, v.text.constData(), int(v.text.size()), SQLITE_STATIC); break;
                }
            }
        }
        const int rc = sqlite3_step(s);
        sqlite3_reset(s);
        if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
            const QString msg = QString::fromUtf8(sqlite3_errmsg(m_h));
            if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                return Error{Error::Kind::Busy, tr("The database is busy: another PC kept it locked for too long. Nothing was saved; please try again."), {}};
            if (rc == SQLITE_CONSTRAINT)
                return Error::validation(tr("The change conflicts with existing data (%1).").arg(msg));
            return Error::storage(tr("Database error: %1").arg(msg));
        }
        return {};
    }

private:
    void workerLoop()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        for (;;) {
            m_cv.wait(lock, [this] { return m_pending || m_stop; });
            if (m_stop && !m_pending)
                return;
            lock.unlock();
            Status st;
            for (Table &t : m_job) {
                if (st.ok())
                    st = flushTable(t);
                t.cells.clear();
            }
            lock.lock();
            m_result = st;
            m_pending = false;
            m_cv.notify_all();
        }
    }

    sqlite3 *m_h;
    std::vector<sqlite3_stmt *> m_stmts;
    std::thread m_worker;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::vector<Table> m_job;
    bool m_pending = false;
    bool m_stop = false;
    Status m_result;
};

class QtBulkWriter final : public BulkWriter
{
public:
    explicit QtBulkWriter(Database &db) : m_db(db) {}

protected:
    Result<int> prepare(const QString &sql) override
    {
        auto q = m_db.prepare(sql);
        if (!q)
            return q.error();
        m_queries.push_back(*q);
        return int(m_queries.size() - 1);
    }

    Status execute(int statement, const Value *cells, int rows, int columns) override
    {
        QSqlQuery &q = m_queries.at(size_t(statement));
        const int n = rows * columns;
        for (int param = 0; param < n; ++param) {
            {
                const Value &v = cells[param];
                switch (v.type) {
                case Value::Null: q.bindValue(param, QVariant(QMetaType::fromType<QString>())); break;
                case Value::Int: q.bindValue(param, v.i); break;
                // An empty text is '' (not NULL): a null QString would be bound as NULL.
                case Value::Text: q.bindValue(param, v.text.isEmpty() ? QString(u""_s) : QString::fromUtf8(v.text)); break;
                }
            }
        }
        if (!q.exec())
            return m_db.errorFrom(q.lastError(), q.lastQuery());
        q.finish();
        return {};
    }

private:
    Database &m_db;
    std::vector<QSqlQuery> m_queries;
};

QString insertSql(const QString &table, const QStringList &columns, int rows)
{
    QStringList marks(columns.size(), u"?"_s);
    const QString one = u"("_s + marks.join(u", "_s) + u')';
    QStringList values(rows, one);
    return u"INSERT INTO "_s + table + u" ("_s + columns.join(u", "_s) + u") VALUES "_s + values.join(u", "_s);
}

} // namespace

std::unique_ptr<BulkWriter> BulkWriter::create(Database &db)
{
    if (sqlite3 *h = db.sqliteHandle())
        return std::make_unique<SqliteBulkWriter>(h);
    return std::make_unique<QtBulkWriter>(db);
}

Result<int> BulkWriter::table(const QString &name, const QStringList &columns)
{
    Table t;
    t.name = name;
    t.columns = columns;
    // At most ~2000 parameters a statement; at most 64 rows.
    t.rowsPerStatement = std::clamp(2000 / int(std::max<qsizetype>(1, columns.size())), 1, 64);
    auto single = prepare(insertSql(name, columns, 1));
    if (!single)
        return single.error();
    t.single = *single;
    if (t.rowsPerStatement > 1) {
        auto multi = prepare(insertSql(name, columns, t.rowsPerStatement));
        if (!multi)
            return multi.error();
        t.multi = *multi;
    }
    t.cells.reserve(size_t(kBufferRows) * size_t(columns.size()));
    m_tables.push_back(std::move(t));
    return int(m_tables.size() - 1);
}

Status BulkWriter::add(int table, Row row)
{
    Table &t = m_tables.at(size_t(table));
    Q_ASSERT(row.size() == t.columns.size());
    for (Value &v : row)
        t.cells.push_back(std::move(v));
    if (t.cells.size() >= size_t(kBufferRows) * size_t(t.columns.size()))
        return flush();
    return {};
}

Status BulkWriter::writeTables(std::vector<Table> &tables)
{
    for (Table &t : tables)
        AS_TRY(flushTable(t));
    return {};
}

Status BulkWriter::flushTable(Table &t)
{
    const int cols = int(t.columns.size());
    const int n = int(t.cells.size()) / cols;
    int i = 0;
    if (t.multi >= 0)
        for (; i + t.rowsPerStatement <= n; i += t.rowsPerStatement)
            AS_TRY(execute(t.multi, t.cells.data() + size_t(i) * size_t(cols), t.rowsPerStatement, cols));
    for (; i < n; ++i)
        AS_TRY(execute(t.single, t.cells.data() + size_t(i) * size_t(cols), 1, cols));
    t.cells.clear();
    return {};
}

Status BulkWriter::flush()
{
    for (const Table &t : m_tables)
        m_written += qint64(t.cells.size()) / std::max<qint64>(1, t.columns.size());
    return writeTables(m_tables);
}

Status BulkWriter::finish()
{
    AS_TRY(flush());
    return wait();
}

} // namespace as
