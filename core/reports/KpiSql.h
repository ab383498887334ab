#pragma once

#include "reports/Kpi.h"

#include <QString>
#include <QVariantList>

namespace as {

class Dialect;

// The SQL behind every KPI of domain.md, as conditions over one table alias, shared by the
// aggregates (KpiService) and the drill-down lists (KpiDrillDown) so both always agree.
// Aliases: o service_orders, c complaints, f followups, m stock_movements.
// Boundaries are the period's UTC ISO strings, compared as text (fixed-width UTC sorts in time order).
namespace kpisql {

struct Cond {
    QString sql;
    QVariantList params;
    Cond operator&&(const Cond &other) const;
    Cond operator!() const;
};

Cond between(const QString &column, const Period &p);              // column >= from AND column < to
Cond opened(const Period &p);                                       // response: denominator
Cond acknowledgedInTime();                                          // response: numerator (subset)
Cond dueOrCompleted(const Period &p);                               // on-time: denominator
Cond completedByDeadline();                                         // on-time: numerator (subset)
Cond dueInPeriod(const Period &p);                                  // on-time denominator, part 1 (not cancelled)
Cond completedNotDueInPeriod(const Period &p);                      // on-time denominator, part 2 (disjoint from part 1)
Cond accepted(const Period &p);                                     // first-time fix, repeat repair: denominator
Cond noReworkWithin30Days(const Dialect &d);                        // first-time fix: numerator (subset)
// Over "service_orders r JOIN service_orders o ON o.id = r.rework_of": reworks of orders accepted in
// the period, opened within 30 days of the acceptance (first-time fix, counted from the rework side).
Cond reworkedWithin30Days(const Dialect &d, const Period &p);
Cond reworkOpened(const Period &p);                                 // repeat repair: numerator
Cond completed(const Period &p);                                    // complaint rate: denominator; MTTR
Cond serviceComplaints(const Period &p);                            // complaint rate: numerator (alias c)
Cond rated(const Period &p);                                        // satisfaction: denominator (alias f)
Cond satisfied();                                                   // satisfaction: numerator (subset)
Cond inWarrantyCompleted(const Period &p);                          // follow-up coverage: denominator
Cond firstFollowupDone();                                           // follow-up coverage: numerator (subset)
Cond issuedToOrders(const Period &p);                               // parts fill rate (alias m)
Cond issuedWhenRequested();                                         // ... issued without waiting for parts
Cond waitedForParts(const Period &p);                               // orders that entered awaiting_parts in the period
Cond resolvedWithTime(const Period &p);                             // MTTR: completed in the period with working minutes
Cond openAt(const QString &utc);                                    // backlog: open at that instant
Cond issues(const Period &p);                                       // parts consumption (alias m)

// Stock value at a past time: today's balances at cost (first column) and the movements since then
// (second; one parameter: the time), defective stock excluded.
QString stockValueSql();

// accepted_at + 30 days as UTC ISO text.
QString plus30Days(const Dialect &d, const QString &column);

} // namespace kpisql
} // namespace as
