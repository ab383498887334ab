#pragma once

#include "reports/KpiService.h"

#include <QDateTime>
#include <QVariantList>

namespace as {

class SettingsRepository;

// One table of the report, in the shape every export shares (CSV block, XLSX sheet, PDF table).
struct ReportTable
{
    enum class Type { Text, Integer, Fraction, Number, Money, Date };
    struct Column {
        QString code;    // CSV header / machine name
        QString title;   // translated
        Type type = Type::Text;
        double width = 12;   // XLSX column width (characters)
    };
    QString id;      // "technicians": XLSX sheet name
    QString title;   // translated
    QList<Column> columns;
    QList<QVariantList> rows;   // null QVariant: empty cell
    QList<int> plainRows;       // rows whose Fraction cells are plain numbers (KPIs that are not rates)
};

// Everything the monthly report shows, computed in core (by KpiService), rendered by the exports.
struct ReportData
{
    Q_DECLARE_TR_FUNCTIONS(as::ReportData)

public:
    Period period;
    Period previous;
    Period lastYear;
    QString company;
    QDateTime generatedAt;   // UTC
    QString notes;           // the manager's notes
    QList<KpiValue> kpis, previousKpis, lastYearKpis;
    QList<BacklogBucket> backlog;
    QList<TechnicianRow> technicians;
    QList<CountRow> faults;
    QList<CountRow> complaintsByCategory, complaintsByResponsibility;
    bool complaintsKept = false;
    PartsSummary parts;
    QList<WeekRow> weeks;
    QList<TrendPoint> trends;

    struct Options {
        bool trends = true;
        bool lastYear = true;
    };
    static Result<ReportData> build(KpiService &kpis, SettingsRepository &settings, const Actor &actor, const Period &period,
                                    const QDateTime &nowUtc, Options options);
    static Result<ReportData> build(KpiService &kpis, SettingsRepository &settings, const Actor &actor, const Period &period,
                                    const QDateTime &nowUtc)
    {
        return build(kpis, settings, actor, period, nowUtc, Options{});
    }

    const KpiValue *kpi(KpiKey k) const;
    const KpiValue *previousKpi(KpiKey k) const;
    // The KPI table (value, target, met, previous period, change, numerator, denominator, last year).
    ReportTable kpiTable() const;
    // The further tables, in report order.
    QList<ReportTable> tables() const;
};

// The CSV report of cli.md (UTF-8 with BOM): the KPI table `kpi,value,target,met`, then the
// further tables, each after a blank line. Written atomically (QSaveFile).
namespace reportcsv {
QByteArray render(const ReportData &data);
Status write(const ReportData &data, const QString &file);
QString cell(const QVariant &v, ReportTable::Type type);
} // namespace reportcsv

// The XLSX report: one sheet per table, numbers as numbers, percentages formatted, dates as
// dates, column widths set; written under a temporary name and committed atomically.
namespace reportxlsx {
Status write(const ReportData &data, const QString &file);
} // namespace reportxlsx

} // namespace as
