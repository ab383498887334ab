#include "services/FollowUpService.h"

#include "calendar/WorkingCalendar.h"
#include "services/AuditLog.h"
#include "services/SettingsRepository.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace as {

namespace {

const auto kColumns = u"id, order_id, customer_id, product_id, technician_id, kind, months, due_date, status, outcome, satisfaction, "
                      "attempts, next_call_at, done_at, agent_id, new_order_id, comments, row_version"_s;

FollowUp fromRow(const QSqlQuery &q)
{
    FollowUp f;
    f.id = q.value(0).toLongLong();
    f.orderId = q.value(1).toLongLong();
    f.customerId = q.value(2).toLongLong();
    f.productId = q.value(3).toLongLong();
    f.technicianId = q.value(4).toLongLong();
    f.kind = fromCode<FollowUpKind>(q.value(5).toString()).value_or(FollowUpKind::First);
    f.months = q.value(6).toInt();
    f.dueDate = time::dateFromDb(q.value(7).toString());
    f.status = fromCode<FollowUpStatus>(q.value(8).toString()).value_or(FollowUpStatus::Pending);
    if (!q.value(9).isNull())
        f.outcome = fromCode<CallOutcome>(q.value(9).toString());
    f.satisfaction = q.value(10).toInt();
    f.attempts = q.value(11).toInt();
    f.nextCallAt = sql::timeFrom(q.value(12));
    f.doneAt = sql::timeFrom(q.value(13));
    f.agentId = q.value(14).toLongLong();
    f.newOrderId = q.value(15).toLongLong();
    f.comments = q.value(16).toString();
    f.rowVersion = q.value(17).toInt();
    return f;
}

const auto kRulesKey = u"followup.rules"_s;

} // namespace

// --- rules

Status FollowUpService::validateRules(const FollowUpRules &r)
{
    if (r.firstWithinWorkingDays < 0 || r.firstWithinWorkingDays > 60)
        return Error::validation(tr("First follow-up: the number of working days must be between 0 and 60."), u"first_within_working_days"_s);
    for (int m : r.warrantyMonths) {
        if (m < 1 || m > 120)
            return Error::validation(tr("Follow-ups after acceptance: months must be between 1 and 120 (got %1).").arg(m),
                                     u"warranty_months"_s);
    }
    if (r.maintenanceLeadDays < 0 || r.maintenanceLeadDays > 365)
        return Error::validation(tr("Maintenance reminder: days before must be between 0 and 365."), u"maintenance_lead_days"_s);
    if (r.maintenanceIntervalMonths < 0 || r.maintenanceIntervalMonths > 120)
        return Error::validation(tr("Maintenance interval must be between 0 and 120 months."), u"maintenance_interval_months"_s);
    if (r.retryDelayMinutes < 1 || r.retryDelayMinutes > 60 * 24 * 30)
        return Error::validation(tr("Retry delay must be between 1 minute and 30 days."), u"retry_delay_minutes"_s);
    if (r.maxAttempts < 1 || r.maxAttempts > 20)
        return Error::validation(tr("Attempts before giving up must be between 1 and 20."), u"max_attempts"_s);
    return {};
}

Result<FollowUpRules> FollowUpService::rules()
{
    SettingsRepository settings(m_db, m_clock);
    auto doc = settings.json(kRulesKey);
    if (!doc)
        return doc.error();
    FollowUpRules r;
    const QJsonObject o = doc->object();
    if (o.isEmpty())
        return r;
    r.firstWithinWorkingDays = o.value(u"first_within_working_days"_s).toInt(r.firstWithinWorkingDays);
    if (o.contains(u"warranty_months"_s)) {
        r.warrantyMonths.clear();
        for (const auto &v : o.value(u"warranty_months"_s).toArray())
            r.warrantyMonths << v.toInt();
    }
    r.maintenanceLeadDays = o.value(u"maintenance_lead_days"_s).toInt(r.maintenanceLeadDays);
    r.maintenanceIntervalMonths = o.value(u"maintenance_interval_months"_s).toInt(r.maintenanceIntervalMonths);
    r.retryDelayMinutes = o.value(u"retry_delay_minutes"_s).toInt(r.retryDelayMinutes);
    r.maxAttempts = o.value(u"max_attempts"_s).toInt(r.maxAttempts);
    if (auto st = validateRules(r); !st.ok())
        return Error::validation(tr("Setting %1 is invalid: %2").arg(kRulesKey, st.error().message), kRulesKey);
    return r;
}

Status FollowUpService::setRules(const Actor &actor, const FollowUpRules &r)
{
    AS_TRY(actor.require(Permission::EditSettings));
    AS_TRY(validateRules(r));
    QJsonArray months;
    for (int m : r.warrantyMonths)
        months << m;
    const QJsonObject o{{u"first_within_working_days"_s, r.firstWithinWorkingDays},
                        {u"warranty_months"_s, months},
                        {u"maintenance_lead_days"_s, r.maintenanceLeadDays},
                        {u"maintenance_interval_months"_s, r.maintenanceIntervalMonths},
                        {u"retry_delay_minutes"_s, r.retryDelayMinutes},
                        {u"max_attempts"_s, r.maxAttempts}};
    SettingsRepository settings(m_db, m_clock);
    return settings.setJson(actor, kRulesKey, QJsonDocument(o));
}

// --- scheduling

QDate FollowUpService::firstDue(const WorkingCalendar &cal, const QDateTime &completedUtc, int workingDays)
{
    const QDateTime due = workingDays > 0 ? cal.addWorkingDays(completedUtc, workingDays) : completedUtc;
    return (due.isValid() ? due : completedUtc).toTimeZone(cal.timeZone()).date();
}

QDate FollowUpService::monthsDue(const WorkingCalendar &cal, const QDate &acceptedLocal, int months)
{
    QDate d = acceptedLocal.addMonths(months);   // 30 Nov + 3 months = 28 Feb (clamped to the month's end)
    for (int i = 0; i < 60 && !cal.isWorkingDay(d); ++i)
        d = d.addDays(1);
    return d;
}

QDate FollowUpService::maintenanceDue(const WorkingCalendar &cal, const QDate &maintenanceOn, int leadDays)
{
    QDate d = maintenanceOn.addDays(-leadDays);
    for (int i = 0; i < 60 && !cal.isWorkingDay(d); ++i)
        d = d.addDays(-1);   // a reminder must come before the date, not after
    return d;
}

Status FollowUpService::insert(const Actor &actor, const Order &order, FollowUpKind kind, const QDate &due, int months)
{
    if (order.id > 0 && kind != FollowUpKind::Maintenance) {
        auto exists = m_db.scalar(u"SELECT COUNT(*) FROM followups WHERE order_id = ? AND kind = ? AND COALESCE(months, 0) = ? "
                                  "AND status <> 'cancelled'"_s,
                                  {order.id, codeOf(kind), months});
        if (!exists)
            return exists.error();
        if (exists->toLongLong() > 0)
            return {};
    }
    const QString now = time::toDb(m_clock.nowUtc());
    auto id = m_db.insertReturningId(
        u"INSERT INTO followups (order_id, customer_id, product_id, technician_id, kind, months, due_date, status, attempts, "
        "created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?, ?, ?) RETURNING id"_s,
        {sql::id(order.id), order.customerId, sql::id(order.productId), sql::id(order.technicianId), codeOf(kind),
         months > 0 ? QVariant(months) : QVariant(QMetaType::fromType<int>()),
         time::dateToDb(due), now, sql::id(actor.userId), now, sql::id(actor.userId)});
    if (!id)
        return id.error();
    AuditLog audit(m_db, m_clock);
    return audit.record(actor, u"followup"_s, *id, u"schedule"_s,
                        QJsonObject{{u"kind"_s, codeOf(kind)}, {u"due_date"_s, time::dateToDb(due)}, {u"order_id"_s, order.id}});
}

Status FollowUpService::onOrderTransition(const Actor &actor, const Order &order, OrderStatus to)
{
    if (to != OrderStatus::Completed && to != OrderStatus::Accepted)
        return {};
    if (order.category == OrderCategory::Consultation)
        return {};
    auto r = rules();
    if (!r)
        return r.error();
    auto cal = WorkingCalendar::load(m_db);
    if (!cal)
        return cal.error();
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (to == OrderStatus::Completed) {
        const QDateTime completed = order.completedAt.isValid() ? order.completedAt : m_clock.nowUtc();
        AS_TRY(insert(actor, order, FollowUpKind::First, firstDue(*cal, completed, r->firstWithinWorkingDays)));
    } else {
        const QDate accepted = (order.acceptedAt.isValid() ? order.acceptedAt : m_clock.nowUtc()).toTimeZone(cal->timeZone()).date();
        if (order.warranty == WarrantyStatus::In) {
            for (int m : r->warrantyMonths)
                AS_TRY(insert(actor, order, FollowUpKind::Months, monthsDue(*cal, accepted, m), m));
        }
        const bool maintains = order.category == OrderCategory::Maintenance || order.category == OrderCategory::Installation;
        if (maintains && order.productId > 0 && r->maintenanceIntervalMonths > 0)
            AS_TRY(setMaintenanceDate(actor, order.productId, accepted.addMonths(r->maintenanceIntervalMonths)));
    }
    return tx->commit();
}

Status FollowUpService::setMaintenanceDate(const Actor &actor, qint64 productId, const QDate &date)
{
    if (!date.isValid())
        return Error::validation(tr("Next maintenance date is not a valid date."), u"next_maintenance_on"_s);
    auto r = rules();
    if (!r)
        return r.error();
    auto cal = WorkingCalendar::load(m_db);
    if (!cal)
        return cal.error();
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto q = m_db.exec(u"SELECT customer_id FROM products WHERE id = ?"_s, {productId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("Product %1 does not exist.").arg(productId));
    Order owner;
    owner.customerId = q->value(0).toLongLong();
    owner.productId = productId;
    q->finish();
    const QString now = time::toDb(m_clock.nowUtc());
    auto n = m_db.execAffected(u"UPDATE products SET next_maintenance_on = ?, updated_at = ?, updated_by = ?, row_version = row_version + 1 "
                               "WHERE id = ?"_s,
                               {time::dateToDb(date), now, sql::id(actor.userId), productId});
    if (!n)
        return n.error();
    // The earlier reminder (if still to be called) is replaced by the new one.
    auto c = m_db.execAffected(u"UPDATE followups SET status = 'cancelled', cancel_reason = ?, finished_at = ?, updated_at = ?, "
                               "updated_by = ?, row_version = row_version + 1 WHERE product_id = ? AND kind = 'maintenance' AND status = 'pending'"_s,
                               {tr("Maintenance date changed"), now, now, sql::id(actor.userId), productId});
    if (!c)
        return c.error();
    AS_TRY(insert(actor, owner, FollowUpKind::Maintenance, maintenanceDue(*cal, date, r->maintenanceLeadDays)));
    return tx->commit();
}

// --- reading

Result<FollowUp> FollowUpService::get(qint64 id)
{
    auto q = m_db.exec(u"SELECT "_s + kColumns + u" FROM followups WHERE id = ?"_s, {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("Follow-up %1 does not exist.").arg(id));
    return fromRow(*q);
}

Result<QList<FollowUp>> FollowUpService::forOrder(qint64 orderId)
{
    auto q = m_db.exec(u"SELECT "_s + kColumns + u" FROM followups WHERE order_id = ? ORDER BY due_date, id"_s, {orderId});
    if (!q)
        return q.error();
    QList<FollowUp> out;
    while (q->next())
        out << fromRow(*q);
    return out;
}

Result<QList<FollowUpService::Call>> FollowUpService::calls(qint64 followUpId)
{
    auto q = m_db.exec(u"SELECT c.at, COALESCE(u.display_name, u.login, ''), c.outcome, c.satisfaction, c.comments "
                       "FROM followup_calls c LEFT JOIN users u ON u.id = c.agent_id WHERE c.followup_id = ? ORDER BY c.at, c.id"_s,
                       {followUpId});
    if (!q)
        return q.error();
    QList<Call> out;
    while (q->next())
        out.append({sql::timeFrom(q->value(0)), q->value(1).toString(),
                    fromCode<CallOutcome>(q->value(2).toString()).value_or(CallOutcome::Reached), q->value(3).toInt(),
                    q->value(4).toString()});
    return out;
}

// --- calls

QString FollowUpService::staleMessage() const
{
    return tr("This follow-up was changed by someone else (perhaps another agent called the customer). Reload to see it.");
}

Status FollowUpService::record(const Actor &actor, qint64 id, int rowVersion, const CallRecord &call)
{
    AS_TRY(actor.require(Permission::RecordFollowUps));
    if (call.outcome == CallOutcome::Reached && (call.satisfaction < 0 || call.satisfaction > 5))
        return Error::validation(tr("Satisfaction must be from 1 to 5 (or empty when the customer gave no rating)."), u"satisfaction"_s);
    if (call.outcome != CallOutcome::Reached && call.satisfaction != 0)
        return Error::validation(tr("Satisfaction can only be recorded when the customer was reached."), u"satisfaction"_s);
    auto r = rules();
    if (!r)
        return r.error();
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto f = get(id);
    if (!f)
        return f.error();
    if (f->rowVersion != rowVersion)
        return Error::conflict(staleMessage());
    if (f->status != FollowUpStatus::Pending)
        return Error::state(tr("This follow-up is already %1.").arg(labelOf(f->status)));

    SettingsRepository settings(m_db, m_clock);
    const QDateTime now = m_clock.nowUtc();
    const QString nowDb = time::toDb(now);
    const int attempts = f->attempts + 1;
    FollowUpStatus status = FollowUpStatus::Pending;
    QVariant nextCall(QMetaType::fromType<QString>()), doneAt(QMetaType::fromType<QString>()), doneOn(QMetaType::fromType<QString>());
    switch (call.outcome) {
    case CallOutcome::Reached: status = FollowUpStatus::Done; break;
    case CallOutcome::Refused: status = FollowUpStatus::Refused; break;
    case CallOutcome::NotReached:
        if (attempts >= r->maxAttempts)
            status = FollowUpStatus::Unreachable;
        else
            nextCall = time::toDb(now.addSecs(qint64(r->retryDelayMinutes) * 60));
        break;
    }
    if (status == FollowUpStatus::Done || status == FollowUpStatus::Refused) {
        doneAt = nowDb;
        doneOn = time::dateToDb(now.toTimeZone(settings.siteTimeZone()).date());
    }
    const QVariant rating = call.satisfaction > 0 ? QVariant(call.satisfaction) : QVariant(QMetaType::fromType<int>());
    auto n = m_db.execAffected(
        u"UPDATE followups SET status = ?, outcome = ?, satisfaction = ?, attempts = ?, next_call_at = ?, agent_id = ?, done_at = ?, "
        "done_on = ?, finished_at = ?, comments = ?, new_order_id = COALESCE(?, new_order_id), updated_at = ?, updated_by = ?, "
        "row_version = row_version + 1 WHERE id = ? AND row_version = ?"_s,
        {codeOf(status), codeOf(call.outcome), rating, attempts, nextCall, sql::id(actor.userId), doneAt, doneOn,
         status == FollowUpStatus::Pending ? QVariant(QMetaType::fromType<QString>()) : QVariant(nowDb),
         sql::text(call.comments.trimmed()), sql::id(call.newOrderId), nowDb, sql::id(actor.userId), id, rowVersion});
    if (!n)
        return n.error();
    if (*n == 0)
        return Error::conflict(staleMessage());
    auto c = m_db.insertReturningId(u"INSERT INTO followup_calls (followup_id, at, agent_id, outcome, satisfaction, comments) "
                                    "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s,
                                    {id, nowDb, sql::id(actor.userId), codeOf(call.outcome), rating, sql::text(call.comments.trimmed())});
    if (!c)
        return c.error();
    QJsonObject change{{u"status"_s, codeOf(status)}, {u"outcome"_s, codeOf(call.outcome)}, {u"attempts"_s, attempts}};
    if (call.satisfaction > 0)
        change[u"satisfaction"_s] = call.satisfaction;
    if (call.newOrderId > 0)
        change[u"new_order_id"_s] = call.newOrderId;
    AuditLog audit(m_db, m_clock);
    AS_TRY(audit.record(actor, u"followup"_s, id, u"call"_s, change));
    return tx->commit();
}

Status FollowUpService::cancel(const Actor &actor, qint64 id, int rowVersion, const QString &reason)
{
    AS_TRY(actor.require(Permission::RecordFollowUps));
    if (reason.trimmed().isEmpty())
        return Error::validation(tr("A reason is required to cancel a follow-up."), u"reason"_s);
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto f = get(id);
    if (!f)
        return f.error();
    if (f->status != FollowUpStatus::Pending)
        return Error::state(tr("This follow-up is already %1.").arg(labelOf(f->status)));
    const QString nowDb = time::toDb(m_clock.nowUtc());
    auto n = m_db.execAffected(u"UPDATE followups SET status = 'cancelled', cancel_reason = ?, finished_at = ?, updated_at = ?, "
                               "updated_by = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?"_s,
                               {reason.trimmed(), nowDb, nowDb, sql::id(actor.userId), id, rowVersion});
    if (!n)
        return n.error();
    if (*n == 0)
        return Error::conflict(staleMessage());
    AuditLog audit(m_db, m_clock);
    AS_TRY(audit.record(actor, u"followup"_s, id, u"cancel"_s, QJsonObject{{u"reason"_s, reason.trimmed()}}));
    return tx->commit();
}

// --- statistics

Result<QList<FollowUpService::PersonStats>> FollowUpService::stats(By by, const QDate &from, const QDate &to)
{
    SettingsRepository settings(m_db, m_clock);
    const QTimeZone site = settings.siteTimeZone();
    const QString fromUtc = time::localDayStartUtc(from, site), toUtc = time::localDayStartUtc(to.addDays(1), site);
    const QString who = by == By::Agent ? u"f.agent_id"_s : u"f.technician_id"_s;
    QMap<qint64, PersonStats> rows;
    // Aggregate over the covering index followups_stats first, then name the few people.
    auto q = m_db.exec(u"SELECT s.who, COALESCE(u.display_name, u.login, ''), s.n, s.rated, s.satisfied, s.points, s.on_time FROM ("
                       "SELECT "_s + who + u" AS who, COUNT(*) AS n, COUNT(f.satisfaction) AS rated, "
                       "SUM(CASE WHEN f.satisfaction >= 4 THEN 1 ELSE 0 END) AS satisfied, SUM(COALESCE(f.satisfaction, 0)) AS points, "
                       "SUM(CASE WHEN f.done_on <= f.due_date THEN 1 ELSE 0 END) AS on_time "
                       "FROM followups f WHERE f.done_at >= ? AND f.done_at < ? AND "_s + who + u" IS NOT NULL GROUP BY "_s + who +
                       u") s LEFT JOIN users u ON u.id = s.who"_s,
                       {fromUtc, toUtc});
    if (!q)
        return q.error();
    while (q->next()) {
        PersonStats &s = rows[q->value(0).toLongLong()];
        s.userId = q->value(0).toLongLong();
        s.name = q->value(1).toString();
        s.done = q->value(2).toInt();
        s.rated = q->value(3).toInt();
        s.satisfied = q->value(4).toInt();
        s.averageRating = s.rated > 0 ? q->value(5).toDouble() / s.rated : 0;
        if (by == By::Agent) {
            s.coverageNum = q->value(6).toInt();
            s.coverageDen = s.done;
        }
    }
    q->finish();
    if (by == By::Technician) {
        // The KPI's definition (domain.md: in-warranty completed orders), so the per-technician
        // figures add up to the follow-up coverage tile; covered by service_orders_kpi_completed
        // and followups_kpi_order.
        auto c = m_db.exec(u"SELECT s.tech, COALESCE(u.display_name, u.login, ''), s.n, s.followed FROM ("
                           "SELECT o.technician_id AS tech, COUNT(*) AS n, "
                           "SUM(CASE WHEN EXISTS (SELECT 1 FROM followups f WHERE f.order_id = o.id AND f.kind = 'first' "
                           "AND f.done_at IS NOT NULL) THEN 1 ELSE 0 END) AS followed "
                           "FROM service_orders o WHERE o.completed_at >= ? AND o.completed_at < ? AND o.warranty_status = 'in' "
                           "AND o.technician_id IS NOT NULL GROUP BY o.technician_id) s LEFT JOIN users u ON u.id = s.tech"_s,
                           {fromUtc, toUtc});
        if (!c)
            return c.error();
        while (c->next()) {
            PersonStats &s = rows[c->value(0).toLongLong()];
            s.userId = c->value(0).toLongLong();
            s.name = c->value(1).toString();
            s.coverageDen = c->value(2).toInt();
            s.coverageNum = c->value(3).toInt();
        }
    }
    QList<PersonStats> out = rows.values();
    std::sort(out.begin(), out.end(), [](const PersonStats &a, const PersonStats &b) { return a.name < b.name; });
    return out;
}

} // namespace as
