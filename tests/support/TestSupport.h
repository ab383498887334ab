#pragma once

#include "services/Actor.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace as::test {

// A fresh, migrated database in a temporary folder (real SQLite file), or, when
// AFTERSALES_TEST_PG is set (postgresql://user@host:port/maintenance-db), a fresh
// PostgreSQL database created for the test and dropped afterwards.
bool usingPostgres();
#define AS_SQLITE_ONLY()                                                         \
    do {                                                                         \
        if (::as::test::usingPostgres())                                         \
            GTEST_SKIP() << "SQLite file behaviour; not applicable to PostgreSQL"; \
    } while (false)

// Tests that read ../shared/data skip (and say so) on a checkout without it; the datasets are
// never copied into the repository.
#define AS_REQUIRE_SHARED_DATA(file)                                             \
    do {                                                                         \
        if (!QFile::exists(::as::test::sharedData(file)))                        \
            GTEST_SKIP() << "shared data not available: " << qPrintable(::as::test::sharedData(file)); \
    } while (false)

class TempDb
{
public:
    explicit TempDb(const QString &name = QStringLiteral("test.db"), std::optional<SqliteMode> mode = std::nullopt,
                    int migrateTo = -1);
    ~TempDb();
    TempDb(const TempDb &) = delete;
    TempDb &operator=(const TempDb &) = delete;
    Database &db() { return *m_db; }
    QString path() const { return m_path; }         // file path, or the postgresql:// location
    QString dir() const { return m_dir.path(); }
    void reopen(int migrateTo = -1);
    // Open again without migrating (nullptr and the error when refused).
    Result<std::unique_ptr<Database>> openWithoutMigrating() const;
    void close() { m_db.reset(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::optional<SqliteMode> m_mode;
    QString m_pgName;
    std::unique_ptr<Database> m_db;
};

// Fixed "now": Monday 2026-11-23 10:00 in Asia/Shanghai (02:00 UTC).
QDateTime testNow();

// Unwrap a Result in a test, failing with its message.
#define AS_ASSERT_OK(expr)                                                                   \
    do {                                                                                     \
        const auto &as_r_ = (expr);                                                          \
        ASSERT_TRUE(as_r_.ok()) << qPrintable(as_r_.ok() ? QString() : as_r_.error().message); \
    } while (false)
#define AS_EXPECT_OK(expr)                                                                   \
    do {                                                                                     \
        const auto &as_r_ = (expr);                                                          \
        EXPECT_TRUE(as_r_.ok()) << qPrintable(as_r_.ok() ? QString() : as_r_.error().message); \
    } while (false)

struct ProcessResult {
    int exitCode = -1;
    QString out;
    QString err;
};
// Run the CLI (or another program) and collect its output.
ProcessResult runCli(const QStringList &args, const QByteArray &stdinData = {}, const QStringList &extraEnv = {});
ProcessResult runProgram(const QString &program, const QStringList &args, int timeoutMs = 120000,
                         const QStringList &extraEnv = {});

QString sharedData(const QString &file);   // ../shared/data/<file>
QString testData(const QString &file);     // tests/data/<file>
QByteArray sha256(const QString &path);

} // namespace as::test

QT_BEGIN_NAMESPACE
inline void PrintTo(const QString &s, std::ostream *os) { *os << s.toStdString(); }
QT_END_NAMESPACE
