// The lifecycle part of OrderService: transitions, rework, work details.
#include "services/OrderService.h"

#include "calendar/WorkingCalendar.h"
#include "services/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

using namespace Qt::Literals::StringLiterals;

namespace as {

Permission OrderService::permissionFor(OrderStatus /*from*/, OrderStatus to) const
{
    using S = OrderStatus;
    switch (to) {
    case S::Dispatched: return Permission::DispatchOrders;
    case S::Scheduled: return Permission::DispatchOrders;   // or WorkOnOrders: see requirePermission()
    case S::InProgress: case S::AwaitingParts: case S::Completed: return Permission::WorkOnOrders;
    case S::Accepted: return Permission::EditOrders;
    case S::Closed: return Permission::CloseOrders;
    case S::Cancelled: return Permission::CancelOrders;
    case S::New: break;
    }
    return Permission::EditOrders;
}

Status OrderService::requirePermission(const Actor &actor, OrderStatus from, OrderStatus to) const
{
    // Booking the visit: the technician does it when calling the customer, the front desk may do it for them.
    if (to == OrderStatus::Scheduled && actor.can(Permission::WorkOnOrders))
        return {};
    return actor.require(permissionFor(from, to));
}

QString OrderService::staleMessage(const Order &o) const
{
    return tr("Service order %1 was changed by someone else after you opened it. Reload to see their change.").arg(o.number);
}

Status OrderService::checkTechnicianOwns(const Actor &actor, const Order &order) const
{
    if (actor.role == Role::Technician && order.technicianId != actor.userId)
        return Error::permission(tr("Service order %1 is assigned to another technician; only the assigned technician "
                                    "or the front desk may change it.").arg(order.number));
    return {};
}

Status OrderService::requireData(const Order &order, OrderStatus to, const TransitionData &d) const
{
    using S = OrderStatus;
    switch (to) {
    case S::Dispatched:
        if (d.technicianId <= 0 && order.technicianId <= 0)
            return Error::validation(tr("Technician is required to dispatch an order."), u"technician"_s);
        break;
    case S::Scheduled:
        if (!d.appointmentStart.isValid() || !d.appointmentEnd.isValid())
            return Error::validation(tr("Appointment start and end are required to schedule the visit."), u"appointment"_s);
        if (d.appointmentEnd <= d.appointmentStart)
            return Error::validation(tr("Appointment end must be after its start."), u"appointment_end"_s);
        break;
    case S::Completed:
        if (d.workDone.trimmed().isEmpty() && order.workDone.trimmed().isEmpty())
            return Error::validation(tr("Work done is required to complete an order."), u"work_done"_s);
        break;
    case S::Accepted:
        if (d.acceptedBy.trimmed().isEmpty())
            return Error::validation(tr("Accepted by is required: the name of the person who signed the work order."), u"accepted_by"_s);
        if (d.acceptedAt.isValid() && order.completedAt.isValid() && d.acceptedAt < order.completedAt)
            return Error::validation(tr("Acceptance time is before the order was completed."), u"accepted_at"_s);
        if (d.acceptedAt.isValid() && d.acceptedAt > m_clock.nowUtc().addSecs(300))
            return Error::validation(tr("Acceptance time is in the future."), u"accepted_at"_s);
        break;
    case S::Closed:
        if (order.totalFen() > 0 && d.receiptNumber.trimmed().isEmpty() && order.receiptNumber.isEmpty())
            return Error::validation(tr("Receipt number is required to close an order with charges."), u"receipt_number"_s);
        break;
    case S::Cancelled:
        if (d.reason.trimmed().isEmpty())
            return Error::validation(tr("A reason is required to cancel an order."), u"reason"_s);
        break;
    case S::InProgress:
        if (order.totalFen() > 0 && !order.consentAt.isValid())
            return Error::validation(tr("The customer has not agreed to the quote of %1 yet: record the consent before work starts.")
                                         .arg(QString::number(order.totalFen() / 100.0, 'f', 2)),
                                     u"consent"_s);
        break;
    case S::AwaitingParts: case S::New:
        break;
    }
    return {};
}

QList<OrderStatus> OrderService::availableTransitions(const Actor &actor, const Order &order) const
{
    QList<OrderStatus> out;
    for (OrderStatus to : orderflow::next(order.status)) {
        if (!requirePermission(actor, order.status, to).ok())
            continue;
        if (!checkTechnicianOwns(actor, order).ok() && to != OrderStatus::Cancelled)
            continue;
        out << to;
    }
    return out;
}

Status OrderService::transition(const Actor &actor, qint64 id, int rowVersion, OrderStatus to, const TransitionData &d)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto order = get(id);
    if (!order)
        return order.error();
    if (order->rowVersion != rowVersion)
        return Error::conflict(staleMessage(*order));
    if (!orderflow::allowed(order->status, to))
        return Error::state(tr("Service order %1 cannot go from %2 to %3.")
                                .arg(order->number, labelOf(order->status), labelOf(to)));
    AS_TRY(requirePermission(actor, order->status, to));
    AS_TRY(checkTechnicianOwns(actor, *order));
    AS_TRY(requireData(*order, to, d));

    const QDateTime now = m_clock.nowUtc();
    const QString nowDb = time::toDb(now);
    QString sets = u"status = ?"_s;
    QVariantList params{codeOf(to)};
    auto set = [&](const QString &column, const QVariant &value) {
        sets += u", "_s + column + u" = ?"_s;
        params << value;
    };
    QVariantMap before{{u"status"_s, codeOf(order->status)}}, after{{u"status"_s, codeOf(to)}};
    using S = OrderStatus;
    switch (to) {
    case S::Dispatched: {
        const qint64 tech = d.technicianId > 0 ? d.technicianId : order->technicianId;
        set(u"technician_id"_s, tech);
        set(u"dispatched_at"_s, nowDb);
        if (!order->acknowledgedAt.isValid())
            set(u"acknowledged_at"_s, nowDb);
        before[u"technician_id"_s] = order->technicianId;
        after[u"technician_id"_s] = tech;
        break;
    }
    case S::Scheduled:
        set(u"appointment_start"_s, time::toDb(d.appointmentStart));
        set(u"appointment_end"_s, time::toDb(d.appointmentEnd));
        if (!order->contactedAt.isValid())
            set(u"contacted_at"_s, nowDb);
        after[u"appointment_start"_s] = time::toDb(d.appointmentStart);
        break;
    case S::InProgress:
        if (!order->startedAt.isValid())
            set(u"started_at"_s, nowDb);
        break;
    case S::Completed: {
        set(u"completed_at"_s, nowDb);
        if (!d.workDone.trimmed().isEmpty()) {
            set(u"work_done"_s, d.workDone.trimmed());
            after[u"work_done"_s] = d.workDone.trimmed();
        }
        auto cal = WorkingCalendar::load(m_db);
        if (cal)
            set(u"resolve_working_minutes"_s, cal->workingSecsBetween(order->openedAt.toSecsSinceEpoch(), now.toSecsSinceEpoch()) / 60);
        break;
    }
    case S::Accepted: {
        const QDateTime at = d.acceptedAt.isValid() ? d.acceptedAt.toUTC() : now;
        set(u"accepted_at"_s, time::toDb(at));
        set(u"accepted_by_name"_s, d.acceptedBy.trimmed());
        after[u"accepted_by_name"_s] = d.acceptedBy.trimmed();
        after[u"accepted_at"_s] = time::toDb(at);
        break;
    }
    case S::Closed:
        set(u"closed_at"_s, nowDb);
        if (!d.receiptNumber.trimmed().isEmpty()) {
            set(u"receipt_number"_s, d.receiptNumber.trimmed());
            after[u"receipt_number"_s] = d.receiptNumber.trimmed();
        }
        break;
    case S::Cancelled:
        set(u"cancelled_at"_s, nowDb);
        set(u"cancel_reason"_s, d.reason.trimmed());
        after[u"cancel_reason"_s] = d.reason.trimmed();
        break;
    case S::AwaitingParts: case S::New:
        break;
    }
    set(u"updated_at"_s, nowDb);
    set(u"updated_by"_s, sql::id(actor.userId));
    params << id << rowVersion;
    auto n = m_db.execAffected(u"UPDATE service_orders SET "_s + sets + u", row_version = row_version + 1 WHERE id = ? AND row_version = ?"_s,
                               params);
    if (!n)
        return n.error();
    if (*n == 0)
        return Error::conflict(staleMessage(*order));
    const QString note = to == S::Cancelled ? d.reason.trimmed() : d.note.trimmed();
    AS_TRY(writeEvent(id, actor, u"transition"_s, codeOf(order->status), codeOf(to), note));
    AuditLog audit(m_db, m_clock);
    AS_TRY(audit.record(actor, u"service_order"_s, id, u"transition"_s, AuditLog::diff(before, after)));
    if (!m_hooks.isEmpty()) {
        auto updated = get(id);
        if (!updated)
            return updated.error();
        for (const auto &hook : m_hooks)
            AS_TRY(hook(actor, *updated, to));
    }
    return tx->commit();
}

Status OrderService::updateWork(const Actor &actor, const Order &o)
{
    AS_TRY(actor.require(Permission::EditOrders));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto cur = get(o.id);
    if (!cur)
        return cur.error();
    if (cur->rowVersion != o.rowVersion)
        return Error::conflict(staleMessage(*cur));
    AS_TRY(checkTechnicianOwns(actor, *cur));
    if (o.symptom.trimmed().isEmpty())
        return Error::validation(tr("Symptom is required."), u"symptom"_s);
    auto fields = [](const Order &x) {
        return QVariantMap{{u"symptom"_s, x.symptom.trimmed()}, {u"diagnosis"_s, x.diagnosis.trimmed()},
                           {u"repair_plan"_s, x.repairPlan.trimmed()}, {u"work_done"_s, x.workDone.trimmed()},
                           {u"priority"_s, codeOf(x.priority)}};
    };
    const QJsonObject changes = AuditLog::diff(fields(*cur), fields(o));
    if (changes.isEmpty())
        return {};
    const QString nowDb = time::toDb(m_clock.nowUtc());
    auto n = m_db.execAffected(u"UPDATE service_orders SET symptom = ?, diagnosis = ?, repair_plan = ?, work_done = ?, priority = ?, "
                               "updated_at = ?, updated_by = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?"_s,
                               {o.symptom.trimmed(), sql::text(o.diagnosis.trimmed()), sql::text(o.repairPlan.trimmed()),
                                sql::text(o.workDone.trimmed()), codeOf(o.priority), nowDb, sql::id(actor.userId), o.id, o.rowVersion});
    if (!n)
        return n.error();
    if (*n == 0)
        return Error::conflict(staleMessage(*cur));
    AS_TRY(writeEvent(o.id, actor, u"updated"_s, {}, {}, changes.keys().join(u", "_s)));
    AuditLog audit(m_db, m_clock);
    AS_TRY(audit.record(actor, u"service_order"_s, o.id, u"update"_s, changes));
    return tx->commit();
}

Result<qint64> OrderService::createRework(const Actor &actor, qint64 originalId, const QString &symptom)
{
    AS_TRY(actor.require(Permission::CreateOrders));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto orig = get(originalId);
    if (!orig)
        return orig.error();
    if (orig->status != OrderStatus::Accepted && orig->status != OrderStatus::Closed)
        return Error::state(tr("Rework can only follow an accepted or closed order; %1 is %2.")
                                .arg(orig->number, labelOf(orig->status)));
    OrderDraft d;
    d.customerId = orig->customerId;
    d.productId = orig->productId;
    d.contactPhone = orig->contactPhone;
    d.address = orig->address;
    d.channel = Channel::Phone;
    d.category = OrderCategory::Repair;
    d.serviceMode = orig->serviceMode;
    d.priority = Priority::High;
    d.complexity = orig->complexity;
    d.symptom = symptom;
    auto id = create(actor, d);
    if (!id)
        return id.error();
    AS_TRY(m_db.exec(u"UPDATE service_orders SET rework_of = ? WHERE id = ?"_s, {originalId, *id}));
    AS_TRY(writeEvent(*id, actor, u"rework"_s, {}, {}, tr("Rework of %1").arg(orig->number)));
    AS_TRY(writeEvent(originalId, actor, u"rework"_s, {}, {}, tr("Rework order opened")));
    AuditLog audit(m_db, m_clock);
    AS_TRY(audit.record(actor, u"service_order"_s, *id, u"rework"_s, AuditLog::created({{u"rework_of"_s, originalId}})));
    AS_TRY(tx->commit());
    return *id;
}

} // namespace as
