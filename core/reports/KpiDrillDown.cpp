#include "reports/KpiDrillDown.h"

#include "reports/KpiSql.h"
#include "domain/Complaint.h"
#include "domain/Enums.h"
#include "domain/FollowUp.h"
#include "domain/Part.h"
#include "storage/Dialect.h"
#include "util/Time.h"

using namespace Qt::Literals::StringLiterals;

namespace as {

using kpisql::Cond;
using C = DrillDown::Column;

namespace {

DrillDown orders(const QString &title, const Cond &c)
{
    DrillDown d;
    d.kind = DrillDown::Kind::Orders;
    d.title = title;
    d.headers = {KpiDrillDown::tr("Order"), KpiDrillDown::tr("Opened"), KpiDrillDown::tr("Status"), KpiDrillDown::tr("Technician"),
                 KpiDrillDown::tr("Model"), KpiDrillDown::tr("Acknowledged"), KpiDrillDown::tr("Acknowledge by"),
                 KpiDrillDown::tr("Completed"), KpiDrillDown::tr("Resolve by"), KpiDrillDown::tr("Accepted"), KpiDrillDown::tr("Rework of")};
    d.types = {C::Text, C::DateTime, C::OrderStatus, C::Text, C::Text, C::DateTime, C::DateTime, C::DateTime, C::DateTime, C::DateTime, C::Text};
    ListQuery &q = d.query;
    q.columns = {{u"o.number"_s, u"o.number"_s},
                 {u"o.opened_at"_s, u"o.opened_at"_s},
                 {u"o.status"_s, u"o.status"_s},
                 {u"u.display_name"_s, {}},
                 {u"pr.model"_s, {}},
                 {u"o.acknowledged_at"_s, {}},
                 {u"o.ack_due"_s, {}},
                 {u"o.completed_at"_s, {}},
                 {u"o.resolve_due"_s, {}},
                 {u"o.accepted_at"_s, {}},
                 {u"(SELECT x.number FROM service_orders x WHERE x.id = o.rework_of)"_s, {}}};
    q.from = u"service_orders o LEFT JOIN users u ON u.id = o.technician_id LEFT JOIN products pr ON pr.id = o.product_id"_s;
    q.keyExpr = u"o.id"_s;
    q.sortColumn = 1;
    q.addCondition(c.sql, c.params);
    return d;
}

DrillDown complaintList(const QString &title, const Cond &c)
{
    DrillDown d;
    d.kind = DrillDown::Kind::Complaints;
    d.title = title;
    d.headers = {KpiDrillDown::tr("Complaint"), KpiDrillDown::tr("Received"), KpiDrillDown::tr("Category"),
                 KpiDrillDown::tr("Responsibility"), KpiDrillDown::tr("Status"), KpiDrillDown::tr("Compensation")};
    d.types = {C::Text, C::DateTime, C::ComplaintCategory, C::Responsibility, C::ComplaintStatus, C::Money};
    d.query.columns = {{u"c.number"_s, u"c.number"_s}, {u"c.received_at"_s, u"c.received_at"_s}, {u"c.category"_s, {}},
                       {u"c.responsibility"_s, {}}, {u"c.status"_s, {}}, {u"c.compensation_fen"_s, {}}};
    d.query.from = u"complaints c"_s;
    d.query.keyExpr = u"c.id"_s;
    d.query.sortColumn = 1;
    d.query.addCondition(c.sql, c.params);
    return d;
}

DrillDown followupList(const QString &title, const Cond &c)
{
    DrillDown d;
    d.kind = DrillDown::Kind::Followups;
    d.title = title;
    d.headers = {KpiDrillDown::tr("Order"), KpiDrillDown::tr("Done"), KpiDrillDown::tr("Kind"), KpiDrillDown::tr("Outcome"),
                 KpiDrillDown::tr("Satisfaction"), KpiDrillDown::tr("Technician")};
    d.types = {C::Text, C::DateTime, C::FollowUpKind, C::CallOutcome, C::Number, C::Text};
    d.query.columns = {{u"o.number"_s, {}}, {u"f.done_at"_s, u"COALESCE(f.done_at, '')"_s}, {u"f.kind"_s, {}}, {u"f.outcome"_s, {}},
                       {u"f.satisfaction"_s, {}}, {u"u.display_name"_s, {}}};
    d.query.from = u"followups f LEFT JOIN service_orders o ON o.id = f.order_id LEFT JOIN users u ON u.id = f.technician_id"_s;
    d.query.keyExpr = u"f.id"_s;
    d.query.sortColumn = 1;
    d.query.addCondition(c.sql, c.params);
    return d;
}

DrillDown movementList(const QString &title, const Cond &c)
{
    DrillDown d;
    d.kind = DrillDown::Kind::Movements;
    d.title = title;
    d.headers = {KpiDrillDown::tr("Date"), KpiDrillDown::tr("Part"), KpiDrillDown::tr("Name"), KpiDrillDown::tr("Quantity"),
                 KpiDrillDown::tr("Unit cost"), KpiDrillDown::tr("Order")};
    d.types = {C::DateTime, C::Text, C::Text, C::Number, C::Money, C::Text};
    d.query.columns = {{u"m.at"_s, u"m.at"_s}, {u"pa.code"_s, {}}, {u"pa.name"_s, {}}, {u"-m.qty"_s, {}}, {u"m.unit_cost_fen"_s, {}},
                       {u"m.order_number"_s, {}}};
    d.query.from = u"stock_movements m JOIN parts pa ON pa.id = m.part_id"_s;
    d.query.keyExpr = u"m.id"_s;
    d.query.sortColumn = 0;
    d.query.addCondition(c.sql, c.params);
    return d;
}

QString partName(KpiDrillDown::Part part)
{
    switch (part) {
    case KpiDrillDown::Part::Numerator: return KpiDrillDown::tr("counted");
    case KpiDrillDown::Part::Denominator: return KpiDrillDown::tr("all");
    case KpiDrillDown::Part::Missed: return KpiDrillDown::tr("missed");
    }
    return {};
}

Cond pick(KpiDrillDown::Part part, const Cond &den, const Cond &num)
{
    switch (part) {
    case KpiDrillDown::Part::Numerator: return den && num;
    case KpiDrillDown::Part::Denominator: return den;
    case KpiDrillDown::Part::Missed: return den && !num;
    }
    return den;
}

} // namespace

bool DrillDown::isCode(Column c)
{
    return c != Column::Text && c != Column::DateTime && c != Column::Number && c != Column::Money;
}

QString DrillDown::label(Column c, const QString &code)
{
    switch (c) {
    case Column::OrderStatus: return labelOfCode<OrderStatus>(code);
    case Column::OrderCategory: return labelOfCode<OrderCategory>(code);
    case Column::Priority: return labelOfCode<Priority>(code);
    case Column::WarrantyStatus: return labelOfCode<WarrantyStatus>(code);
    case Column::ComplaintCategory: return labelOfCode<ComplaintCategory>(code);
    case Column::Responsibility: return labelOfCode<Responsibility>(code);
    case Column::ComplaintStatus: return labelOfCode<ComplaintStatus>(code);
    case Column::FollowUpKind: return labelOfCode<FollowUpKind>(code);
    case Column::CallOutcome: return labelOfCode<CallOutcome>(code);
    case Column::MovementType: return labelOfCode<MovementType>(code);
    case Column::Text:
    case Column::DateTime:
    case Column::Number:
    case Column::Money: break;
    }
    return code;
}

DrillDown KpiDrillDown::kpi(const Dialect &d, KpiKey k, Part part, const Period &p)
{
    const QString title = tr("%1, %2: %3").arg(Kpi::title(k), p.label(), partName(part));
    switch (k) {
    case KpiKey::ResponseWithinSla: return orders(title, pick(part, kpisql::opened(p), kpisql::acknowledgedInTime()));
    case KpiKey::OnTimeCompletion: return orders(title, pick(part, kpisql::dueOrCompleted(p), kpisql::completedByDeadline()));
    case KpiKey::FirstTimeFix: return orders(title, pick(part, kpisql::accepted(p), kpisql::noReworkWithin30Days(d)));
    case KpiKey::RepeatRepair:
        return orders(title, part == Part::Numerator ? kpisql::reworkOpened(p) : kpisql::accepted(p));
    case KpiKey::ComplaintRate:
        if (part == Part::Numerator)
            return complaintList(title, kpisql::serviceComplaints(p));
        return orders(title, kpisql::completed(p));
    case KpiKey::Satisfaction: return followupList(title, pick(part, kpisql::rated(p), kpisql::satisfied()));
    case KpiKey::FollowupCoverage: return orders(title, pick(part, kpisql::inWarrantyCompleted(p), kpisql::firstFollowupDone()));
    case KpiKey::PartsFillRate:
        if (part == Part::Missed)
            return orders(title, kpisql::waitedForParts(p));
        return movementList(title, kpisql::issuedToOrders(p) && kpisql::issuedWhenRequested());
    case KpiKey::InventoryTurnover: return movementList(title, kpisql::issues(p));
    case KpiKey::MeanTimeToResolveHours: return orders(title, kpisql::resolvedWithTime(p));
    case KpiKey::Backlog: return orders(title, kpisql::openAt(p.toUtc));
    }
    return orders(title, kpisql::opened(p));
}

DrillDown KpiDrillDown::backlogBucket(const Dialect &, const Period &p, int minDays, int maxDays)
{
    const QDateTime end = time::fromDb(p.toUtc);
    Cond c = kpisql::openAt(p.toUtc) && Cond{u"o.opened_at < ?"_s, {time::toDb(end.addDays(-minDays))}};
    if (maxDays >= 0)
        c = c && Cond{u"o.opened_at >= ?"_s, {time::toDb(end.addDays(-maxDays))}};
    return orders(tr("Backlog at the end of %1, open %2 to %3 days").arg(p.label()).arg(minDays).arg(maxDays < 0 ? u"∞"_s : QString::number(maxDays)),
                  c);
}

DrillDown KpiDrillDown::weekOpened(const Dialect &, const Period &week)
{
    return orders(tr("Orders opened %1").arg(week.label()), kpisql::opened(week));
}

DrillDown KpiDrillDown::weekCompleted(const Dialect &, const Period &week)
{
    return orders(tr("Orders completed %1").arg(week.label()), kpisql::completed(week));
}

DrillDown KpiDrillDown::model(const Dialect &, const Period &p, const QString &model)
{
    Cond c = Cond{u"o.category = 'repair' AND o.status <> 'cancelled'"_s, {}} && kpisql::opened(p);
    c = c && (model.isEmpty() ? Cond{u"pr.model IS NULL"_s, {}} : Cond{u"pr.model = ?"_s, {model}});
    return orders(tr("Repair orders for %1, %2").arg(model.isEmpty() ? tr("(no product)") : model, p.label()), c);
}

DrillDown KpiDrillDown::technician(const Dialect &, const Period &p, qint64 technicianId)
{
    const Cond who = technicianId ? Cond{u"o.technician_id = ?"_s, {technicianId}} : Cond{u"o.technician_id IS NULL"_s, {}};
    return orders(tr("Orders due or completed in %1 by the technician").arg(p.label()), kpisql::dueOrCompleted(p) && who);
}

DrillDown KpiDrillDown::complaints(const Dialect &, const Period &p, const QString &column, const QString &value)
{
    const QString col = column == u"responsibility"_s ? u"c.responsibility"_s : u"c.category"_s;
    const Cond which = value.isEmpty() ? Cond{col + u" IS NULL"_s, {}} : Cond{col + u" = ?"_s, {value}};
    return complaintList(tr("Complaints %1: %2").arg(p.label(), value), kpisql::between(u"c.received_at"_s, p) && which);
}

DrillDown KpiDrillDown::partsCategory(const Dialect &, const Period &p, const QString &category)
{
    const Cond which = category.isEmpty() ? Cond{u"pa.category IS NULL"_s, {}} : Cond{u"pa.category = ?"_s, {category}};
    return movementList(tr("Parts issued %1: %2").arg(p.label(), category), kpisql::issues(p) && which);
}

} // namespace as
