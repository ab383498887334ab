// The workflow part of ComplaintService: acknowledgement, transitions, handling details.
#include "services/ComplaintService.h"

#include "services/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"
#include "util/Clock.h"
#include "util/Money.h"

using namespace Qt::Literals::StringLiterals;

namespace as {

QString ComplaintService::staleMessage(const Complaint &c) const
{
    return tr("Complaint %1 was changed by someone else after you opened it. Reload to see their change.").arg(c.number);
}

Status ComplaintService::requirePermission(const Actor &actor, const Complaint &c, ComplaintStatus to,
                                           const ComplaintStepData &d) const
{
    AS_TRY(actor.require(Permission::HandleComplaints));
    if (to == ComplaintStatus::Approved) {
        const std::optional<Remedy> remedy = d.remedy ? d.remedy : c.remedy;
        if (remedy && remedyNeedsManager(*remedy) && !actor.can(Permission::ApproveCompensation))
            return Error::permission(tr("%1 of complaint %2 needs a manager's approval; %3 (%4) may not approve it.")
                                         .arg(labelOf(*remedy), c.number, actor.displayName, labelOf(actor.role)));
    }
    return {};
}

Status ComplaintService::requireData(const Complaint &c, ComplaintStatus to, const ComplaintStepData &d) const
{
    using S = ComplaintStatus;
    const std::optional<Remedy> remedy = d.remedy ? d.remedy : c.remedy;
    const qint64 amount = d.compensationFen >= 0 ? d.compensationFen : c.compensationFen;
    switch (to) {
    case S::RemedyProposed:
        if (!remedy)
            return Error::validation(tr("Remedy is required to propose a remedy."), u"remedy"_s);
        if (*remedy == Remedy::Compensation && amount <= 0)
            return Error::validation(tr("Compensation amount is required for a compensation."), u"compensation"_s);
        if (amount > 0 && *remedy != Remedy::Compensation && *remedy != Remedy::Refund)
            return Error::validation(tr("An amount only goes with a compensation or a refund."), u"compensation"_s);
        break;
    case S::Approved:
        if (!remedy)
            return Error::validation(tr("There is no remedy to approve."), u"remedy"_s);
        break;
    case S::Investigating:
        if (c.status == S::CustomerInformed && d.feedback.trimmed().isEmpty() && d.note.trimmed().isEmpty())
            return Error::validation(tr("Write why the customer is not satisfied."), u"feedback"_s);
        break;
    case S::Received: case S::CustomerInformed: case S::Closed:
        break;
    }
    return {};
}

QList<ComplaintStatus> ComplaintService::availableTransitions(const Actor &actor, const Complaint &c) const
{
    QList<ComplaintStatus> out;
    for (ComplaintStatus to : complaintflow::next(c.status))
        if (requirePermission(actor, c, to, {}).ok())
            out << to;
    return out;
}

Status ComplaintService::acknowledge(const Actor &actor, qint64 id, int rowVersion, const QString &note)
{
    AS_TRY(actor.require(Permission::HandleComplaints));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto c = get(id);
    if (!c)
        return c.error();
    if (c->rowVersion != rowVersion)
        return Error::conflict(staleMessage(*c));
    if (c->acknowledgedAt.isValid())
        return Error::state(tr("Complaint %1 is already acknowledged.").arg(c->number));
    const QString nowDb = time::toDb(m_clock.nowUtc());
    auto n = m_db.execAffected(u"UPDATE complaints SET acknowledged_at = ?, updated_at = ?, updated_by = ?, row_version = row_version + 1 "
                               "WHERE id = ? AND row_version = ?"_s,
                               {nowDb, nowDb, sql::id(actor.userId), id, rowVersion});
    if (!n)
        return n.error();
    if (*n == 0)
        return Error::conflict(staleMessage(*c));
    AS_TRY(writeEvent(id, actor, u"acknowledged"_s, {}, {}, note.trimmed()));
    AuditLog audit(m_db, m_clock);
    AS_TRY(audit.record(actor, u"complaint"_s, id, u"acknowledge"_s, AuditLog::diff({}, {{u"acknowledged_at"_s, nowDb}})));
    return tx->commit();
}

Status ComplaintService::transition(const Actor &actor, qint64 id, int rowVersion, ComplaintStatus to, const ComplaintStepData &d)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto c = get(id);
    if (!c)
        return c.error();
    if (c->rowVersion != rowVersion)
        return Error::conflict(staleMessage(*c));
    if (!complaintflow::allowed(c->status, to))
        return Error::state(tr("Complaint %1 cannot go from %2 to %3.").arg(c->number, labelOf(c->status), labelOf(to)));
    AS_TRY(requirePermission(actor, *c, to, d));
    AS_TRY(requireData(*c, to, d));

    const QString nowDb = time::toDb(m_clock.nowUtc());
    QString sets = u"status = ?"_s;
    QVariantList params{codeOf(to)};
    QVariantMap before{{u"status"_s, codeOf(c->status)}}, after{{u"status"_s, codeOf(to)}};
    auto set = [&](const QString &column, const QVariant &value, const QVariant &old = {}) {
        sets += u", "_s + column + u" = ?"_s;
        params << value;
        if (!old.isNull() || !value.isNull()) {
            before[column] = old;
            after[column] = value;
        }
    };
    QString kind = u"transition"_s;
    const QString feedback = d.feedback.trimmed();
    using S = ComplaintStatus;
    switch (to) {
    case S::Investigating:
        if (c->status == S::CustomerInformed) {
            kind = u"reopened"_s;
            set(u"satisfied"_s, 0);
            set(u"reopen_count"_s, c->reopenCount + 1, c->reopenCount);
            set(u"approved_at"_s, sql::time({}), time::toDb(c->approvedAt));
            set(u"approved_by"_s, sql::id(0), c->approvedBy);
            set(u"informed_at"_s, sql::time({}), time::toDb(c->informedAt));
            set(u"customer_feedback"_s, sql::text(feedback), c->customerFeedback);
        } else if (!c->acknowledgedAt.isValid()) {
            set(u"acknowledged_at"_s, nowDb);
        }
        break;
    case S::RemedyProposed: {
        const Remedy remedy = d.remedy ? *d.remedy : *c->remedy;
        set(u"remedy"_s, codeOf(remedy), c->remedy ? codeOf(*c->remedy) : QString());
        if (d.compensationFen >= 0)
            set(u"compensation_fen"_s, d.compensationFen, c->compensationFen);
        if (!d.remedyNote.trimmed().isEmpty())
            set(u"remedy_note"_s, d.remedyNote.trimmed(), c->remedyNote);
        if (d.responsibility)
            set(u"responsibility"_s, codeOf(*d.responsibility), codeOf(c->responsibility));
        if (!d.rootCause.trimmed().isEmpty())
            set(u"root_cause"_s, d.rootCause.trimmed(), c->rootCause);
        if (!c->remedyProposedAt.isValid())
            set(u"remedy_proposed_at"_s, nowDb);
        if (!c->acknowledgedAt.isValid())
            set(u"acknowledged_at"_s, nowDb);
        break;
    }
    case S::Approved:
        set(u"approved_at"_s, nowDb);
        set(u"approved_by"_s, sql::id(actor.userId));
        break;
    case S::CustomerInformed:
        set(u"informed_at"_s, nowDb);
        if (!feedback.isEmpty())
            set(u"customer_feedback"_s, feedback, c->customerFeedback);
        break;
    case S::Closed:
        set(u"closed_at"_s, nowDb);
        set(u"satisfied"_s, 1);
        if (!feedback.isEmpty())
            set(u"customer_feedback"_s, feedback, c->customerFeedback);
        break;
    case S::Received:
        break;
    }
    set(u"updated_at"_s, nowDb);
    set(u"updated_by"_s, sql::id(actor.userId));
    before.remove(u"updated_at"_s);
    after.remove(u"updated_at"_s);
    before.remove(u"updated_by"_s);
    after.remove(u"updated_by"_s);
    params << id << rowVersion;
    auto n = m_db.execAffected(u"UPDATE complaints SET "_s + sets + u", row_version = row_version + 1 WHERE id = ? AND row_version = ?"_s,
                               params);
    if (!n)
        return n.error();
    if (*n == 0)
        return Error::conflict(staleMessage(*c));
    QString note = d.note.trimmed();
    if (!feedback.isEmpty())
        note = note.isEmpty() ? feedback : QString(note + u"\n"_s + feedback);
    AS_TRY(writeEvent(id, actor, kind, codeOf(c->status), codeOf(to), note));
    AuditLog audit(m_db, m_clock);
    AS_TRY(audit.record(actor, u"complaint"_s, id, to == S::Approved ? u"approve"_s : u"transition"_s, AuditLog::diff(before, after)));
    return tx->commit();
}

namespace {
QVariantMap handlingFields(const Complaint &x)
{
    return {{u"category"_s, codeOf(x.category)}, {u"severity"_s, codeOf(x.severity)}, {u"expectation"_s, x.expectation.trimmed()},
            {u"department"_s, x.department.trimmed()}, {u"assignee_id"_s, x.assigneeId},
            {u"investigation"_s, x.investigation.trimmed()}, {u"root_cause"_s, x.rootCause.trimmed()},
            {u"responsibility"_s, codeOf(x.responsibility)}, {u"remedy"_s, x.remedy ? codeOf(*x.remedy) : QString()},
            {u"remedy_note"_s, x.remedyNote.trimmed()}, {u"compensation_fen"_s, x.compensationFen}};
}
} // namespace

Status ComplaintService::update(const Actor &actor, const Complaint &c)
{
    AS_TRY(actor.require(Permission::HandleComplaints));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto cur = get(c.id);
    if (!cur)
        return cur.error();
    if (cur->rowVersion != c.rowVersion)
        return Error::conflict(staleMessage(*cur));
    if (cur->status == ComplaintStatus::Closed)
        return Error::state(tr("Complaint %1 is closed; it can no longer be changed.").arg(cur->number));
    const bool remedyChanged = cur->remedy != c.remedy || cur->compensationFen != c.compensationFen;
    if (remedyChanged && (cur->status == ComplaintStatus::Approved || cur->status == ComplaintStatus::CustomerInformed))
        return Error::state(tr("The remedy of complaint %1 is approved; it cannot be changed now.").arg(cur->number));
    if (c.compensationFen < 0)
        return Error::validation(tr("Compensation amount cannot be negative."), u"compensation"_s);
    if (c.compensationFen > 0 && c.remedy != Remedy::Compensation && c.remedy != Remedy::Refund)
        return Error::validation(tr("An amount only goes with a compensation or a refund."), u"compensation"_s);
    if (c.assigneeId > 0) {
        auto u = m_db.scalar(u"SELECT count(*) FROM users WHERE id = ?"_s, {c.assigneeId});
        if (!u)
            return u.error();
        if (u->toInt() == 0)
            return Error::validation(tr("The responsible person does not exist."), u"assignee"_s);
    }
    const QJsonObject changes = AuditLog::diff(handlingFields(*cur), handlingFields(c));
    if (changes.isEmpty())
        return {};
    const QString nowDb = time::toDb(m_clock.nowUtc());
    auto n = m_db.execAffected(
        u"UPDATE complaints SET category = ?, severity = ?, expectation = ?, department = ?, assignee_id = ?, investigation = ?, "
        "root_cause = ?, responsibility = ?, remedy = ?, remedy_note = ?, compensation_fen = ?, updated_at = ?, updated_by = ?, "
        "row_version = row_version + 1 WHERE id = ? AND row_version = ?"_s,
        {codeOf(c.category), codeOf(c.severity), sql::text(c.expectation.trimmed()), sql::text(c.department.trimmed()),
         sql::id(c.assigneeId), sql::text(c.investigation.trimmed()), sql::text(c.rootCause.trimmed()), codeOf(c.responsibility),
         c.remedy ? QVariant(codeOf(*c.remedy)) : sql::text({}), sql::text(c.remedyNote.trimmed()), c.compensationFen, nowDb,
         sql::id(actor.userId), c.id, c.rowVersion});
    if (!n)
        return n.error();
    if (*n == 0)
        return Error::conflict(staleMessage(*cur));
    AS_TRY(writeEvent(c.id, actor, u"updated"_s, {}, {}, changes.keys().join(u", "_s)));
    AuditLog audit(m_db, m_clock);
    AS_TRY(audit.record(actor, u"complaint"_s, c.id, u"update"_s, changes));
    return tx->commit();
}

Status ComplaintService::linkOrders(const Actor &actor, qint64 id, int rowVersion, const QList<qint64> &orderIds)
{
    AS_TRY(actor.require(Permission::HandleComplaints));
    if (orderIds.isEmpty())
        return Error::validation(tr("Tick at least one order to link."), u"orders"_s);
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto cur = get(id);
    if (!cur)
        return cur.error();
    if (cur->rowVersion != rowVersion)
        return Error::conflict(staleMessage(*cur));
    if (cur->status == ComplaintStatus::Closed)
        return Error::state(tr("Complaint %1 is closed; it can no longer be changed.").arg(cur->number));
    QStringList numbers;
    qint64 first = 0;
    for (qint64 orderId : orderIds) {
        auto q = m_db.exec(u"SELECT number, customer_id, (SELECT count(*) FROM complaint_orders WHERE complaint_id = ? AND order_id = o.id) "
                           "FROM service_orders o WHERE id = ?"_s,
                           {id, orderId});
        if (!q)
            return q.error();
        if (!q->next())
            return Error::notFound(tr("Service order %1 does not exist.").arg(orderId));
        const QString number = q->value(0).toString();
        const bool sameCustomer = q->value(1).toLongLong() == cur->customerId;
        const bool linked = q->value(2).toInt() > 0;
        q->finish();
        if (!sameCustomer)
            return Error::validation(tr("Order %1 belongs to another customer; it cannot be linked to complaint %2.").arg(number, cur->number),
                                     u"orders"_s);
        if (linked)
            continue;
        AS_TRY(m_db.exec(u"INSERT INTO complaint_orders (complaint_id, order_id) VALUES (?, ?)"_s, {id, orderId}));
        numbers << number;
        if (!first)
            first = orderId;
    }
    if (numbers.isEmpty())
        return {};   // all were linked already
    const QString nowDb = time::toDb(m_clock.nowUtc());
    auto n = m_db.execAffected(u"UPDATE complaints SET order_id = COALESCE(order_id, ?), updated_at = ?, updated_by = ?, "
                               "row_version = row_version + 1 WHERE id = ? AND row_version = ?"_s,
                               {first, nowDb, sql::id(actor.userId), id, rowVersion});
    if (!n)
        return n.error();
    if (*n == 0)
        return Error::conflict(staleMessage(*cur));
    AS_TRY(writeEvent(id, actor, u"orders_linked"_s, {}, {}, numbers.join(u", "_s)));
    AuditLog audit(m_db, m_clock);
    AS_TRY(audit.record(actor, u"complaint"_s, id, u"link_orders"_s, QJsonObject{{u"orders"_s, numbers.join(u", "_s)}}));
    return tx->commit();
}

} // namespace as
