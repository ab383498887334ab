#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace as {

class Database;
class Clock;

// Backups of an SQLite database: consistent online copies (SQLite backup API), each
// verified with PRAGMA integrity_check before it is given its final name; automatic
// backups on a schedule and before every schema upgrade, rotated (7 daily, 4 weekly,
// 12 monthly); restore refusing while other sessions use the database.
// PostgreSQL sites back up with the server's own tools (pg_dump); these refuse there.
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(as::BackupService)

public:
    struct Info { QString path; QDateTime at; qint64 bytes = 0; };

    BackupService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // Default folder: "aftersales-backups" next to the database file.
    static QString defaultFolder(const QString &databasePath);
    // Copy the live database to `file` (written under a temporary name, verified, then renamed).
    Result<Info> backupTo(const QString &file);
    // A timestamped backup in `folder` (created if missing), then rotation. `tag` ends the file name.
    Result<Info> backupToFolder(const QString &folder, const QString &tag = {});
    // A backup when the last one (site setting backup.last_at) is older than `intervalHours`.
    Result<std::optional<Info>> backupIfDue(const QString &folder, int intervalHours = 24);
    // Keep the newest backup of each of the last 7 days, 4 weeks and 12 months; delete the rest.
    static Result<QStringList> rotate(const QString &folder, const QDateTime &now);
    static QList<Info> list(const QString &folder);   // newest first
    // Is `file` an intact Aftersales database this program can open? (integrity, schema version)
    static Status verify(const QString &file);
    // Replace the live database's content with `file` (after a safety backup of the current
    // content). Refuses while other sessions are active.
    Status restoreFrom(const QString &file, const QString &safetyFolder, qint64 ownSessionId = 0);
    // At start, when the database file is damaged: move it aside and put a copy of `backup`
    // in its place. Returns the path the damaged file was moved to.
    static Result<QString> replaceDamagedFile(const QString &databasePath, const QString &backup);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace as
