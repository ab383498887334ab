#include "services/OrderService.h"

#include "calendar/SlaPolicy.h"
#include "calendar/WorkingCalendar.h"
#include "domain/Customer.h"
#include "services/AuditLog.h"
#include "services/CustomerService.h"
#include "services/EventLog.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QSqlQuery>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace as {

namespace {

const QString kOrderColumns =
    u"id, number, customer_id, product_id, customer_name, contact_phone, address, channel, category, service_mode, "
    "priority, complexity, status, warranty_status, symptom, technician_id, appointment_start, appointment_end, "
    "reschedule_count, diagnosis, repair_plan, work_done, opened_at, acknowledged_at, dispatched_at, contacted_at, "
    "started_at, completed_at, accepted_at, accepted_by_name, closed_at, cancelled_at, cancel_reason, ack_due, "
    "dispatch_due, contact_due, resolve_due, rework_of, labour_fen, parts_fen, travel_fen, receipt_number, "
    "created_at, updated_at, row_version, misuse, quote_consent_at, quote_consent_by"_s;

Order orderFromRow(const QSqlQuery &q)
{
    Order o;
    int i = 0;
    auto v = [&]() { return q.value(i++); };
    o.id = v().toLongLong();
    o.number = v().toString();
    o.customerId = v().toLongLong();
    o.productId = v().toLongLong();
    o.customerName = v().toString();
    o.contactPhone = v().toString();
    o.address = v().toString();
    o.channel = fromCode<Channel>(v().toString()).value_or(Channel::Phone);
    o.category = fromCode<OrderCategory>(v().toString()).value_or(OrderCategory::Repair);
    o.serviceMode = fromCode<ServiceMode>(v().toString()).value_or(ServiceMode::OnSite);
    o.priority = fromCode<Priority>(v().toString()).value_or(Priority::Normal);
    o.complexity = fromCode<Complexity>(v().toString()).value_or(Complexity::General);
    o.status = fromCode<OrderStatus>(v().toString()).value_or(OrderStatus::New);
    o.warranty = fromCode<WarrantyStatus>(v().toString()).value_or(WarrantyStatus::Unknown);
    o.symptom = v().toString();
    o.technicianId = v().toLongLong();
    o.appointmentStart = sql::timeFrom(v());
    o.appointmentEnd = sql::timeFrom(v());
    o.rescheduleCount = v().toInt();
    o.diagnosis = v().toString();
    o.repairPlan = v().toString();
    o.workDone = v().toString();
    o.openedAt = sql::timeFrom(v());
    o.acknowledgedAt = sql::timeFrom(v());
    o.dispatchedAt = sql::timeFrom(v());
    o.contactedAt = sql::timeFrom(v());
    o.startedAt = sql::timeFrom(v());
    o.completedAt = sql::timeFrom(v());
    o.acceptedAt = sql::timeFrom(v());
    o.acceptedByName = v().toString();
    o.closedAt = sql::timeFrom(v());
    o.cancelledAt = sql::timeFrom(v());
    o.cancelReason = v().toString();
    o.ackDue = sql::timeFrom(v());
    o.dispatchDue = sql::timeFrom(v());
    o.contactDue = sql::timeFrom(v());
    o.resolveDue = sql::timeFrom(v());
    o.reworkOf = v().toLongLong();
    o.labourFen = v().toLongLong();
    o.partsFen = v().toLongLong();
    o.travelFen = v().toLongLong();
    o.receiptNumber = v().toString();
    o.createdAt = sql::timeFrom(v());
    o.updatedAt = sql::timeFrom(v());
    o.rowVersion = v().toInt();
    o.misuse = v().toInt() != 0;
    o.consentAt = sql::timeFrom(v());
    o.consentBy = v().toString();
    return o;
}

} // namespace

Status OrderService::validate(OrderDraft &d) const
{
    d.symptom = d.symptom.trimmed();
    d.answer = d.answer.trimmed();
    d.address = d.address.trimmed();
    if (d.customerId <= 0)
        return Error::validation(tr("Customer is required: pick an existing customer or create one."), u"customer"_s);
    if (d.symptom.isEmpty())
        return Error::validation(d.category == OrderCategory::Consultation ? tr("Question is required: write what the customer asked.")
                                                                           : tr("Symptom is required: write what the customer reports."),
                                 u"symptom"_s);
    if (d.symptom.size() > 2000)
        return Error::validation(tr("Symptom is too long (at most 2000 characters)."), u"symptom"_s);
    if (!d.answer.isEmpty() && d.category != OrderCategory::Consultation)
        return Error::validation(tr("Only a consultation can be answered and closed on the spot."), u"answer"_s);
    if (!d.contactPhone.trimmed().isEmpty()) {
        d.contactPhone = phone::normalise(d.contactPhone);
        if (!phone::isValid(d.contactPhone))
            return Error::validation(tr("Contact phone \"%1\" is not a valid phone number.").arg(d.contactPhone), u"contact_phone"_s);
    }
    if (d.openedAt.isValid() && d.openedAt > m_clock.nowUtc().addSecs(300))
        return Error::validation(tr("Opening time is in the future."), u"opened_at"_s);
    return {};
}

Result<QString> OrderService::nextNumber(const QDateTime &openedUtc)
{
    auto cal = WorkingCalendar::load(m_db);
    const QTimeZone tz = cal ? cal->timeZone() : QTimeZone::systemTimeZone();
    const QString month = openedUtc.toTimeZone(tz).toString(u"yyyyMM"_s);
    const QString seq = u"WO-"_s + month;
    // One statement, inside the caller's BEGIN IMMEDIATE: two PCs never get the same value.
    auto v = m_db.scalar(u"INSERT INTO number_sequences (name, last_value) VALUES (?, 1) "
                         "ON CONFLICT (name) DO UPDATE SET last_value = number_sequences.last_value + 1 RETURNING last_value"_s,
                         {seq});
    if (!v)
        return v.error();
    return u"%1-%2"_s.arg(seq).arg(v->toLongLong(), 5, 10, QLatin1Char('0'));
}

Status OrderService::writeEvent(qint64 orderId, const Actor &actor, const QString &kind, const QString &from,
                                const QString &to, const QString &note)
{
    return EventLog(m_db, m_clock, u"order_events"_s, u"order_id"_s).write(orderId, actor, kind, from, to, note);
}

Result<qint64> OrderService::create(const Actor &actor, OrderDraft d)
{
    AS_TRY(actor.require(Permission::CreateOrders));
    AS_TRY(validate(d));
    CustomerService customers(m_db, m_clock);
    auto customer = customers.get(d.customerId);
    if (!customer)
        return customer.error();
    if (customer->archived)
        return Error::validation(tr("Customer %1 is archived; restore the customer before opening an order.").arg(customer->name),
                                 u"customer"_s);
    std::optional<Product> product;
    if (d.productId > 0) {
        auto p = customers.product(d.productId);
        if (!p)
            return p.error();
        if (p->customerId != d.customerId)
            return Error::validation(tr("Product %1 is registered to another customer.").arg(p->serial), u"product"_s);
        product = *p;
    }
    const QDateTime now = m_clock.nowUtc();
    const QDateTime opened = d.openedAt.isValid() ? d.openedAt.toUTC() : now;
    auto cal = WorkingCalendar::load(m_db);
    if (!cal)
        return cal.error();
    auto policy = SlaPolicy::load(m_db);
    if (!policy)
        return policy.error();
    const auto due = policy->orderDeadlines(*cal, opened, d.complexity);
    const WarrantyStatus warranty = product ? warranty::statusAt(*product, opened.toTimeZone(cal->timeZone()).date())
                                            : WarrantyStatus::Unknown;
    const bool answered = !d.answer.isEmpty();
    // A call or a visit is acknowledged while the customer is on the line; e-mail and chat wait for a reply.
    const bool ackNow = answered || d.channel == Channel::Phone || d.channel == Channel::WalkIn;

    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto number = nextNumber(opened);
    if (!number)
        return number.error();
    QString numberRev = *number;
    std::reverse(numberRev.begin(), numberRev.end());
    const QString nowDb = time::toDb(now);
    const QString status = codeOf(answered ? OrderStatus::Closed : OrderStatus::New);
    auto id = m_db.insertReturningId(
        u"INSERT INTO service_orders (number, number_rev, customer_id, product_id, customer_name, contact_phone, address, channel, "
        "category, service_mode, priority, complexity, status, warranty_status, symptom, work_done, opened_at, acknowledged_at, "
        "completed_at, closed_at, ack_due, dispatch_due, contact_due, resolve_due, created_at, created_by, updated_at, updated_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        {*number, numberRev, d.customerId, sql::id(d.productId), customer->name,
         d.contactPhone.isEmpty() ? customer->phone : d.contactPhone,
         sql::text(d.address.isEmpty() ? customer->address : d.address), codeOf(d.channel), codeOf(d.category),
         codeOf(d.serviceMode), codeOf(d.priority), codeOf(d.complexity), status, codeOf(warranty), d.symptom,
         sql::text(d.answer), time::toDb(opened), ackNow ? QVariant(nowDb) : sql::time({}),
         answered ? QVariant(nowDb) : sql::time({}), answered ? QVariant(nowDb) : sql::time({}), sql::time(due.acknowledge),
         sql::time(due.dispatch), sql::time(due.contact), sql::time(due.resolve), nowDb, sql::id(actor.userId), nowDb,
         sql::id(actor.userId)});
    if (!id)
        return id.error();
    AS_TRY(writeEvent(*id, actor, u"created"_s, {}, codeOf(OrderStatus::New), {}));
    if (answered)
        AS_TRY(writeEvent(*id, actor, u"transition"_s, codeOf(OrderStatus::New), status, d.answer));
    AuditLog audit(m_db, m_clock);
    AS_TRY(audit.record(actor, u"service_order"_s, *id, u"create"_s,
                        AuditLog::created({{u"number"_s, *number}, {u"customer_id"_s, d.customerId}, {u"product_id"_s, d.productId},
                                           {u"category"_s, codeOf(d.category)}, {u"channel"_s, codeOf(d.channel)},
                                           {u"priority"_s, codeOf(d.priority)}, {u"complexity"_s, codeOf(d.complexity)},
                                           {u"warranty_status"_s, codeOf(warranty)}, {u"symptom"_s, d.symptom},
                                           {u"status"_s, status}})));
    AS_TRY(tx->commit());
    return *id;
}

Result<Order> OrderService::get(qint64 id)
{
    auto q = m_db.exec(u"SELECT "_s + kOrderColumns + u" FROM service_orders WHERE id = ?"_s, {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("Service order %1 does not exist.").arg(id));
    return orderFromRow(*q);
}

Result<Order> OrderService::byNumber(const QString &number)
{
    auto q = m_db.exec(u"SELECT "_s + kOrderColumns + u" FROM service_orders WHERE number = ?"_s, {number.trimmed().toUpper()});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("There is no service order %1.").arg(number.trimmed()));
    return orderFromRow(*q);
}

Result<QList<OrderEvent>> OrderService::events(qint64 orderId)
{
    return EventLog(m_db, m_clock, u"order_events"_s, u"order_id"_s).read(orderId);
}

Result<QList<OrderService::OpenOrder>> OrderService::openOrdersForSerial(const QString &serial, qint64 excludeOrderId)
{
    const QString s = normaliseSerial(serial);
    if (s.isEmpty())
        return QList<OpenOrder>{};
    auto q = m_db.exec(u"SELECT o.id, o.number, o.status, o.opened_at, o.symptom FROM service_orders o JOIN products p ON p.id = o.product_id "
                       "WHERE p.serial = ? AND o.id <> ? AND o.status NOT IN ('completed','accepted','closed','cancelled') "
                       "ORDER BY o.opened_at DESC"_s,
                       {s, excludeOrderId});
    if (!q)
        return q.error();
    QList<OpenOrder> out;
    while (q->next())
        out.append({q->value(0).toLongLong(), q->value(1).toString(),
                    fromCode<OrderStatus>(q->value(2).toString()).value_or(OrderStatus::New), sql::timeFrom(q->value(3)),
                    q->value(4).toString()});
    return out;
}

Result<int> OrderService::recentCaseCount(qint64 customerId, const QDateTime &at)
{
    CustomerService customers(m_db, m_clock);
    return customers.recentCaseCount(customerId, at);
}

} // namespace as
