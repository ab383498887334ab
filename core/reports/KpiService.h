#pragma once

#include "reports/Kpi.h"
#include "reports/KpiCache.h"
#include "services/Actor.h"
#include "util/Result.h"

#include <QList>
#include <QMap>

namespace as {

class Clock;
class Database;
class SettingsRepository;

// Backlog at the period end by age (calendar days since opened).
struct BacklogBucket {
    int minDays = 0;
    int maxDays = -1;   // -1: open-ended
    qint64 orders = 0;
    QString label() const;
    QString code() const;   // "0-1", "1-3", ... "30+"
};

struct TechnicianRow {
    qint64 id = 0;   // 0: not assigned
    QString name;
    qint64 completed = 0;                   // orders completed in the period
    qint64 onTime = 0, onTimeBase = 0;      // on-time completion (the KPI's formula, per technician)
    qint64 firstFix = 0, accepted = 0;      // first-time fix
    qint64 satisfied = 0, rated = 0;        // satisfaction of their follow-ups
    qint64 rework = 0;                      // rework orders opened in the period against their orders
};

struct CountRow {
    QString key;       // raw value ("service", a model, a part code)
    QString label;     // shown (translated where the key is a code)
    qint64 count = 0;
    qint64 valueFen = 0;
    double share = 0;       // of the total
    double cumulative = 0;  // Pareto: cumulative share
};

struct WeekRow {
    QDate start;   // Monday (clipped to the period)
    QDate end;     // inclusive
    qint64 opened = 0;
    qint64 completed = 0;
};

struct PartsSummary {
    qint64 issuedFen = 0;       // cost of parts issued (to orders and otherwise) in the period
    qint64 issuedQty = 0;
    qint64 issueLines = 0;
    qint64 stockStartFen = 0;   // stock value at the period start / end (current cost prices)
    qint64 stockEndFen = 0;
    std::optional<double> turnover;
    QList<CountRow> byCategory;
    QList<CountRow> topParts;   // by value, at most 10
};

struct TrendPoint {
    Period month;
    QList<KpiValue> values;   // the rates and the mean time to resolve
};

// Every KPI of domain.md for a period, computed by SQL aggregates (no rows loaded), with the
// targets from the settings (kpi.target.<code>, fractions; defaults from domain.md).
class KpiService
{
    Q_DECLARE_TR_FUNCTIONS(as::KpiService)

public:
    // `clock`: "now", which decides the closed months whose figures are cached (none: the system time).
    KpiService(Database &db, SettingsRepository &settings, const Clock *clock = nullptr)
        : m_db(db), m_settings(settings), m_clock(clock), m_cache(db) {}

    Result<QList<KpiValue>> compute(const Actor &actor, const Period &p, bool ratesOnly = false);
    Result<QList<BacklogBucket>> backlog(const Actor &actor, const Period &p);
    Result<QList<TechnicianRow>> technicians(const Actor &actor, const Period &p);
    Result<QList<CountRow>> faultsByModel(const Actor &actor, const Period &p);      // Pareto, all models
    Result<QList<CountRow>> complaintsBy(const Actor &actor, const Period &p, const QString &column);   // category / responsibility
    Result<PartsSummary> parts(const Actor &actor, const Period &p);
    Result<QList<WeekRow>> weekly(const Actor &actor, const Period &p);
    // `known`: months already computed (the report's period and the previous one), reused.
    Result<QList<TrendPoint>> trends(const Actor &actor, const Period &p, int months = 12, const QList<TrendPoint> &known = {});

    // Targets: empty when the KPI has none.
    Result<std::optional<double>> target(KpiKey k);
    Status setTarget(const Actor &actor, KpiKey k, std::optional<double> target);

    // The figures of closed months (a month that ended before now) come from kpi_month_cache
    // (KpiCache) when enabled (the default); tests compare both ways.
    void setCacheEnabled(bool enabled) { m_cacheEnabled = enabled; }
    bool cacheEnabled() const { return m_cacheEnabled; }
    Status clearCache() { return m_cache.clear(); }
    // Computes and stores the rates of the `months` closed months before now that are not cached
    // (a bulk load, as `demo` and large imports do, empties the cache), so the first report after
    // it is as quick as the next ones. Returns how many months were computed. Shows no figure, so
    // whoever ran the import may do it.
    Result<int> fillCache(int months = 13);
    // `aftersales-cli check`: recomputes every cached month; a month whose stored figures differ
    // from the data is reported (one line each) and deleted, so it is recomputed when next shown.
    Result<QStringList> verifyCache();
    bool isClosedMonth(const Period &p) const;

    bool hasComplaints();
    bool hasFollowups();
    static QList<BacklogBucket> bucketTemplate();

private:
    Result<KpiValue> rate(KpiKey k, const Period &p);
    // The rates and the mean time to resolve (no targets) of one period, by SQL.
    Result<QList<KpiValue>> rateValues(const Period &p);
    // rateValues() of each period, closed months from the cache (missing ones computed and stored).
    Result<QList<QList<KpiValue>>> cachedRates(const QList<Period> &periods);
    Status applyTargets(QList<KpiValue> &values);
    // One read of the orders completed in the period for the KPIs that share that range (on-time
    // part 2, complaint-rate denominator, follow-up coverage, mean time to resolve).
    struct CompletedScan {
        qint64 all = 0, resolved = 0, inWarranty = 0, covered = 0, lateBase = 0, lateOnTime = 0;
        double minutes = 0;
    };
    Result<CompletedScan> completedScan(const Period &p);
    std::optional<std::pair<QString, CompletedScan>> m_scan;   // during compute(): the period's scan
    Result<QVariantList> row(const QString &sql, const QVariantList &params);
    Result<qint64> stockValueAt(const QString &utc);
    bool hasTable(const QString &name);

    Database &m_db;
    SettingsRepository &m_settings;
    const Clock *m_clock = nullptr;
    KpiCache m_cache;
    bool m_cacheEnabled = true;
    QMap<QString, bool> m_tables;
};

} // namespace as
