#include "services/ComplaintService.h"

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

using namespace Qt::Literals::StringLiterals;

namespace as {

namespace {

const QString kColumns =
    u"id, number, received_at, customer_id, product_id, order_id, customer_name, contact_phone, model, category, severity, "
    "status, content, expectation, department, assignee_id, investigation, root_cause, responsibility, remedy, remedy_note, "
    "compensation_fen, acknowledged_at, ack_due, remedy_due, remedy_proposed_at, approved_at, approved_by, informed_at, "
    "customer_feedback, satisfied, closed_at, reopen_count, created_at, updated_at, row_version"_s;

Complaint fromRow(const QSqlQuery &q)
{
    Complaint c;
    int i = 0;
    auto v = [&]() { return q.value(i++); };
    c.id = v().toLongLong();
    c.number = v().toString();
    c.receivedAt = sql::timeFrom(v());
    c.customerId = v().toLongLong();
    c.productId = v().toLongLong();
    c.orderId = v().toLongLong();
    c.customerName = v().toString();
    c.contactPhone = v().toString();
    c.model = v().toString();
    c.category = fromCode<ComplaintCategory>(v().toString()).value_or(ComplaintCategory::Other);
    c.severity = fromCode<ComplaintSeverity>(v().toString()).value_or(ComplaintSeverity::Normal);
    c.status = fromCode<ComplaintStatus>(v().toString()).value_or(ComplaintStatus::Received);
    c.content = v().toString();
    c.expectation = v().toString();
    c.department = v().toString();
    c.assigneeId = v().toLongLong();
    c.investigation = v().toString();
    c.rootCause = v().toString();
    c.responsibility = fromCode<Responsibility>(v().toString()).value_or(Responsibility::Undetermined);
    const QVariant remedy = v();
    if (!remedy.isNull())
        c.remedy = fromCode<Remedy>(remedy.toString());
    c.remedyNote = v().toString();
    c.compensationFen = v().toLongLong();
    c.acknowledgedAt = sql::timeFrom(v());
    c.ackDue = sql::timeFrom(v());
    c.remedyDue = sql::timeFrom(v());
    c.remedyProposedAt = sql::timeFrom(v());
    c.approvedAt = sql::timeFrom(v());
    c.approvedBy = v().toLongLong();
    c.informedAt = sql::timeFrom(v());
    c.customerFeedback = v().toString();
    const QVariant satisfied = v();
    if (!satisfied.isNull())
        c.satisfied = satisfied.toInt() != 0;
    c.closedAt = sql::timeFrom(v());
    c.reopenCount = v().toInt();
    c.createdAt = sql::timeFrom(v());
    c.updatedAt = sql::timeFrom(v());
    c.rowVersion = v().toInt();
    return c;
}

QString idList(const QList<qint64> &ids)
{
    QStringList out;
    for (qint64 id : ids)
        out << QString::number(id);
    return out.join(u',');
}

} // namespace

Status ComplaintService::validate(ComplaintDraft &d) const
{
    d.content = d.content.trimmed();
    d.expectation = d.expectation.trimmed();
    if (d.customerId <= 0)
        return Error::validation(tr("Customer is required: pick an existing customer or create one."), u"customer"_s);
    if (d.content.isEmpty())
        return Error::validation(tr("Content is required: write what the customer complains about."), u"content"_s);
    if (d.content.size() > 32000)
        return Error::validation(tr("Content is too long (at most 32000 characters)."), u"content"_s);
    if (!d.contactPhone.trimmed().isEmpty()) {
        d.contactPhone = phone::normalise(d.contactPhone);
        if (!phone::isValid(d.contactPhone))
            return Error::validation(tr("Contact phone \"%1\" is not a valid phone number.").arg(d.contactPhone), u"contact_phone"_s);
    }
    if (d.receivedAt.isValid() && d.receivedAt > m_clock.nowUtc().addSecs(300))
        return Error::validation(tr("Reception time is in the future."), u"received_at"_s);
    return {};
}

Result<QString> ComplaintService::nextNumber(const QDateTime &receivedUtc)
{
    auto cal = WorkingCalendar::load(m_db);
    const QTimeZone tz = cal ? cal->timeZone() : QTimeZone::systemTimeZone();
    const QString seq = u"CP-"_s + receivedUtc.toTimeZone(tz).toString(u"yyyyMM"_s);
    // One statement inside the caller's BEGIN IMMEDIATE: two PCs never get the same value.
    auto v = m_db.scalar(u"INSERT INTO number_sequences (name, last_value) VALUES (?, 1) "
                         "ON CONFLICT (name) DO UPDATE SET last_value = number_sequences.last_value + 1 RETURNING last_value"_s,
                         {seq});
    if (!v)
        return v.error();
    return u"%1-%2"_s.arg(seq).arg(v->toLongLong(), 5, 10, QLatin1Char('0'));
}

Status ComplaintService::writeEvent(qint64 id, const Actor &actor, const QString &kind, const QString &from, const QString &to,
                                    const QString &note)
{
    return EventLog(m_db, m_clock, u"complaint_events"_s, u"complaint_id"_s).write(id, actor, kind, from, to, note);
}

Result<qint64> ComplaintService::create(const Actor &actor, ComplaintDraft d)
{
    AS_TRY(actor.require(Permission::HandleComplaints));
    AS_TRY(validate(d));
    CustomerService customers(m_db, m_clock);
    auto customer = customers.get(d.customerId);
    if (!customer)
        return customer.error();
    QString model;
    if (d.productId > 0) {
        auto p = customers.product(d.productId);
        if (!p)
            return p.error();
        if (p->customerId != d.customerId)
            return Error::validation(tr("Product %1 is registered to another customer.").arg(p->serial), u"product"_s);
        model = p->model;
    }
    for (qint64 orderId : d.orderIds) {
        auto owner = m_db.scalar(u"SELECT customer_id FROM service_orders WHERE id = ?"_s, {orderId});
        if (!owner)
            return owner.error();
        if (owner->isNull())
            return Error::validation(tr("Service order %1 does not exist.").arg(orderId), u"orders"_s);
        if (owner->toLongLong() != d.customerId)
            return Error::validation(tr("A service order concerned belongs to another customer."), u"orders"_s);
    }
    const QDateTime now = m_clock.nowUtc();
    const QDateTime received = d.receivedAt.isValid() ? d.receivedAt.toUTC() : now;
    auto cal = WorkingCalendar::load(m_db);
    if (!cal)
        return cal.error();
    auto policy = SlaPolicy::load(m_db);
    if (!policy)
        return policy.error();
    const QDateTime ackDue = policy->complaintAcknowledge.dueFrom(*cal, received);
    const QDateTime remedyDue = policy->complaintRemedy.dueFrom(*cal, received);

    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto number = nextNumber(received);
    if (!number)
        return number.error();
    const QString nowDb = time::toDb(now);
    const QString phone = d.contactPhone.isEmpty() ? customer->phone : d.contactPhone;
    const qint64 mainOrder = d.orderIds.isEmpty() ? 0 : d.orderIds.first();
    auto id = m_db.insertReturningId(
        u"INSERT INTO complaints (number, received_at, customer_id, product_id, order_id, customer_name, contact_phone, model, "
        "category, severity, status, content, expectation, ack_due, remedy_due, created_at, created_by, updated_at, updated_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'received', ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        {*number, time::toDb(received), d.customerId, sql::id(d.productId), sql::id(mainOrder), customer->name, sql::text(phone),
         sql::text(model), codeOf(d.category), codeOf(d.severity), d.content, sql::text(d.expectation), sql::time(ackDue),
         sql::time(remedyDue), nowDb, sql::id(actor.userId), nowDb, sql::id(actor.userId)});
    if (!id)
        return id.error();
    for (qint64 orderId : d.orderIds)
        AS_TRY(m_db.exec(u"INSERT INTO complaint_orders (complaint_id, order_id) VALUES (?, ?) ON CONFLICT DO NOTHING"_s, {*id, orderId}));
    AS_TRY(writeEvent(*id, actor, u"created"_s, {}, codeOf(ComplaintStatus::Received), {}));
    AuditLog audit(m_db, m_clock);
    AS_TRY(audit.record(actor, u"complaint"_s, *id, u"create"_s,
                        AuditLog::created({{u"number"_s, *number}, {u"customer_id"_s, d.customerId}, {u"product_id"_s, d.productId},
                                           {u"orders"_s, idList(d.orderIds)},
                                           {u"category"_s, codeOf(d.category)}, {u"severity"_s, codeOf(d.severity)},
                                           {u"content"_s, d.content}, {u"expectation"_s, d.expectation},
                                           {u"received_at"_s, time::toDb(received)}})));
    AS_TRY(tx->commit());
    return *id;
}

Result<Complaint> ComplaintService::get(qint64 id)
{
    auto q = m_db.exec(u"SELECT "_s + kColumns + u" FROM complaints WHERE id = ?"_s, {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("Complaint %1 does not exist.").arg(id));
    return fromRow(*q);
}

Result<Complaint> ComplaintService::byNumber(const QString &number)
{
    auto q = m_db.exec(u"SELECT "_s + kColumns + u" FROM complaints WHERE number = ?"_s, {number.trimmed().toUpper()});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("There is no complaint %1.").arg(number.trimmed()));
    return fromRow(*q);
}

Result<QList<ComplaintEvent>> ComplaintService::events(qint64 complaintId)
{
    return EventLog(m_db, m_clock, u"complaint_events"_s, u"complaint_id"_s).read(complaintId);
}

Result<QList<ComplaintService::LinkedOrder>> ComplaintService::orders(qint64 complaintId)
{
    auto q = m_db.exec(u"SELECT o.id, o.number, o.status, o.symptom FROM complaint_orders co JOIN service_orders o ON o.id = co.order_id "
                       "WHERE co.complaint_id = ? ORDER BY o.opened_at"_s,
                       {complaintId});
    if (!q)
        return q.error();
    QList<LinkedOrder> out;
    while (q->next())
        out.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString()});
    return out;
}

Result<int> ComplaintService::recentCaseCount(qint64 customerId, const QDateTime &at)
{
    CustomerService customers(m_db, m_clock);
    return customers.recentCaseCount(customerId, at);
}

} // namespace as
