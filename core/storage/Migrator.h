#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace as {

class Database;

// Numbered SQL files in resources/migrations (NNNN_name.sql), applied in order,
// each in its own transaction, the version recorded in schema_migrations.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(as::Migrator)

public:
    struct Migration { int version = 0; QString name; QString path; };

    static QList<Migration> all();
    static int latestVersion();
    // 0: empty database; -1: an SQLite file with tables but no Aftersales schema.
    static Result<int> currentVersion(Database &db);
    // Apply every migration above the current version (up to `target`, default all).
    static Status migrate(Database &db, int target = -1);
    // Migrations up to `target` (-1: all) not applied to this database yet.
    static Result<int> pendingCount(Database &db, int target = -1);
    static Result<QSet<int>> appliedVersions(Database &db);
    // PostgreSQL: a NOTIFY trigger on every table (idempotent; run after migrations).
    static Status ensureChangeNotifications(Database &db);
    // Split a script into statements (trigger bodies and $$ blocks kept whole).
    static QStringList splitStatements(const QString &script);
};

} // namespace as
