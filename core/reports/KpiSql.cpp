#include "reports/KpiSql.h"

#include "storage/Dialect.h"
#include "util/Time.h"

using namespace Qt::Literals::StringLiterals;

namespace as::kpisql {

Cond Cond::operator&&(const Cond &other) const
{
    if (sql.isEmpty())
        return other;
    if (other.sql.isEmpty())
        return *this;
    return {u"("_s + sql + u") AND ("_s + other.sql + u")"_s, params + other.params};
}

Cond Cond::operator!() const
{
    return {u"NOT ("_s + sql + u")"_s, params};
}

Cond between(const QString &column, const Period &p)
{
    return {column + u" >= ? AND "_s + column + u" < ?"_s, {p.fromUtc, p.toUtc}};
}

Cond opened(const Period &p)
{
    return between(u"o.opened_at"_s, p);
}

Cond acknowledgedInTime()
{
    return {u"o.acknowledged_at IS NOT NULL AND o.acknowledged_at <= COALESCE(o.ack_due, o.acknowledged_at)"_s, {}};
}

Cond dueOrCompleted(const Period &p)
{
    return {u"o.status <> 'cancelled' AND ((o.resolve_due >= ? AND o.resolve_due < ?) OR (o.completed_at >= ? AND o.completed_at < ?))"_s,
            {p.fromUtc, p.toUtc, p.fromUtc, p.toUtc}};
}

Cond dueInPeriod(const Period &p)
{
    return Cond{u"o.status <> 'cancelled'"_s, {}} && between(u"o.resolve_due"_s, p);
}

Cond completedNotDueInPeriod(const Period &p)
{
    return Cond{u"o.status <> 'cancelled'"_s, {}} && between(u"o.completed_at"_s, p) &&
           Cond{u"NOT (COALESCE(o.resolve_due, '') >= ? AND COALESCE(o.resolve_due, '') < ?)"_s, {p.fromUtc, p.toUtc}};
}

Cond completedByDeadline()
{
    return {u"o.completed_at IS NOT NULL AND o.completed_at <= COALESCE(o.resolve_due, o.completed_at)"_s, {}};
}

Cond accepted(const Period &p)
{
    return between(u"o.accepted_at"_s, p);
}

QString stockValueSql()
{
    // CROSS JOIN keeps the movements first, read through the date index: joined the other way SQLite
    // walks every movement of each location by (location_id, part_id, id) (287 ms -> 14 ms at 1 M orders).
    return u"SELECT (SELECT COALESCE(SUM(s.on_hand * p.cost_fen), 0) FROM part_stock s JOIN parts p ON p.id = s.part_id "
           "JOIN stock_locations l ON l.id = s.location_id WHERE l.kind <> 'defective'), "
           "(SELECT COALESCE(SUM(m.qty * p.cost_fen), 0) FROM stock_movements m CROSS JOIN stock_locations l "
           "JOIN parts p ON p.id = m.part_id WHERE l.id = m.location_id AND m.at >= ? AND l.kind <> 'defective')"_s;
}

QString plus30Days(const Dialect &d, const QString &column)
{
    if (d.isSqlite())
        return u"strftime('%Y-%m-%dT%H:%M:%SZ', "_s + column + u", '+30 days')"_s;
    return u"to_char(CAST("_s + column + u" AS timestamp) + interval '30 days', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"_s;
}

Cond noReworkWithin30Days(const Dialect &d)
{
    return {u"NOT EXISTS (SELECT 1 FROM service_orders r WHERE r.rework_of = o.id AND r.status <> 'cancelled' AND r.opened_at <= "_s +
                plus30Days(d, u"o.accepted_at"_s) + u")"_s,
            {}};
}

Cond reworkedWithin30Days(const Dialect &d, const Period &p)
{
    const QString until = time::toDb(time::fromDb(p.toUtc).addDays(30));
    return Cond{u"r.rework_of IS NOT NULL AND r.status <> 'cancelled' AND r.opened_at >= ? AND r.opened_at < ?"_s, {p.fromUtc, until}} &&
           accepted(p) && Cond{u"r.opened_at <= "_s + plus30Days(d, u"o.accepted_at"_s), {}};
}

Cond reworkOpened(const Period &p)
{
    return Cond{u"o.rework_of IS NOT NULL AND o.status <> 'cancelled'"_s, {}} && opened(p);
}

Cond completed(const Period &p)
{
    return between(u"o.completed_at"_s, p);
}

Cond serviceComplaints(const Period &p)
{
    return Cond{u"c.responsibility = 'service'"_s, {}} && between(u"c.received_at"_s, p);
}

Cond rated(const Period &p)
{
    return Cond{u"f.satisfaction IS NOT NULL"_s, {}} && between(u"f.done_at"_s, p);
}

Cond satisfied()
{
    return {u"f.satisfaction >= 4"_s, {}};
}

Cond inWarrantyCompleted(const Period &p)
{
    return Cond{u"o.warranty_status = 'in'"_s, {}} && completed(p);
}

Cond firstFollowupDone()
{
    return {u"EXISTS (SELECT 1 FROM followups f WHERE f.order_id = o.id AND f.kind = 'first' AND f.done_at IS NOT NULL)"_s, {}};
}

Cond issuedToOrders(const Period &p)
{
    return Cond{u"m.type = 'issue' AND m.order_id IS NOT NULL"_s, {}} && between(u"m.at"_s, p);
}

Cond issuedWhenRequested()
{
    return {u"NOT EXISTS (SELECT 1 FROM order_events e WHERE e.order_id = m.order_id AND e.to_status = 'awaiting_parts' AND e.at <= m.at)"_s,
            {}};
}

Cond waitedForParts(const Period &p)
{
    return {u"EXISTS (SELECT 1 FROM order_events e WHERE e.order_id = o.id AND e.to_status = 'awaiting_parts' AND e.at >= ? AND e.at < ?)"_s,
            {p.fromUtc, p.toUtc}};
}

Cond resolvedWithTime(const Period &p)
{
    return completed(p) && Cond{u"o.resolve_working_minutes IS NOT NULL"_s, {}};
}

Cond openAt(const QString &utc)
{
    return {u"o.opened_at < ? AND (o.completed_at IS NULL OR o.completed_at >= ?) AND (o.cancelled_at IS NULL OR o.cancelled_at >= ?)"_s,
            {utc, utc, utc}};
}

Cond issues(const Period &p)
{
    return Cond{u"m.type = 'issue'"_s, {}} && between(u"m.at"_s, p);
}

} // namespace as::kpisql
