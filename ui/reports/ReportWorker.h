#pragma once

#include "reports/ReportData.h"
#include "services/Actor.h"
#include "storage/Database.h"

#include <QDateTime>

#include <optional>

namespace as {

// What a background computation of the Reports page needs: copies only (the worker thread opens
// its own connection; SQLite and PostgreSQL connections cannot be shared between threads).
struct ReportRequest
{
    QString location;
    std::optional<SqliteMode> mode;
    Actor actor;
    Period period;
    QDateTime nowUtc;

    static ReportRequest from(const Database &db, const Actor &actor, const Period &period, const QDateTime &nowUtc);
};

// Opens a connection of its own (no migration, no creation), builds the report data, closes it.
// Safe to call from any thread. `opened`: whether the connection could be opened at all.
Result<ReportData> buildReportOnOwnConnection(const ReportRequest &request, bool *opened = nullptr);

} // namespace as
