#include "services/DepotService.h"

#include "services/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace as {

namespace {
const auto kColumns = u"d.order_id, d.received_at, COALESCE(r.display_name, ''), d.model, d.capacity, d.colour, d.damage, "
                      "d.accessories, d.quantity, d.tech_confirmed_at, COALESCE(t.display_name, ''), d.tech_confirmed_by, "
                      "d.qc_confirmed_at, COALESCE(q.display_name, ''), d.qc_tester, d.qc_result, d.qc_burn_in_hours, d.qc_note, "
                      "d.qc_at, d.packing, d.courier, d.tracking_number, d.shipped_at, d.row_version "
                      "FROM order_depot d LEFT JOIN users r ON r.id = d.received_by LEFT JOIN users t ON t.id = d.tech_confirmed_by "
                      "LEFT JOIN users q ON q.id = d.qc_confirmed_by"_s;
} // namespace

QString DepotService::staleMessage() const
{
    return tr("The repair record was changed by someone else after you opened it. Reload to see their change.");
}

Result<std::optional<DepotService::Record>> DepotService::get(qint64 orderId)
{
    auto q = m_db.exec(u"SELECT "_s + kColumns + u" WHERE d.order_id = ?"_s, {orderId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Record>();
    Record r;
    r.orderId = q->value(0).toLongLong();
    r.receivedAt = sql::timeFrom(q->value(1));
    r.receivedBy = q->value(2).toString();
    r.model = q->value(3).toString();
    r.capacity = q->value(4).toString();
    r.colour = q->value(5).toString();
    r.damage = q->value(6).toString();
    r.accessories = q->value(7).toString();
    r.quantity = q->value(8).toInt();
    r.techConfirmedAt = sql::timeFrom(q->value(9));
    r.techConfirmedBy = q->value(10).toString();
    r.techConfirmedById = q->value(11).toLongLong();
    r.qcConfirmedAt = sql::timeFrom(q->value(12));
    r.qcConfirmedBy = q->value(13).toString();
    r.qcTester = q->value(14).toString();
    if (!q->value(15).isNull())
        r.qcPassed = q->value(15).toString() == u"pass"_s;
    r.burnInHours = q->value(16).toInt();
    r.qcNote = q->value(17).toString();
    r.qcAt = sql::timeFrom(q->value(18));
    r.packing = q->value(19).toString();
    r.courier = q->value(20).toString();
    r.trackingNumber = q->value(21).toString();
    r.shippedAt = sql::timeFrom(q->value(22));
    r.rowVersion = q->value(23).toInt();
    return std::optional<Record>(r);
}

Status DepotService::receive(const Actor &actor, qint64 orderId, const Receipt &rc)
{
    AS_TRY(actor.require(Permission::EditOrders));
    if (rc.model.trimmed().isEmpty())
        return Error::validation(tr("Model is required to register a unit received for repair."), u"model"_s);
    if (rc.quantity < 1)
        return Error::validation(tr("Quantity must be at least 1."), u"quantity"_s);
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto o = m_db.exec(u"SELECT number, service_mode, status, customer_name FROM service_orders WHERE id = ?"_s, {orderId});
    if (!o)
        return o.error();
    if (!o->next())
        return Error::notFound(tr("Service order %1 does not exist.").arg(orderId));
    const QString number = o->value(0).toString(), mode = o->value(1).toString(), status = o->value(2).toString(),
                  customer = o->value(3).toString();
    o->finish();
    if (mode != u"depot"_s)
        return Error::state(tr("Service order %1 is not a carry-in repair; only carry-in orders have a receiving register.").arg(number));
    if (status == u"closed"_s || status == u"cancelled"_s)
        return Error::state(tr("Service order %1 is already closed or cancelled.").arg(number));
    auto existing = get(orderId);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return Error::state(tr("The unit of service order %1 was already received.").arg(number));
    const QString now = time::toDb(m_clock.nowUtc());
    auto n = m_db.execAffected(u"INSERT INTO order_depot (order_id, received_at, received_by, model, capacity, colour, quantity, damage, "
                               "accessories, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                               {orderId, now, sql::id(actor.userId), rc.model.trimmed(), sql::text(rc.capacity.trimmed()),
                                sql::text(rc.colour.trimmed()), rc.quantity, sql::text(rc.damage.trimmed()),
                                sql::text(rc.accessories.trimmed()), now, sql::id(actor.userId), now, sql::id(actor.userId)});
    if (!n)
        return n.error();
    const QString from = rc.from.trimmed().isEmpty() ? customer : rc.from.trimmed();
    auto h = handOver(actor, orderId, from, tr("Front desk"), tr("Received for repair"));
    if (!h)
        return h.error();
    AuditLog audit(m_db, m_clock);
    AS_TRY(audit.record(actor, u"service_order"_s, orderId, u"depot_receive"_s,
                        QJsonObject{{u"model"_s, rc.model.trimmed()}, {u"quantity"_s, rc.quantity},
                                    {u"damage"_s, rc.damage.trimmed()}, {u"accessories"_s, rc.accessories.trimmed()}}));
    return tx->commit();
}

Status DepotService::update(const Actor &actor, qint64 orderId, int rowVersion, const QString &sets, QVariantList params,
                            const QString &action)
{
    const QString now = time::toDb(m_clock.nowUtc());
    params << now << sql::id(actor.userId) << orderId << rowVersion;
    auto n = m_db.execAffected(u"UPDATE order_depot SET "_s + sets + u", updated_at = ?, updated_by = ?, row_version = row_version + 1 "
                               "WHERE order_id = ? AND row_version = ?"_s,
                               params);
    if (!n)
        return n.error();
    if (*n == 0)
        return Error::conflict(staleMessage());
    AuditLog audit(m_db, m_clock);
    return audit.record(actor, u"service_order"_s, orderId, action, QJsonObject{});
}

Status DepotService::confirmCharges(const Actor &actor, qint64 orderId, int rowVersion, bool asQc)
{
    if (!actor.can(Permission::WorkOnOrders))
        AS_TRY(actor.require(Permission::EditOrders));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto rec = get(orderId);
    if (!rec)
        return rec.error();
    if (!rec->has_value())
        return Error::state(tr("The unit has not been received yet."));
    const Record &r = **rec;
    const QString now = time::toDb(m_clock.nowUtc());
    if (!asQc) {
        if (r.techConfirmedAt.isValid())
            return Error::state(tr("The technician already confirmed the charges."));
        AS_TRY(update(actor, orderId, rowVersion, u"tech_confirmed_at = ?, tech_confirmed_by = ?"_s, {now, sql::id(actor.userId)},
                      u"depot_tech_confirm"_s));
    } else {
        if (!r.techConfirmedAt.isValid())
            return Error::state(tr("Quality control confirms the charges after the technician."));
        if (r.qcConfirmedAt.isValid())
            return Error::state(tr("Quality control already confirmed the charges."));
        if (r.techConfirmedById == actor.userId)
            return Error::permission(tr("Quality control must be a different person from the technician who confirmed the charges."));
        AS_TRY(update(actor, orderId, rowVersion, u"qc_confirmed_at = ?, qc_confirmed_by = ?"_s, {now, sql::id(actor.userId)},
                      u"depot_qc_confirm"_s));
    }
    return tx->commit();
}

Status DepotService::recordQc(const Actor &actor, qint64 orderId, int rowVersion, const QString &tester, bool passed,
                              int burnInHours, const QString &note)
{
    if (!actor.can(Permission::WorkOnOrders))
        AS_TRY(actor.require(Permission::EditOrders));
    if (tester.trimmed().isEmpty())
        return Error::validation(tr("Tester is required for the QC test record."), u"qc_tester"_s);
    if (burnInHours < 0 || burnInHours > 1000)
        return Error::validation(tr("Burn-in hours must be between 0 and 1000."), u"qc_burn_in_hours"_s);
    if (!passed && note.trimmed().isEmpty())
        return Error::validation(tr("Describe what failed in the QC note."), u"qc_note"_s);
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto rec = get(orderId);
    if (!rec)
        return rec.error();
    if (!rec->has_value())
        return Error::state(tr("The unit has not been received yet."));
    if ((*rec)->shippedAt.isValid())
        return Error::state(tr("The unit was already shipped back."));
    AS_TRY(update(actor, orderId, rowVersion, u"qc_tester = ?, qc_result = ?, qc_burn_in_hours = ?, qc_note = ?, qc_at = ?"_s,
                  {tester.trimmed(), passed ? u"pass"_s : u"fail"_s, burnInHours, sql::text(note.trimmed()),
                   time::toDb(m_clock.nowUtc())},
                  u"depot_qc"_s));
    return tx->commit();
}

Status DepotService::ship(const Actor &actor, qint64 orderId, int rowVersion, const QString &packing, const QString &courier,
                          const QString &trackingNumber)
{
    AS_TRY(actor.require(Permission::EditOrders));
    if (courier.trimmed().isEmpty())
        return Error::validation(tr("Courier is required to ship the unit back."), u"courier"_s);
    if (trackingNumber.trimmed().isEmpty())
        return Error::validation(tr("Tracking number is required to ship the unit back."), u"tracking_number"_s);
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto rec = get(orderId);
    if (!rec)
        return rec.error();
    if (!rec->has_value())
        return Error::state(tr("The unit has not been received yet."));
    if ((*rec)->qcPassed != std::optional<bool>(true))
        return Error::state(tr("The unit can be shipped back only after it passed the QC test."));
    if ((*rec)->shippedAt.isValid())
        return Error::state(tr("The unit was already shipped back."));
    AS_TRY(update(actor, orderId, rowVersion, u"packing = ?, courier = ?, tracking_number = ?, shipped_at = ?"_s,
                  {sql::text(packing.trimmed()), courier.trimmed(), trackingNumber.trimmed(), time::toDb(m_clock.nowUtc())},
                  u"depot_ship"_s));
    auto h = handOver(actor, orderId, tr("Workshop"), courier.trimmed(), tr("Tracking number %1").arg(trackingNumber.trimmed()));
    if (!h)
        return h.error();
    return tx->commit();
}

Result<qint64> DepotService::handOver(const Actor &actor, qint64 orderId, const QString &from, const QString &to, const QString &note)
{
    AS_TRY(actor.require(Permission::EditOrders));
    if (from.trimmed().isEmpty())
        return Error::validation(tr("Say who hands the unit over."), u"from"_s);
    if (to.trimmed().isEmpty())
        return Error::validation(tr("Say who receives the unit."), u"to"_s);
    return m_db.insertReturningId(u"INSERT INTO order_handovers (order_id, at, from_party, to_party, note, user_id) "
                                  "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s,
                                  {orderId, time::toDb(m_clock.nowUtc()), from.trimmed(), to.trimmed(), sql::text(note.trimmed()),
                                   sql::id(actor.userId)});
}

Result<QList<DepotService::Handover>> DepotService::handovers(qint64 orderId)
{
    auto q = m_db.exec(u"SELECT h.id, h.at, h.from_party, h.to_party, h.note, COALESCE(u.display_name, u.login, '') "
                       "FROM order_handovers h LEFT JOIN users u ON u.id = h.user_id WHERE h.order_id = ? ORDER BY h.at, h.id"_s,
                       {orderId});
    if (!q)
        return q.error();
    QList<Handover> out;
    while (q->next())
        out.append({q->value(0).toLongLong(), sql::timeFrom(q->value(1)), q->value(2).toString(), q->value(3).toString(),
                    q->value(4).toString(), q->value(5).toString()});
    return out;
}

Status DepotService::checkPartsMayBeIssued(qint64 orderId)
{
    auto q = m_db.firstRow(u"SELECT tech_confirmed_at, qc_confirmed_at FROM order_depot WHERE order_id = ?"_s, {orderId});
    if (!q)
        return q.error();
    if (q->isEmpty())
        return {};   // not a registered carry-in unit
    if (q->at(0).isNull() || q->at(1).isNull())
        return Error::state(tr("Parts cannot be issued to this carry-in repair yet: the technician and quality control must "
                               "first confirm the charges."));
    return {};
}

} // namespace as
