#include "services/PurchaseService.h"

#include "services/AuditLog.h"
#include "services/StockLedger.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "util/Clock.h"
#include "util/Time.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace as {

namespace {

const QString kSelect =
    u"SELECT r.id, r.part_id, p.code, p.name, r.location_id, l.code, r.qty, COALESCE(r.supplier, ''), r.status, r.requested_at, "
    "COALESCE(r.received_qty, 0), COALESCE(r.rejected_qty, 0), COALESCE(r.note, ''), r.row_version "
    "FROM purchase_requests r JOIN parts p ON p.id = r.part_id JOIN stock_locations l ON l.id = r.location_id"_s;

PurchaseRequest fromRow(const QSqlQuery &q)
{
    PurchaseRequest r;
    r.id = q.value(0).toLongLong();
    r.partId = q.value(1).toLongLong();
    r.partCode = q.value(2).toString();
    r.partName = q.value(3).toString();
    r.locationId = q.value(4).toLongLong();
    r.locationCode = q.value(5).toString();
    r.qty = q.value(6).toLongLong();
    r.supplier = q.value(7).toString();
    r.status = fromCode<PurchaseStatus>(q.value(8).toString()).value_or(PurchaseStatus::Requested);
    r.requestedAt = time::fromDb(q.value(9).toString());
    r.receivedQty = q.value(10).toLongLong();
    r.rejectedQty = q.value(11).toLongLong();
    r.note = q.value(12).toString();
    r.rowVersion = q.value(13).toInt();
    return r;
}

} // namespace

Result<PurchaseRequest> PurchaseService::get(qint64 id)
{
    auto q = m_db.exec(kSelect + u" WHERE r.id = ?"_s, {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("Purchase request %1 does not exist.").arg(id));
    return fromRow(*q);
}

Result<QList<PurchaseRequest>> PurchaseService::list(bool openOnly, int limit)
{
    auto q = m_db.exec(kSelect + (openOnly ? u" WHERE r.status IN ('requested','approved','ordered')"_s : QString()) +
                           u" ORDER BY r.id DESC LIMIT ?"_s,
                       {limit});
    if (!q)
        return q.error();
    QList<PurchaseRequest> out;
    while (q->next())
        out << fromRow(*q);
    return out;
}

Result<qint64> PurchaseService::request(const Actor &actor, qint64 partId, qint64 locationId, qint64 qty, const QString &note)
{
    AS_TRY(actor.require(Permission::PostStock));
    if (qty <= 0)
        return Error::validation(tr("The requested quantity must be above zero."), u"qty"_s);
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto supplier = m_db.exec(u"SELECT supplier FROM parts WHERE id = ?"_s, {partId});
    if (!supplier)
        return supplier.error();
    if (!supplier->next())
        return Error::notFound(tr("Part %1 does not exist.").arg(partId));
    const QVariant sup = supplier->value(0);
    supplier->finish();
    const QString now = time::toDb(m_clock.nowUtc());
    auto id = m_db.insertReturningId(
        u"INSERT INTO purchase_requests (part_id, location_id, qty, supplier, status, requested_at, note, created_at, created_by, "
        "updated_at, updated_by) VALUES (?, ?, ?, ?, 'requested', ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        {partId, locationId, qty, sup, now, note.trimmed().isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(note.trimmed()),
         now, actor.userId, now, actor.userId});
    if (!id)
        return id.error();
    AS_TRY(AuditLog(m_db, m_clock).record(actor, u"purchase_request"_s, *id, u"create"_s,
                                          QJsonObject{{u"part_id"_s, partId}, {u"location_id"_s, locationId}, {u"qty"_s, qty}}));
    AS_TRY(tx->commit());
    return *id;
}

Result<int> PurchaseService::requestReorderList(const Actor &actor, qint64 locationId)
{
    AS_TRY(actor.require(Permission::PostStock));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto q = m_db.exec(
        u"SELECT p.id, CASE WHEN p.reorder_qty > 0 THEN p.reorder_qty ELSE p.safety_stock * 2 - COALESCE(s.on_hand, 0) END "
        "FROM parts p LEFT JOIN part_stock s ON s.part_id = p.id AND s.location_id = ? "
        "WHERE p.active = 1 AND p.safety_stock > 0 AND COALESCE(s.on_hand, 0) <= p.safety_stock "
        "AND NOT EXISTS (SELECT 1 FROM purchase_requests r WHERE r.part_id = p.id AND r.location_id = ? "
        "AND r.status IN ('requested','approved','ordered')) ORDER BY p.code"_s,
        {locationId, locationId});
    if (!q)
        return q.error();
    QList<QPair<qint64, qint64>> todo;
    while (q->next())
        todo << qMakePair(q->value(0).toLongLong(), qMax<qint64>(1, q->value(1).toLongLong()));
    q->finish();
    for (const auto &[part, qty] : todo)
        AS_TRY(request(actor, part, locationId, qty, tr("From the reorder list")));
    AS_TRY(tx->commit());
    return int(todo.size());
}

Status PurchaseService::transition(const Actor &actor, qint64 id, PurchaseStatus from, PurchaseStatus to, const QString &column)
{
    const QString now = time::toDb(m_clock.nowUtc());
    QString extra = column.isEmpty() ? QString() : u", "_s + column + u" = ?"_s;
    QVariantList params{codeOf(to), now, actor.userId};
    if (!column.isEmpty())
        params << now;
    if (to == PurchaseStatus::Approved) {
        extra += u", approved_by = ?"_s;
        params << actor.userId;
    }
    params << id << codeOf(from);
    auto n = m_db.execAffected(u"UPDATE purchase_requests SET status = ?, updated_at = ?, updated_by = ?"_s + extra +
                                   u", row_version = row_version + 1 WHERE id = ? AND status = ?"_s,
                               params);
    if (!n)
        return n.error();
    if (*n == 0) {
        auto cur = get(id);
        if (!cur)
            return cur.error();
        return Error::state(tr("Purchase request %1 is %2, not %3; reload to see its state.")
                                .arg(id)
                                .arg(labelOf(cur->status), labelOf(from)));
    }
    return AuditLog(m_db, m_clock).record(actor, u"purchase_request"_s, id, codeOf(to),
                                          QJsonObject{{u"status"_s, QJsonArray{codeOf(from), codeOf(to)}}});
}

Status PurchaseService::approve(const Actor &actor, qint64 id)
{
    AS_TRY(actor.require(Permission::ApprovePurchase));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    AS_TRY(transition(actor, id, PurchaseStatus::Requested, PurchaseStatus::Approved, u"approved_at"_s));
    return tx->commit();
}

Status PurchaseService::markOrdered(const Actor &actor, qint64 id)
{
    AS_TRY(actor.require(Permission::ManageParts));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    AS_TRY(transition(actor, id, PurchaseStatus::Approved, PurchaseStatus::Ordered, u"ordered_at"_s));
    return tx->commit();
}

Result<qint64> PurchaseService::receive(const Actor &actor, qint64 id, qint64 accepted, qint64 rejected)
{
    AS_TRY(actor.require(Permission::PostStock));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto r = get(id);
    if (!r)
        return r.error();
    AS_TRY(transition(actor, id, PurchaseStatus::Ordered, PurchaseStatus::Received, u"received_at"_s));
    AS_TRY(m_db.exec(u"UPDATE purchase_requests SET received_qty = ?, rejected_qty = ? WHERE id = ?"_s, {accepted, rejected, id}));
    MovementRequest m;
    m.type = MovementType::Receipt;
    m.partId = r->partId;
    m.locationId = r->locationId;
    m.qty = accepted;
    m.rejectedQty = rejected;
    m.purchaseRequestId = id;
    m.note = tr("Purchase request %1").arg(id);
    auto moved = m_ledger.post(actor, m);
    if (!moved)
        return moved.error();
    AS_TRY(tx->commit());
    return *moved;
}

Status PurchaseService::cancel(const Actor &actor, qint64 id, const QString &reason)
{
    AS_TRY(actor.require(Permission::PostStock));
    if (reason.trimmed().isEmpty())
        return Error::validation(tr("Cancelling a purchase request needs a reason."), u"reason"_s);
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto r = get(id);
    if (!r)
        return r.error();
    if (r->status == PurchaseStatus::Received || r->status == PurchaseStatus::Cancelled)
        return Error::state(tr("Purchase request %1 is already %2.").arg(id).arg(labelOf(r->status)));
    AS_TRY(m_db.exec(u"UPDATE purchase_requests SET cancel_reason = ? WHERE id = ?"_s, {reason.trimmed(), id}));
    AS_TRY(transition(actor, id, r->status, PurchaseStatus::Cancelled, QString()));
    return tx->commit();
}

} // namespace as
