// The charges part of OrderService: quote, consent.
#include "services/OrderService.h"

#include "services/AuditLog.h"
#include "services/SettingsRepository.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace as {

Result<qint64> OrderService::labourRate(Complexity complexity)
{
    auto v = SettingsRepository(m_db, m_clock).value(u"pricing.labour_rates"_s);
    if (!v)
        return v.error();
    const QJsonObject o = QJsonDocument::fromJson(v->toUtf8()).object();
    const QString key = complexity == Complexity::Complex ? u"complex"_s : u"general"_s;
    if (o.contains(key)) {
        const qint64 fen = o.value(key).toInteger(-1);
        if (fen < 0)
            return Error::validation(tr("Setting pricing.labour_rates: \"%1\" must be a whole number of fen.").arg(key), u"pricing.labour_rates"_s);
        return fen;
    }
    return complexity == Complexity::Complex ? qint64(15000) : qint64(8000);   // defaults: ¥150 / ¥80
}

Status OrderService::setQuote(const Actor &actor, qint64 id, int rowVersion, qint64 labourFen, qint64 travelFen, bool misuse)
{
    AS_TRY(actor.require(Permission::EditOrders));
    if (labourFen < 0)
        return Error::validation(tr("Labour cannot be negative."), u"labour"_s);
    if (travelFen < 0)
        return Error::validation(tr("Travel cannot be negative."), u"travel"_s);
    if (labourFen > 100000000 || travelFen > 100000000)
        return Error::validation(tr("Amount is too large."), labourFen > 100000000 ? u"labour"_s : u"travel"_s);
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto o = get(id);
    if (!o)
        return o.error();
    if (o->rowVersion != rowVersion)
        return Error::conflict(staleMessage(*o));
    AS_TRY(checkTechnicianOwns(actor, *o));
    if (!isOpen(o->status) && o->status != OrderStatus::Completed)
        return Error::state(tr("Service order %1 is %2; its charges can no longer change.").arg(o->number, labelOf(o->status)));
    if (o->warranty == WarrantyStatus::In && !misuse && (labourFen > 0 || travelFen > 0))
        return Error::validation(tr("Order %1 is in warranty: the repair is free unless the fault is misuse.").arg(o->number), u"labour"_s);
    const bool changed = labourFen != o->labourFen || travelFen != o->travelFen || misuse != o->misuse;
    if (!changed)
        return {};
    const QString nowDb = time::toDb(m_clock.nowUtc());
    // New amounts need the customer's agreement again.
    auto n = m_db.execAffected(u"UPDATE service_orders SET labour_fen = ?, travel_fen = ?, misuse = ?, quote_consent_at = NULL, "
                               "quote_consent_by = NULL, updated_at = ?, updated_by = ?, row_version = row_version + 1 "
                               "WHERE id = ? AND row_version = ?"_s,
                               {labourFen, travelFen, misuse ? 1 : 0, nowDb, sql::id(actor.userId), id, rowVersion});
    if (!n)
        return n.error();
    if (*n == 0)
        return Error::conflict(staleMessage(*o));
    AS_TRY(writeEvent(id, actor, u"quote"_s, {}, {},
                      tr("Labour %1, travel %2").arg(QString::number(labourFen / 100.0, 'f', 2), QString::number(travelFen / 100.0, 'f', 2))));
    AuditLog audit(m_db, m_clock);
    AS_TRY(audit.record(actor, u"service_order"_s, id, u"quote"_s,
                        AuditLog::diff({{u"labour_fen"_s, o->labourFen}, {u"travel_fen"_s, o->travelFen}, {u"misuse"_s, o->misuse}},
                                       {{u"labour_fen"_s, labourFen}, {u"travel_fen"_s, travelFen}, {u"misuse"_s, misuse}})));
    return tx->commit();
}

Status OrderService::recordConsent(const Actor &actor, qint64 id, int rowVersion, const QString &byName)
{
    AS_TRY(actor.require(Permission::EditOrders));
    if (byName.trimmed().isEmpty())
        return Error::validation(tr("Write who agreed to the quote."), u"consent_by"_s);
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto o = get(id);
    if (!o)
        return o.error();
    if (o->rowVersion != rowVersion)
        return Error::conflict(staleMessage(*o));
    const QString nowDb = time::toDb(m_clock.nowUtc());
    auto n = m_db.execAffected(u"UPDATE service_orders SET quote_consent_at = ?, quote_consent_by = ?, updated_at = ?, updated_by = ?, "
                               "row_version = row_version + 1 WHERE id = ? AND row_version = ?"_s,
                               {nowDb, byName.trimmed(), nowDb, sql::id(actor.userId), id, rowVersion});
    if (!n)
        return n.error();
    if (*n == 0)
        return Error::conflict(staleMessage(*o));
    AS_TRY(writeEvent(id, actor, u"consent"_s, {}, {}, byName.trimmed()));
    AuditLog audit(m_db, m_clock);
    AS_TRY(audit.record(actor, u"service_order"_s, id, u"consent"_s, AuditLog::created({{u"quote_consent_by"_s, byName.trimmed()}})));
    return tx->commit();
}

Result<qint64> OrderService::addExpense(const Actor &actor, qint64 orderId, const QString &kind, qint64 amountFen, const QString &note)
{
    AS_TRY(actor.require(Permission::EditOrders));
    static const QStringList kinds{u"travel"_s, u"toll"_s, u"parking"_s, u"lodging"_s, u"other"_s};
    if (!kinds.contains(kind))
        return Error::validation(tr("Expense kind \"%1\" is not one of travel, toll, parking, lodging, other.").arg(kind), u"kind"_s);
    if (amountFen <= 0)
        return Error::validation(tr("Expense amount must be more than zero."), u"amount"_s);
    if (amountFen > 10000000)
        return Error::validation(tr("Expense amount is too large."), u"amount"_s);
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto o = get(orderId);
    if (!o)
        return o.error();
    AS_TRY(checkTechnicianOwns(actor, *o));
    if (o->status == OrderStatus::Cancelled)
        return Error::state(tr("Service order %1 is cancelled; no expenses can be claimed on it.").arg(o->number));
    const QString nowDb = time::toDb(m_clock.nowUtc());
    auto id = m_db.insertReturningId(u"INSERT INTO order_expenses (order_id, kind, amount_fen, note, claimed_by, created_at, created_by, "
                                     "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                                     {orderId, kind, amountFen, sql::text(note.trimmed()), sql::id(actor.userId), nowDb,
                                      sql::id(actor.userId), nowDb, sql::id(actor.userId)});
    if (!id)
        return id.error();
    AS_TRY(writeEvent(orderId, actor, u"expense"_s, {}, {}, u"%1 %2"_s.arg(kind, QString::number(amountFen / 100.0, 'f', 2))));
    AuditLog audit(m_db, m_clock);
    AS_TRY(audit.record(actor, u"order_expense"_s, *id, u"create"_s,
                        AuditLog::created({{u"order_id"_s, orderId}, {u"kind"_s, kind}, {u"amount_fen"_s, amountFen}, {u"note"_s, note.trimmed()}})));
    AS_TRY(tx->commit());
    return *id;
}

Result<QList<OrderService::Expense>> OrderService::expenses(qint64 orderId)
{
    auto q = m_db.exec(u"SELECT e.id, e.kind, e.amount_fen, COALESCE(e.note, ''), COALESCE(u.display_name, ''), e.created_at "
                       "FROM order_expenses e LEFT JOIN users u ON u.id = e.claimed_by WHERE e.order_id = ? ORDER BY e.id"_s,
                       {orderId});
    if (!q)
        return q.error();
    QList<Expense> out;
    while (q->next())
        out.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toLongLong(), q->value(3).toString(),
                    q->value(4).toString(), sql::timeFrom(q->value(5))});
    return out;
}

} // namespace as
