#include "reports/ReportWorker.h"

#include "reports/KpiService.h"
#include "services/SettingsRepository.h"
#include "util/Clock.h"

namespace as {

ReportRequest ReportRequest::from(const Database &db, const Actor &actor, const Period &period, const QDateTime &nowUtc)
{
    ReportRequest r{db.location(), std::nullopt, actor, period, nowUtc};
    if (db.isSqlite())
        r.mode = db.sqliteMode();
    return r;
}

Result<ReportData> buildReportOnOwnConnection(const ReportRequest &request, bool *opened)
{
    OpenOptions o;
    o.location = request.location;
    o.mode = request.mode;
    o.create = false;
    o.migrate = false;
    auto db = Database::open(o);
    if (opened)
        *opened = db.ok();
    if (!db)
        return db.error();
    FixedClock clock(request.nowUtc);
    SettingsRepository settings(**db, clock);
    KpiService kpis(**db, settings, &clock);
    return ReportData::build(kpis, settings, request.actor, request.period, request.nowUtc);
}

} // namespace as
