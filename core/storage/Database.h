#pragma once

#include "storage/Dialect.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <memory>
#include <optional>

struct sqlite3;

namespace as {

enum class SqliteMode {
    Local,   // a file on this PC: WAL journal
    Shared,  // a file in a shared (network) folder: rollback journal, WAL does not work there
};

struct OpenOptions
{
    QString location;                  // SQLite file path, or postgresql://user[:pw]@host[:port]/dbname
    std::optional<SqliteMode> mode;    // unset: Shared when the file sits on a network file system
    bool create = true;                // create a missing database file (never a missing folder)
    bool createFolder = false;         // also create a missing folder (the default location only)
    bool migrate = true;               // bring the schema to the current version
    int migrateTo = -1;                // tests: stop at this schema version (-1: latest)
    int busyTimeoutMs = 10000;
};

// One open connection to the application database. Lives in one thread.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(as::Database)

public:
    static Result<std::unique_ptr<Database>> open(const OpenOptions &options);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Backend backend() const { return m_dialect.backend(); }
    bool isSqlite() const { return m_dialect.isSqlite(); }
    const Dialect &dialect() const { return m_dialect; }
    SqliteMode sqliteMode() const { return m_mode; }
    const QString &location() const { return m_location; }   // never contains a password
    QString modeLabel() const;
    QSqlDatabase connection() const { return m_db; }
    sqlite3 *sqliteHandle() const;

    // Prepare, bind positional '?' parameters, execute. Forward-only.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &params = {});
    Result<QSqlQuery> prepare(const QString &sql);
    Status execPrepared(QSqlQuery &query, const QVariantList &params);
    // The helpers below read their result at once. On SQLite their statements are prepared once per
    // connection and reused (preparing was about a third of a simple stock posting's time).
    // A statement that returns no rows the caller wants (BEGIN, INSERT without RETURNING, ...).
    Status run(const QString &sql, const QVariantList &params = {});
    // First column of the first row (an invalid QVariant when there is no row).
    Result<QVariant> scalar(const QString &sql, const QVariantList &params = {});
    // Every column of the first row (empty when there is no row).
    Result<QVariantList> firstRow(const QString &sql, const QVariantList &params = {});
    // INSERT ... RETURNING id
    Result<qint64> insertReturningId(const QString &sql, const QVariantList &params);
    // Run a statement that must change exactly one row; 0 rows -> NotFound-or-Conflict decided by caller.
    Result<int> execAffected(const QString &sql, const QVariantList &params);

    Error errorFrom(const QSqlError &error, const QString &sql) const;

    int transactionDepth() const { return m_txDepth; }
    int schemaVersion() const { return m_schemaVersion; }

    // Changes committed by other connections (other PCs, other processes) bump this.
    Result<qint64> dataVersion();

    // Used by Transaction and Migrator.
    void setTransactionDepth(int depth) { m_txDepth = depth; }
    void setSchemaVersion(int v) { m_schemaVersion = v; }

    // Parse "postgresql://user[:password]@host[:port]/dbname"; nullopt when not such a URL.
    struct PgUrl { QString user, password, host, dbname; int port = 5432; };
    static std::optional<PgUrl> parsePgUrl(const QString &location);
    // True when the folder is on NFS/SMB/CIFS or another network file system.
    static bool isNetworkFileSystem(const QString &folder);

private:
    explicit Database(Backend backend);
    Status openSqlite(const OpenOptions &options);
    Status openPostgres(const OpenOptions &options, const PgUrl &url);
    Status applyPragmas();
    // Prepared (SQLite: from the cache), bound and executed; the caller reads it and calls finish().
    Result<QSqlQuery *> execCached(const QString &sql, const QVariantList &params);

    Dialect m_dialect;
    QString m_name;
    QString m_location;
    QSqlDatabase m_db;
    SqliteMode m_mode = SqliteMode::Local;
    int m_txDepth = 0;
    int m_schemaVersion = 0;
    QHash<QString, QSqlQuery> m_statements;   // SQLite: prepared statements by SQL text
    QSqlQuery m_scratch;                      // PostgreSQL: the statement execCached() ran last
};

} // namespace as
