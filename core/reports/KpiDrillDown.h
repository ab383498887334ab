#pragma once

#include "list/ListQuery.h"
#include "reports/Kpi.h"

namespace as {

class Dialect;

// The records behind a number of the KPI report, as a keyset-paged list (the same conditions
// as the aggregates in KpiService, from KpiSql). The key is the record's id.
struct DrillDown
{
    enum class Kind { Orders, Complaints, Followups, Movements };
    // Code columns hold a stored code (`completed`) and are shown by its translated label (已完成).
    enum class Column { Text, DateTime, Number, Money, OrderStatus, OrderCategory, Priority, WarrantyStatus, ComplaintCategory,
                        Responsibility, ComplaintStatus, FollowUpKind, CallOutcome, MovementType };
    static bool isCode(Column c);
    static QString label(Column c, const QString &code);   // the label the rest of the app shows
    Kind kind = Kind::Orders;
    QString title;                 // translated: what the list shows
    QStringList headers;           // translated, one per query column
    QList<Column> types;
    ListQuery query;
};

class KpiDrillDown
{
    Q_DECLARE_TR_FUNCTIONS(as::KpiDrillDown)

public:
    enum class Part {
        Numerator,     // the records counted above the line
        Denominator,   // every record the rate is taken over
        Missed,        // in the denominator but not the numerator (late, reworked, unrated...)
    };
    // Backlog: the open orders at the end; inventory turnover: the issue movements;
    // mean time to resolve: the resolved orders. Parts fill rate: Numerator = lines issued from
    // stock, Missed = orders that waited for parts.
    static DrillDown kpi(const Dialect &d, KpiKey k, Part part, const Period &p);
    static DrillDown backlogBucket(const Dialect &d, const Period &p, int minDays, int maxDays);
    static DrillDown weekOpened(const Dialect &d, const Period &week);
    static DrillDown weekCompleted(const Dialect &d, const Period &week);
    static DrillDown model(const Dialect &d, const Period &p, const QString &model);      // repair orders (Pareto bar)
    static DrillDown technician(const Dialect &d, const Period &p, qint64 technicianId);  // completed orders
    static DrillDown complaints(const Dialect &d, const Period &p, const QString &column, const QString &value);
    static DrillDown partsCategory(const Dialect &d, const Period &p, const QString &category);
};

} // namespace as
