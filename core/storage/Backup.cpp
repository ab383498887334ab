#include "storage/Backup.h"

#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/Sessions.h"
#include "util/Clock.h"
#include "util/Time.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <sqlite3.h>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace as {

namespace {

const QRegularExpression kName(u"^aftersales-(\\d{8})-(\\d{6})(?:-[A-Za-z0-9_-]+)?\\.db$"_s);

struct Handle {
    sqlite3 *h = nullptr;
    ~Handle() { sqlite3_close(h); }
};

QString sqliteError(sqlite3 *h)
{
    return h ? QString::fromUtf8(sqlite3_errmsg(h)) : QStringLiteral("out of memory");
}

// Copy all pages of src "main" into dst "main" (one pass).
int copyPages(sqlite3 *dst, sqlite3 *src)
{
    sqlite3_backup *b = sqlite3_backup_init(dst, "main", src, "main");
    if (!b)
        return sqlite3_errcode(dst);
    int rc;
    int waits = 0;   // up to ~30 s for other writers to finish
    do {
        rc = sqlite3_backup_step(b, -1);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            if (++waits > 600)
                break;
            sqlite3_sleep(50);
        }
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    const int fin = sqlite3_backup_finish(b);
    return rc == SQLITE_DONE ? fin : rc;
}

} // namespace

QString BackupService::defaultFolder(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(u"aftersales-backups"_s);
}

Status BackupService::verify(const QString &file)
{
    if (!QFileInfo::exists(file))
        return Error::notFound(tr("The backup %1 does not exist.").arg(file));
    Handle src;
    if (sqlite3_open_v2(QFile::encodeName(file).constData(), &src.h, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return Error::storage(tr("The backup %1 cannot be opened: %2").arg(file, sqliteError(src.h)));
    sqlite3_stmt *st = nullptr;
    QStringList problems;
    if (sqlite3_prepare_v2(src.h, "PRAGMA integrity_check", -1, &st, nullptr) == SQLITE_OK) {
        while (sqlite3_step(st) == SQLITE_ROW) {
            const QString line = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
            if (line != u"ok"_s)
                problems << line;
        }
    } else {
        problems << sqliteError(src.h);
    }
    sqlite3_finalize(st);
    if (!problems.isEmpty())
        return Error::storage(tr("The backup %1 is damaged: %2").arg(file, problems.mid(0, 3).join(u"; "_s)));
    int version = -1;
    if (sqlite3_prepare_v2(src.h, "SELECT max(version) FROM schema_migrations", -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        version = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    if (version <= 0)
        return Error::storage(tr("%1 is not an Aftersales backup.").arg(file));
    if (version > Migrator::latestVersion())
        return Error::state(tr("The backup %1 was made by a newer version of Aftersales (schema %2).").arg(file).arg(version));
    return {};
}

Result<BackupService::Info> BackupService::backupTo(const QString &file)
{
    if (!m_db.isSqlite())
        return Error::state(tr("This database is on a PostgreSQL server: back it up with the server's tools (pg_dump)."));
    const QFileInfo target(file);
    if (!target.absoluteDir().exists())
        return Error::io(tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(target.absolutePath())));
    if (!QFileInfo(target.absolutePath()).isWritable())
        return Error::io(tr("The folder %1 is read-only.").arg(QDir::toNativeSeparators(target.absolutePath())));
    const QString partial = target.absoluteFilePath() + u".partial"_s;
    QFile::remove(partial);
    {
        Handle dst;
        if (sqlite3_open_v2(QFile::encodeName(partial).constData(), &dst.h, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
            SQLITE_OK)
            return Error::io(tr("The backup file %1 cannot be created: %2").arg(partial, sqliteError(dst.h)));
        const int rc = copyPages(dst.h, m_db.sqliteHandle());
        if (rc != SQLITE_OK) {
            const QString msg = sqliteError(dst.h);
            sqlite3_close(dst.h);
            dst.h = nullptr;
            QFile::remove(partial);
            return Error::storage(tr("Backing up to %1 failed: %2").arg(file, msg));
        }
        sqlite3_exec(dst.h, "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr);
    }
    Status ok = verify(partial);
    if (!ok) {
        QFile::remove(partial);
        return ok.error();
    }
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(target.absoluteFilePath()).constData()) != 0) {
        QFile::remove(partial);
        return Error::io(tr("The backup could not be given its name %1.").arg(file));
    }
    return Info{target.absoluteFilePath(), m_clock.nowUtc(), QFileInfo(target.absoluteFilePath()).size()};
}

Result<BackupService::Info> BackupService::backupToFolder(const QString &folder, const QString &tag)
{
    if (!QDir().mkpath(folder))
        return Error::io(tr("The backup folder %1 could not be created.").arg(QDir::toNativeSeparators(folder)));
    const QDateTime now = m_clock.nowUtc();
    QString name = u"aftersales-"_s + now.toString(u"yyyyMMdd-HHmmss"_s);
    if (!tag.isEmpty())
        name += u'-' + tag;
    auto info = backupTo(QDir(folder).filePath(name + u".db"_s));
    if (!info)
        return info.error();
    auto rotated = rotate(folder, now);
    if (!rotated)
        return rotated.error();
    auto rec = m_db.exec(u"INSERT INTO settings (key, value, created_at, updated_at) VALUES ('backup.last_at', ?, ?, ?) "
                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at"_s,
                         {time::toDb(now), time::toDb(now), time::toDb(now)});
    if (!rec)
        return rec.error();
    return info;
}

Result<std::optional<BackupService::Info>> BackupService::backupIfDue(const QString &folder, int intervalHours)
{
    auto last = m_db.scalar(u"SELECT value FROM settings WHERE key = 'backup.last_at'"_s);
    if (!last)
        return last.error();
    const QDateTime lastAt = time::fromDb(last->toString());
    if (lastAt.isValid() && lastAt.secsTo(m_clock.nowUtc()) < qint64(intervalHours) * 3600)
        return std::optional<Info>();
    auto info = backupToFolder(folder);
    if (!info)
        return info.error();
    return std::optional<Info>(*info);
}

QList<BackupService::Info> BackupService::list(const QString &folder)
{
    QList<Info> out;
    const auto entries = QDir(folder).entryInfoList({u"aftersales-*.db"_s}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QFileInfo &fi : entries) {
        const auto m = kName.match(fi.fileName());
        if (!m.hasMatch())
            continue;
        const QDateTime at = QDateTime::fromString(m.captured(1) + m.captured(2), u"yyyyMMddHHmmss"_s);
        out << Info{fi.absoluteFilePath(), QDateTime(at.date(), at.time(), Qt::UTC), fi.size()};
    }
    std::sort(out.begin(), out.end(), [](const Info &a, const Info &b) { return a.at > b.at; });
    return out;
}

Result<QStringList> BackupService::rotate(const QString &folder, const QDateTime &now)
{
    const QList<Info> all = list(folder);
    QSet<QString> keep;
    QSet<QString> days, weeks, months;
    for (const Info &b : all) {   // newest first: the first of each period is kept
        const QDate d = b.at.date();
        const qint64 ageDays = d.daysTo(now.date());
        const QString day = d.toString(Qt::ISODate);
        int wy = 0;
        const int week = d.weekNumber(&wy);
        const QString weekKey = QString::number(wy) + u'-' + QString::number(week);
        const QString month = d.toString(u"yyyy-MM"_s);
        bool k = false;
        if (ageDays < 7 && !days.contains(day) && days.size() < 7) { days.insert(day); k = true; }
        if (ageDays < 28 && !weeks.contains(weekKey) && weeks.size() < 4) { weeks.insert(weekKey); k = true; }
        if (ageDays < 366 && !months.contains(month) && months.size() < 12) { months.insert(month); k = true; }
        if (b.path == all.first().path)
            k = true;   // never delete the newest
        if (k)
            keep.insert(b.path);
    }
    QStringList removed;
    for (const Info &b : all)
        if (!keep.contains(b.path)) {
            if (!QFile::remove(b.path))
                return Error::io(tr("The old backup %1 could not be removed.").arg(b.path));
            removed << b.path;
        }
    return removed;
}

Status BackupService::restoreFrom(const QString &file, const QString &safetyFolder, qint64 ownSessionId)
{
    if (!m_db.isSqlite())
        return Error::state(tr("This database is on a PostgreSQL server: restore it with the server's tools (pg_restore)."));
    AS_TRY(verify(file));
    SessionRegistry sessions(m_db, m_clock);
    auto others = sessions.others();
    if (!others)
        return others.error();
    QStringList busy;
    for (const auto &s : *others)
        if (s.id != ownSessionId)
            busy << tr("%1 on %2 (%3, last seen %4 UTC)").arg(s.login.isEmpty() ? tr("someone") : s.login, s.host, s.program,
                                                                  s.lastSeen.toString(u"HH:mm"_s));
    if (!busy.isEmpty())
        return Error::state(tr("The database is in use by %n other session(s): %1. Close them before restoring.", nullptr,
                               int(busy.size()))
                                .arg(busy.join(u"; "_s)));
    auto safety = backupToFolder(safetyFolder, u"before-restore"_s);
    if (!safety)
        return Error::storage(tr("No restore: the safety backup of the current data failed: %1").arg(safety.error().message));
    Handle src;
    if (sqlite3_open_v2(QFile::encodeName(file).constData(), &src.h, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return Error::storage(tr("The backup %1 cannot be opened: %2").arg(file, sqliteError(src.h)));
    const int rc = copyPages(m_db.sqliteHandle(), src.h);
    if (rc != SQLITE_OK)
        return Error::storage(tr("Restoring from %1 failed (%2); the database is unchanged.").arg(file, sqliteError(m_db.sqliteHandle())));
    // The restored copy may be older: bring it to the current schema.
    return Migrator::migrate(m_db);
}

Result<QString> BackupService::replaceDamagedFile(const QString &databasePath, const QString &backup)
{
    AS_TRY(verify(backup));
    const QString aside = databasePath + u".damaged-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    if (QFileInfo::exists(databasePath) && !QFile::rename(databasePath, aside))
        return Error::io(tr("The damaged database %1 could not be moved aside.").arg(databasePath));
    for (const QString &ext : {u"-wal"_s, u"-shm"_s, u"-journal"_s})
        if (QFileInfo::exists(databasePath + ext))
            QFile::rename(databasePath + ext, aside + ext);
    const QString partial = databasePath + u".partial"_s;
    QFile::remove(partial);
    if (!QFile::copy(backup, partial))
        return Error::io(tr("The backup %1 could not be copied to %2.").arg(backup, databasePath));
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(databasePath).constData()) != 0)
        return Error::io(tr("The restored copy could not be renamed to %1.").arg(databasePath));
    return aside;
}

} // namespace as
