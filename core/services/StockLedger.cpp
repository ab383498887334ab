#include "services/StockLedger.h"

#include "services/DepotService.h"

#include "services/AuditLog.h"
#include "services/SettingsRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "util/Clock.h"
#include "util/Money.h"
#include "util/Time.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace as {

namespace {

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qlonglong>());
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

const QString kInsertMovement =
    u"INSERT INTO stock_movements (at, part_id, location_id, qty, type, unit_cost_fen, rejected_qty, pair_id, order_id, "
    "order_number, stocktake_id, purchase_request_id, note, created_at, created_by) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s;
const QString kSelectBalance = u"SELECT on_hand FROM part_stock WHERE part_id = ? AND location_id = ?"_s;
const QString kInsertBalance =
    u"INSERT INTO part_stock (part_id, location_id, on_hand, updated_at) VALUES (?, ?, 0, ?) ON CONFLICT DO NOTHING"_s;
const QString kUpdateBalance =
    u"UPDATE part_stock SET on_hand = on_hand + ?, updated_at = ? WHERE part_id = ? AND location_id = ?"_s;

} // namespace

StockLedger::StockLedger(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

qint64 StockLedger::signedQty(MovementType type, qint64 qty)
{
    switch (type) {
    case MovementType::Opening: case MovementType::Receipt: case MovementType::Return: case MovementType::Adjustment:
        return qty;
    case MovementType::Issue: case MovementType::Sale: case MovementType::Scrap: case MovementType::Transfer:
        return -qty;
    }
    return qty;
}

Result<qint64> StockLedger::lockBalance(qint64 partId, qint64 locationId)
{
    const QString now = time::toDb(m_clock.nowUtc());
    if (!m_db.isSqlite()) {
        // Create the row if needed, then lock it: a concurrent posting on this balance waits here.
        AS_TRY(m_db.run(kInsertBalance, {partId, locationId, now}));
        auto v = m_db.scalar(kSelectBalance + u" FOR UPDATE"_s, {partId, locationId});
        if (!v)
            return v.error();
        return v->toLongLong();
    }
    // SQLite: BEGIN IMMEDIATE already holds the database's write lock.
    auto v = m_db.scalar(kSelectBalance, {partId, locationId});
    if (!v)
        return v.error();
    if (v->isValid())
        return v->toLongLong();
    AS_TRY(m_db.run(kInsertBalance, {partId, locationId, now}));
    return qint64(0);
}

Status StockLedger::checkAvailable(qint64 partId, qint64 locationId, qint64 onHand, qint64 take, bool allowNegative)
{
    if (take <= 0 || onHand - take >= 0 || allowNegative)
        return {};
    auto code = m_db.scalar(u"SELECT code FROM parts WHERE id = ?"_s, {partId});
    auto loc = m_db.scalar(u"SELECT code FROM stock_locations WHERE id = ?"_s, {locationId});
    return Error::validation(tr("Not enough stock of %1 at %2: only %3 left, %4 needed.")
                                 .arg(code ? code->toString() : QString::number(partId),
                                      loc ? loc->toString() : QString::number(locationId))
                                 .arg(onHand)
                                 .arg(take),
                             u"qty"_s);
}

Result<qint64> StockLedger::append(const Actor &actor, Movement m, bool allowNegative, bool recomputeOrder)
{
    auto onHand = lockBalance(m.partId, m.locationId);
    if (!onHand)
        return onHand.error();
    if (m.qty < 0)
        AS_TRY(checkAvailable(m.partId, m.locationId, *onHand, -m.qty, allowNegative));
    const QString now = time::toDb(m_clock.nowUtc());
    const QString at = m.at.isValid() ? time::toDb(m.at) : now;
    const QVariantList params = {at, m.partId, m.locationId, m.qty, codeOf(m.type), m.unitCostFen, m.rejectedQty,
                                 idOrNull(m.pairId), idOrNull(m.orderId), textOrNull(m.orderNumber), idOrNull(m.stocktakeId),
                                 idOrNull(m.purchaseRequestId), textOrNull(m.note), now, actor.userId};
    // Database reuses the prepared statements (SQLite), so postings in a loop do not prepare them again.
    auto id = m_db.insertReturningId(kInsertMovement, params);
    if (!id)
        return id.error();
    AS_TRY(m_db.run(kUpdateBalance, {m.qty, now, m.partId, m.locationId}));
    if (recomputeOrder && m.orderId > 0 && (m.type == MovementType::Issue || m.type == MovementType::Return))
        AS_TRY(recomputeOrderParts(actor, m.orderId));
    return *id;
}

Result<qint64> StockLedger::resolveOrder(MovementRequest &r)
{
    if (r.orderId > 0) {
        auto n = m_db.scalar(u"SELECT number FROM service_orders WHERE id = ?"_s, {r.orderId});
        if (!n)
            return n.error();
        if (!n->isValid())
            return Error::notFound(tr("Service order %1 does not exist.").arg(r.orderId));
        r.orderNumber = n->toString();
        return r.orderId;
    }
    r.orderNumber = r.orderNumber.trimmed().toUpper();
    if (r.orderNumber.isEmpty())
        return qint64(0);
    auto id = m_db.scalar(u"SELECT id FROM service_orders WHERE number = ?"_s, {r.orderNumber});
    if (!id)
        return id.error();
    if (!id->isValid()) {
        if (r.allowUnknownOrder)
            return qint64(0);
        return Error::validation(tr("Unknown service order number \"%1\".").arg(r.orderNumber), u"order"_s);
    }
    r.orderId = id->toLongLong();
    return r.orderId;
}

Result<qint64> StockLedger::post(const Actor &actor, MovementRequest r)
{
    AS_TRY(actor.require(Permission::PostStock));
    if (r.type == MovementType::Adjustment)
        AS_TRY(actor.require(Permission::ApproveStocktake));
    if (r.allowNegative)
        AS_TRY(actor.require(Permission::AllowNegativeStock));
    if (r.type == MovementType::Adjustment) {
        if (r.qty == 0)
            return Error::validation(tr("An adjustment needs a quantity other than zero."), u"qty"_s);
    } else if (r.type == MovementType::Receipt) {
        if (r.qty < 0 || r.rejectedQty < 0 || r.qty + r.rejectedQty <= 0)
            return Error::validation(tr("A receipt needs an accepted quantity (and optionally a rejected quantity) above zero."),
                                     u"qty"_s);
    } else if (r.qty <= 0) {
        return Error::validation(tr("Quantity must be a whole number above zero."), u"qty"_s);
    }
    if (r.type != MovementType::Receipt && r.rejectedQty != 0)
        return Error::validation(tr("A rejected quantity belongs to receipts only."), u"rejected_qty"_s);
    if (r.type == MovementType::Transfer && (r.toLocationId <= 0 || r.toLocationId == r.locationId))
        return Error::validation(tr("A transfer needs a destination location other than the source."), u"to_location"_s);

    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto part = m_db.firstRow(u"SELECT code, cost_fen FROM parts WHERE id = ?"_s, {r.partId});
    if (!part)
        return part.error();
    if (part->isEmpty())
        return Error::notFound(tr("Part %1 does not exist.").arg(r.partId));
    const QString code = part->at(0).toString();
    const qint64 cost = part->at(1).toLongLong();
    for (qint64 loc : {r.locationId, r.toLocationId}) {
        if (loc == 0)
            continue;
        auto active = m_db.scalar(u"SELECT active FROM stock_locations WHERE id = ?"_s, {loc});
        if (!active)
            return active.error();
        if (!active->isValid())
            return Error::notFound(tr("Stock location %1 does not exist.").arg(loc));
        if (active->toInt() == 0)
            return Error::validation(tr("Stock location %1 is no longer in use.").arg(loc), u"location"_s);
    }
    if (r.locationId <= 0)
        return Error::validation(tr("A stock location is required."), u"location"_s);
    auto order = resolveOrder(r);
    if (!order)
        return order.error();
    if (r.type == MovementType::Issue && r.orderId > 0)
        AS_TRY(DepotService(m_db, m_clock).checkPartsMayBeIssued(r.orderId));

    Movement m;
    m.at = r.at;
    m.partId = r.partId;
    m.locationId = r.locationId;
    m.qty = signedQty(r.type, r.qty);
    m.type = r.type;
    m.unitCostFen = r.unitCostFen >= 0 ? r.unitCostFen : cost;
    m.rejectedQty = r.rejectedQty;
    m.orderId = r.orderId;
    m.orderNumber = r.orderNumber;
    m.stocktakeId = r.stocktakeId;
    m.purchaseRequestId = r.purchaseRequestId;
    m.note = r.note.trimmed();

    const bool paired = r.toLocationId > 0 && (r.type == MovementType::Transfer || r.type == MovementType::Scrap);
    if (paired && r.toLocationId < r.locationId) {
        // Lock both balances in a fixed order (PostgreSQL: no deadlock between opposite transfers).
        AS_TRY(lockBalance(r.partId, r.toLocationId));
    }
    auto id = append(actor, m, r.allowNegative);
    if (!id)
        return id.error();
    if (paired) {
        Movement in = m;
        in.locationId = r.toLocationId;
        in.qty = r.qty;
        in.pairId = *id;
        auto inId = append(actor, in, false);
        if (!inId)
            return inId.error();
    }
    QJsonObject changes{{u"part"_s, code}, {u"location_id"_s, r.locationId}, {u"qty"_s, m.qty}};
    if (paired)
        changes.insert(u"to_location_id"_s, r.toLocationId);
    if (r.rejectedQty)
        changes.insert(u"rejected_qty"_s, r.rejectedQty);
    if (!r.orderNumber.isEmpty())
        changes.insert(u"order"_s, r.orderNumber);
    AS_TRY(AuditLog(m_db, m_clock).record(actor, u"stock_movement"_s, *id, codeOf(r.type), changes));
    AS_TRY(tx->commit());
    return *id;
}

Result<qint64> StockLedger::onHand(qint64 partId, qint64 locationId)
{
    auto v = m_db.scalar(kSelectBalance, {partId, locationId});
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<qint64> StockLedger::onHandAll(qint64 partId)
{
    auto v = m_db.scalar(u"SELECT COALESCE(sum(on_hand), 0) FROM part_stock WHERE part_id = ?"_s, {partId});
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<QList<BalanceRow>> StockLedger::balances(qint64 partId, qint64 locationId)
{
    // Locations are few: read them once instead of joining every balance row.
    QHash<qint64, QString> locations;
    auto l = m_db.exec(u"SELECT id, code FROM stock_locations"_s);
    if (!l)
        return l.error();
    while (l->next())
        locations.insert(l->value(0).toLongLong(), l->value(1).toString());
    // Parts in code order (unique index), each part's balances by primary key: no sort step.
    QString sql = u"SELECT p.code, s.location_id, s.on_hand FROM parts p CROSS JOIN part_stock s WHERE s.part_id = p.id"_s;
    QVariantList params;
    if (partId > 0) {
        sql += u" AND p.id = ?"_s;
        params << partId;
    }
    if (locationId > 0) {
        sql += u" AND s.location_id = ?"_s;
        params << locationId;
    }
    sql += u" ORDER BY p.code, s.location_id"_s;
    auto q = m_db.exec(sql, params);
    if (!q)
        return q.error();
    QList<BalanceRow> out;
    while (q->next())
        out << BalanceRow{q->value(0).toString(), locations.value(q->value(1).toLongLong()), q->value(2).toLongLong()};
    return out;
}

Result<QList<HistoryRow>> StockLedger::history(qint64 partId, qint64 locationId, int limit)
{
    QString sql = u"SELECT m.id, m.at, l.code, m.type, m.qty, m.unit_cost_fen, m.rejected_qty, m.order_number, m.note, "
                  "u.display_name FROM stock_movements m JOIN stock_locations l ON l.id = m.location_id "
                  "LEFT JOIN users u ON u.id = m.created_by WHERE m.part_id = ?"_s;
    QVariantList params{partId};
    // The index is (location_id, part_id, id): every location is one seek.
    if (locationId > 0) {
        sql += u" AND m.location_id = ?"_s;
        params << locationId;
    } else {
        sql += u" AND m.location_id IN (SELECT id FROM stock_locations)"_s;
    }
    sql += u" ORDER BY m.at, m.id"_s;
    auto q = m_db.exec(sql, params);
    if (!q)
        return q.error();
    QList<HistoryRow> out;
    qint64 balance = 0;
    while (q->next()) {
        HistoryRow h;
        h.id = q->value(0).toLongLong();
        h.at = time::fromDb(q->value(1).toString());
        h.location = q->value(2).toString();
        h.type = fromCode<MovementType>(q->value(3).toString()).value_or(MovementType::Adjustment);
        h.qty = q->value(4).toLongLong();
        balance += h.qty;
        h.balance = balance;
        h.unitCostFen = q->value(5).toLongLong();
        h.rejectedQty = q->value(6).toLongLong();
        h.orderNumber = q->value(7).toString();
        h.note = q->value(8).toString();
        h.user = q->value(9).toString();
        out << h;
    }
    if (limit > 0 && out.size() > limit)
        out = out.mid(out.size() - limit);
    return out;
}

Result<QList<HistoryRow>> StockLedger::orderMovements(qint64 orderId)
{
    auto q = m_db.exec(u"SELECT m.id, m.at, l.code, m.type, m.qty, m.unit_cost_fen, p.code || ' ' || p.name, m.part_id, m.note, "
                       "u.display_name FROM stock_movements m JOIN stock_locations l ON l.id = m.location_id "
                       "JOIN parts p ON p.id = m.part_id LEFT JOIN users u ON u.id = m.created_by "
                       "WHERE m.order_id = ? ORDER BY m.at, m.id"_s,
                       {orderId});
    if (!q)
        return q.error();
    QList<HistoryRow> out;
    QHash<qint64, qint64> net;
    while (q->next()) {
        HistoryRow h;
        h.id = q->value(0).toLongLong();
        h.at = time::fromDb(q->value(1).toString());
        h.location = q->value(2).toString();
        h.type = fromCode<MovementType>(q->value(3).toString()).value_or(MovementType::Issue);
        h.qty = q->value(4).toLongLong();
        h.unitCostFen = q->value(5).toLongLong();
        h.part = q->value(6).toString();
        h.balance = (net[q->value(7).toLongLong()] -= h.qty);
        h.note = q->value(8).toString();
        h.user = q->value(9).toString();
        out << h;
    }
    return out;
}

Result<QStringList> StockLedger::reconcile()
{
    QStringList problems;
    const QString sums = u"SELECT part_id, location_id, sum(qty) AS total FROM stock_movements GROUP BY location_id, part_id"_s;
    auto q = m_db.exec(
        u"SELECT p.code, l.code, s.on_hand, COALESCE(m.total, 0) FROM part_stock s "
        "LEFT JOIN ("_s + sums + u") m ON m.part_id = s.part_id AND m.location_id = s.location_id "
        "JOIN parts p ON p.id = s.part_id JOIN stock_locations l ON l.id = s.location_id "
        "WHERE s.on_hand <> COALESCE(m.total, 0) "
        "UNION ALL SELECT p.code, l.code, 0, m.total FROM ("_s + sums + u") m "
        "JOIN parts p ON p.id = m.part_id JOIN stock_locations l ON l.id = m.location_id "
        "WHERE NOT EXISTS (SELECT 1 FROM part_stock s WHERE s.part_id = m.part_id AND s.location_id = m.location_id) "
        "AND m.total <> 0 LIMIT 100"_s);
    if (!q)
        return q.error();
    while (q->next())
        problems << tr("stock: %1 at %2 has balance %3 but its movements add up to %4")
                        .arg(q->value(0).toString(), q->value(1).toString())
                        .arg(q->value(2).toLongLong())
                        .arg(q->value(3).toLongLong());
    return problems;
}

Result<int> StockLedger::markupPercent()
{
    auto v = SettingsRepository(m_db, m_clock).value(u"pricing.parts_markup_percent"_s, u"20"_s);
    if (!v)
        return v.error();
    bool ok = false;
    const int pct = v->toInt(&ok);
    if (!ok || pct < 0 || pct > 1000)
        return Error::validation(tr("Setting pricing.parts_markup_percent must be a whole number from 0 to 1000 (it is \"%1\").")
                                     .arg(*v));
    return pct;
}

Status StockLedger::recomputeOrderParts(const Actor &actor, qint64 orderId)
{
    auto w = m_db.scalar(u"SELECT warranty_status FROM service_orders WHERE id = ?"_s, {orderId});
    if (!w)
        return w.error();
    if (!w->isValid())
        return Error::notFound(tr("Service order %1 does not exist.").arg(orderId));
    auto cost = m_db.scalar(u"SELECT COALESCE(sum(-qty * unit_cost_fen), 0) FROM stock_movements "
                            "WHERE order_id = ? AND type IN ('issue', 'return')"_s, {orderId});
    if (!cost)
        return cost.error();
    qint64 charge = 0;
    if (w->toString() != u"in"_s) {
        auto pct = markupPercent();
        if (!pct)
            return pct.error();
        charge = money::markup(qMax<qint64>(0, cost->toLongLong()), *pct);
    }
    const QString now = time::toDb(m_clock.nowUtc());
    return m_db.run(u"UPDATE service_orders SET parts_fen = ?, updated_at = ?, updated_by = ?, row_version = row_version + 1 "
                    "WHERE id = ? AND parts_fen <> ?"_s,
                    {charge, now, actor.userId, orderId, charge});
}

} // namespace as
