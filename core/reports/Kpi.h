#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace as {

// The KPIs of domain.md, in the order of the CSV report (cli.md).
enum class KpiKey {
    ResponseWithinSla,
    OnTimeCompletion,
    FirstTimeFix,
    RepeatRepair,
    ComplaintRate,
    Satisfaction,
    FollowupCoverage,
    PartsFillRate,
    InventoryTurnover,
    MeanTimeToResolveHours,
    Backlog,
};

// Names, formulas and default targets of the KPIs.
class Kpi
{
    Q_DECLARE_TR_FUNCTIONS(as::Kpi)

public:
    static QList<KpiKey> all();
    static QList<KpiKey> rates();             // the fractions (trend charts with a target line)
    static QString code(KpiKey k);            // "response_within_sla" (cli.md)
    static std::optional<KpiKey> fromCode(const QString &code);
    static QString title(KpiKey k);           // translated name
    static QString formula(KpiKey k);         // translated formula, shown on tiles and in the report
    static bool isRate(KpiKey k);

    enum class Compare { None, AtLeast, AtMost, Below };
    static Compare comparison(KpiKey k);
    static std::optional<double> defaultTarget(KpiKey k);
    static QString settingKey(KpiKey k);      // "kpi.target.response_within_sla"
    static bool meets(KpiKey k, double value, double target);
    // "98.1 %", "12.5 h", "37": the value as shown to people (locale-independent digits).
    static QString display(KpiKey k, std::optional<double> value);
};

// A reporting period: local days [first, last] in the site's time zone, and the same
// range as UTC ISO text [fromUtc, toUtc) for comparing with stored timestamps.
struct Period
{
    QDate first;
    QDate last;   // inclusive
    QString fromUtc;
    QString toUtc;
    QTimeZone zone;

    static Period range(const QDate &first, const QDate &last, const QTimeZone &zone);
    static Period month(int year, int month, const QTimeZone &zone);
    bool isMonth() const;
    Period previous() const;        // the month before, or the same number of days before
    Period sameLastYear() const;
    QString label() const;          // "2026-11" or "2026-11-01 – 2026-11-15"
    // The 12 months ending with the month of `last` (oldest first).
    QList<Period> trailingMonths(int count = 12) const;
};

// One KPI over one period. value empty: the denominator is zero (or the data is not kept).
struct KpiValue
{
    KpiKey key = KpiKey::ResponseWithinSla;
    std::optional<double> value;
    double numerator = 0;
    double denominator = 0;
    std::optional<double> target;
    std::optional<bool> met;
    bool available = true;   // false: the tables behind it do not exist in this database
};

} // namespace as
