// The dispatch part of OrderService: technicians, appointments, reschedules, daily load.
#include "services/OrderService.h"

#include "calendar/WorkingCalendar.h"
#include "services/AuditLog.h"
#include "services/UserDirectory.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QHash>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace as {

Status OrderService::assign(const Actor &actor, qint64 id, int rowVersion, qint64 technicianId, const QString &note)
{
    AS_TRY(actor.require(Permission::DispatchOrders));
    UserDirectory users(m_db);
    auto tech = users.byId(technicianId);
    if (!tech)
        return Error::validation(tr("Technician is required to dispatch an order."), u"technician"_s);
    if (tech->role != Role::Technician || !tech->active)
        return Error::validation(tr("%1 is not an active technician.").arg(tech->displayName), u"technician"_s);
    auto order = get(id);
    if (!order)
        return order.error();
    if (order->rowVersion != rowVersion)
        return Error::conflict(staleMessage(*order));
    if (order->status == OrderStatus::New) {
        TransitionData d;
        d.technicianId = technicianId;
        d.note = note;
        return transition(actor, id, rowVersion, OrderStatus::Dispatched, d);
    }
    if (!isOpen(order->status))
        return Error::state(tr("Service order %1 is %2; it can no longer be reassigned.").arg(order->number, labelOf(order->status)));
    if (order->technicianId == technicianId)
        return {};
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    const QString nowDb = time::toDb(m_clock.nowUtc());
    auto n = m_db.execAffected(u"UPDATE service_orders SET technician_id = ?, updated_at = ?, updated_by = ?, row_version = row_version + 1 "
                               "WHERE id = ? AND row_version = ?"_s,
                               {technicianId, nowDb, sql::id(actor.userId), id, rowVersion});
    if (!n)
        return n.error();
    if (*n == 0)
        return Error::conflict(staleMessage(*order));
    AS_TRY(writeEvent(id, actor, u"assigned"_s, {}, {}, note.isEmpty() ? tech->displayName : tech->displayName + u": "_s + note));
    AuditLog audit(m_db, m_clock);
    AS_TRY(audit.record(actor, u"service_order"_s, id, u"assign"_s,
                        AuditLog::diff({{u"technician_id"_s, order->technicianId}}, {{u"technician_id"_s, technicianId}})));
    return tx->commit();
}

Status OrderService::setAppointment(const Actor &actor, qint64 id, int rowVersion, const QDateTime &start, const QDateTime &end,
                                    const QString &reason)
{
    auto order = get(id);
    if (!order)
        return order.error();
    if (order->rowVersion != rowVersion)
        return Error::conflict(staleMessage(*order));
    if (order->status == OrderStatus::Dispatched) {
        TransitionData d;
        d.appointmentStart = start;
        d.appointmentEnd = end;
        d.note = reason;
        // The technician books the visit when calling the customer; the front desk may do it for them.
        return transition(actor, id, rowVersion, OrderStatus::Scheduled, d);
    }
    if (order->status != OrderStatus::Scheduled && order->status != OrderStatus::AwaitingParts && order->status != OrderStatus::InProgress)
        return Error::state(tr("Service order %1 is %2; an appointment cannot be set now.").arg(order->number, labelOf(order->status)));
    if (!actor.can(Permission::DispatchOrders))
        AS_TRY(actor.require(Permission::WorkOnOrders));
    AS_TRY(checkTechnicianOwns(actor, *order));
    if (!start.isValid() || !end.isValid())
        return Error::validation(tr("Appointment start and end are required."), u"appointment"_s);
    if (end <= start)
        return Error::validation(tr("Appointment end must be after its start."), u"appointment_end"_s);
    if (reason.trimmed().isEmpty())
        return Error::validation(tr("A reason is required to reschedule an appointment."), u"reason"_s);
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    const QString nowDb = time::toDb(m_clock.nowUtc());
    auto n = m_db.execAffected(u"UPDATE service_orders SET appointment_start = ?, appointment_end = ?, reschedule_count = reschedule_count + 1, "
                               "updated_at = ?, updated_by = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?"_s,
                               {time::toDb(start), time::toDb(end), nowDb, sql::id(actor.userId), id, rowVersion});
    if (!n)
        return n.error();
    if (*n == 0)
        return Error::conflict(staleMessage(*order));
    AS_TRY(m_db.exec(u"INSERT INTO order_reschedules (order_id, at, user_id, old_start, old_end, new_start, new_end, reason) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                     {id, nowDb, sql::id(actor.userId), sql::time(order->appointmentStart), sql::time(order->appointmentEnd),
                      time::toDb(start), time::toDb(end), reason.trimmed()}));
    AS_TRY(writeEvent(id, actor, u"rescheduled"_s, {}, {}, reason.trimmed()));
    AuditLog audit(m_db, m_clock);
    AS_TRY(audit.record(actor, u"service_order"_s, id, u"reschedule"_s,
                        AuditLog::diff({{u"appointment_start"_s, time::toDb(order->appointmentStart)},
                                        {u"appointment_end"_s, time::toDb(order->appointmentEnd)}},
                                       {{u"appointment_start"_s, time::toDb(start)}, {u"appointment_end"_s, time::toDb(end)},
                                        {u"reason"_s, reason.trimmed()}})));
    return tx->commit();
}

Result<QList<Reschedule>> OrderService::reschedules(qint64 orderId)
{
    auto q = m_db.exec(u"SELECT r.at, COALESCE(u.display_name, ''), r.old_start, r.old_end, r.new_start, r.new_end, r.reason "
                       "FROM order_reschedules r LEFT JOIN users u ON u.id = r.user_id WHERE r.order_id = ? ORDER BY r.at, r.id"_s,
                       {orderId});
    if (!q)
        return q.error();
    QList<Reschedule> out;
    while (q->next())
        out.append({sql::timeFrom(q->value(0)), q->value(1).toString(), sql::timeFrom(q->value(2)), sql::timeFrom(q->value(3)),
                    sql::timeFrom(q->value(4)), sql::timeFrom(q->value(5)), q->value(6).toString()});
    return out;
}

Result<QList<OrderService::TechnicianLoad>> OrderService::technicianLoad(const QDate &day)
{
    auto cal = WorkingCalendar::load(m_db);
    if (!cal)
        return cal.error();
    const QString from = time::localDayStartUtc(day, cal->timeZone());
    const QString to = time::localDayStartUtc(day.addDays(1), cal->timeZone());
    UserDirectory users(m_db);
    auto techs = users.list(Role::Technician);
    if (!techs)
        return techs.error();
    QList<TechnicianLoad> out;
    QHash<qint64, int> index;
    for (const User &u : *techs) {
        index.insert(u.id, out.size());
        out.append({u.id, u.displayName, 0, 0});
    }
    auto q = m_db.exec(u"SELECT technician_id, count(*), "
                       "sum(CASE WHEN appointment_start >= ? AND appointment_start < ? THEN 1 ELSE 0 END) "
                       "FROM service_orders WHERE technician_id IS NOT NULL "
                       "AND status IN ('dispatched','scheduled','in_progress','awaiting_parts') GROUP BY technician_id"_s,
                       {from, to});
    if (!q)
        return q.error();
    while (q->next()) {
        auto it = index.find(q->value(0).toLongLong());
        if (it == index.end())
            continue;
        out[*it].openOrders = q->value(1).toInt();
        out[*it].appointmentsThatDay = q->value(2).toInt();
    }
    return out;
}

namespace {
const QString kBoardColumns = u"id, row_version, number, customer_name, COALESCE(address, ''), symptom, status, priority, dispatch_due, "
                               "resolve_due, appointment_start, appointment_end, reschedule_count"_s;

QList<OrderService::BoardOrder> boardRows(QSqlQuery &q)
{
    QList<OrderService::BoardOrder> out;
    while (q.next()) {
        OrderService::BoardOrder b;
        b.id = q.value(0).toLongLong();
        b.rowVersion = q.value(1).toInt();
        b.number = q.value(2).toString();
        b.customerName = q.value(3).toString();
        b.address = q.value(4).toString();
        b.symptom = q.value(5).toString();
        b.status = fromCode<OrderStatus>(q.value(6).toString()).value_or(OrderStatus::New);
        b.priority = fromCode<Priority>(q.value(7).toString()).value_or(Priority::Normal);
        b.dispatchDue = sql::timeFrom(q.value(8));
        b.resolveDue = sql::timeFrom(q.value(9));
        b.appointmentStart = sql::timeFrom(q.value(10));
        b.appointmentEnd = sql::timeFrom(q.value(11));
        b.rescheduleCount = q.value(12).toInt();
        out << b;
    }
    return out;
}
} // namespace

Result<QList<OrderService::BoardOrder>> OrderService::unassigned(int limit)
{
    auto q = m_db.exec(u"SELECT "_s + kBoardColumns + u" FROM service_orders WHERE status = 'new' AND technician_id IS NULL "
                       "ORDER BY dispatch_due, id LIMIT ?"_s,
                       {limit});
    if (!q)
        return q.error();
    return boardRows(*q);
}

Result<QList<OrderService::BoardOrder>> OrderService::technicianDay(qint64 technicianId, const QDate &day)
{
    auto cal = WorkingCalendar::load(m_db);
    if (!cal)
        return cal.error();
    const QString from = time::localDayStartUtc(day, cal->timeZone());
    const QString to = time::localDayStartUtc(day.addDays(1), cal->timeZone());
    auto q = m_db.exec(u"SELECT "_s + kBoardColumns + u" FROM service_orders WHERE technician_id = ? "
                       "AND status IN ('dispatched','scheduled','in_progress','awaiting_parts') "
                       "AND (appointment_start IS NULL OR (appointment_start >= ? AND appointment_start < ?)) "
                       "ORDER BY COALESCE(appointment_start, '0'), id"_s,
                       {technicianId, from, to});
    if (!q)
        return q.error();
    return boardRows(*q);
}

} // namespace as
