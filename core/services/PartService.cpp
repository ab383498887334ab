#include "services/PartService.h"

#include "services/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "util/Clock.h"
#include "util/Time.h"

#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace as {

namespace {

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

const QString kPartColumns =
    u"id, code, name, spec, unit, category, compatible_models, bin, cost_fen, sale_fen, safety_stock, reorder_qty, "
    "supplier, active, notes, row_version"_s;

Part partFromRow(const QSqlQuery &q)
{
    Part p;
    p.id = q.value(0).toLongLong();
    p.code = q.value(1).toString();
    p.name = q.value(2).toString();
    p.spec = q.value(3).toString();
    p.unit = q.value(4).toString();
    p.category = q.value(5).toString();
    p.compatibleModels = q.value(6).toString();
    p.bin = q.value(7).toString();
    p.costFen = q.value(8).toLongLong();
    p.saleFen = q.value(9).toLongLong();
    p.safetyStock = q.value(10).toLongLong();
    p.reorderQty = q.value(11).toLongLong();
    p.supplier = q.value(12).toString();
    p.active = q.value(13).toInt() != 0;
    p.notes = q.value(14).toString();
    p.rowVersion = q.value(15).toInt();
    return p;
}

const QString kLocationColumns = u"id, code, name, kind, technician_id, active, row_version"_s;

StockLocation locationFromRow(const QSqlQuery &q)
{
    StockLocation l;
    l.id = q.value(0).toLongLong();
    l.code = q.value(1).toString();
    l.name = q.value(2).toString();
    l.kind = fromCode<LocationKind>(q.value(3).toString()).value_or(LocationKind::Warehouse);
    l.technicianId = q.value(4).toLongLong();
    l.active = q.value(5).toInt() != 0;
    l.rowVersion = q.value(6).toInt();
    return l;
}

} // namespace

QVariantMap PartService::fields(const Part &p)
{
    return {{u"code"_s, p.code}, {u"name"_s, p.name}, {u"spec"_s, p.spec}, {u"unit"_s, p.unit}, {u"category"_s, p.category},
            {u"compatible_models"_s, p.compatibleModels}, {u"bin"_s, p.bin}, {u"cost_fen"_s, p.costFen},
            {u"sale_fen"_s, p.saleFen}, {u"safety_stock"_s, p.safetyStock}, {u"reorder_qty"_s, p.reorderQty},
            {u"supplier"_s, p.supplier}, {u"active"_s, p.active}, {u"notes"_s, p.notes}};
}

QVariantMap PartService::fields(const StockLocation &l)
{
    return {{u"code"_s, l.code}, {u"name"_s, l.name}, {u"kind"_s, codeOf(l.kind)}, {u"technician_id"_s, l.technicianId},
            {u"active"_s, l.active}};
}

Status PartService::validate(Part &p) const
{
    p.code = parts::normaliseCode(p.code);
    p.name = p.name.simplified();
    p.spec = p.spec.trimmed();
    p.unit = p.unit.trimmed();
    p.category = p.category.simplified();
    p.compatibleModels = p.compatibleModels.simplified();
    p.bin = p.bin.trimmed().toUpper();
    p.supplier = p.supplier.simplified();
    static const QRegularExpression codeRe(u"^[A-Z0-9][A-Z0-9\\-_./]{0,63}$"_s);
    if (p.code.isEmpty())
        return Error::validation(tr("Part code is required."), u"code"_s);
    if (!codeRe.match(p.code).hasMatch())
        return Error::validation(tr("Part code \"%1\" may only contain letters, digits and - _ . / (at most 64 characters).")
                                     .arg(p.code), u"code"_s);
    if (p.name.isEmpty())
        return Error::validation(tr("Part name is required."), u"name"_s);
    if (p.name.size() > 200)
        return Error::validation(tr("Part name is too long (at most 200 characters)."), u"name"_s);
    if (p.unit.isEmpty())
        p.unit = u"pcs"_s;
    if (p.costFen < 0)
        return Error::validation(tr("Cost price cannot be negative."), u"cost_price"_s);
    if (p.saleFen < 0)
        return Error::validation(tr("Sale price cannot be negative."), u"sale_price"_s);
    if (p.safetyStock < 0)
        return Error::validation(tr("Safety stock cannot be negative."), u"safety_stock"_s);
    if (p.reorderQty < 0)
        return Error::validation(tr("Reorder quantity cannot be negative."), u"reorder_qty"_s);
    return {};
}

Result<qint64> PartService::create(const Actor &actor, Part p)
{
    AS_TRY(actor.require(Permission::ManageParts));
    AS_TRY(validate(p));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto existing = byCode(p.code);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return Error::validation(tr("Part code %1 is already used by \"%2\".").arg(p.code, (*existing)->name), u"code"_s);
    const QString now = time::toDb(m_clock.nowUtc());
    auto id = m_db.insertReturningId(
        u"INSERT INTO parts (code, name, spec, unit, category, compatible_models, bin, cost_fen, sale_fen, safety_stock, "
        "reorder_qty, supplier, active, notes, created_at, created_by, updated_at, updated_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        {p.code, p.name, textOrNull(p.spec), p.unit, textOrNull(p.category), textOrNull(p.compatibleModels), textOrNull(p.bin),
         p.costFen, p.saleFen, p.safetyStock, p.reorderQty, textOrNull(p.supplier), p.active ? 1 : 0, textOrNull(p.notes),
         now, actor.userId, now, actor.userId});
    if (!id)
        return id.error();
    AS_TRY(AuditLog(m_db, m_clock).record(actor, u"part"_s, *id, u"create"_s, AuditLog::created(fields(p))));
    AS_TRY(tx->commit());
    return *id;
}

Status PartService::update(const Actor &actor, Part p)
{
    AS_TRY(actor.require(Permission::ManageParts));
    AS_TRY(validate(p));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto before = get(p.id);
    if (!before)
        return before.error();
    if (before->code != p.code) {
        auto other = byCode(p.code);
        if (!other)
            return other.error();
        if (other->has_value())
            return Error::validation(tr("Part code %1 is already used by \"%2\".").arg(p.code, (*other)->name), u"code"_s);
    }
    const QString now = time::toDb(m_clock.nowUtc());
    auto n = m_db.execAffected(
        u"UPDATE parts SET code = ?, name = ?, spec = ?, unit = ?, category = ?, compatible_models = ?, bin = ?, cost_fen = ?, "
        "sale_fen = ?, safety_stock = ?, reorder_qty = ?, supplier = ?, active = ?, notes = ?, updated_at = ?, updated_by = ?, "
        "row_version = row_version + 1 WHERE id = ? AND row_version = ?"_s,
        {p.code, p.name, textOrNull(p.spec), p.unit, textOrNull(p.category), textOrNull(p.compatibleModels), textOrNull(p.bin),
         p.costFen, p.saleFen, p.safetyStock, p.reorderQty, textOrNull(p.supplier), p.active ? 1 : 0, textOrNull(p.notes),
         now, actor.userId, p.id, p.rowVersion});
    if (!n)
        return n.error();
    if (*n == 0)
        return Error::conflict(tr("Part %1 was changed by someone else after you opened it. Reload to see their change.")
                                   .arg(before->code));
    AS_TRY(AuditLog(m_db, m_clock).record(actor, u"part"_s, p.id, u"update"_s, AuditLog::diff(fields(*before), fields(p))));
    return tx->commit();
}

Result<Part> PartService::get(qint64 id)
{
    auto q = m_db.exec(u"SELECT "_s + kPartColumns + u" FROM parts WHERE id = ?"_s, {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("Part %1 does not exist.").arg(id));
    return partFromRow(*q);
}

Result<std::optional<Part>> PartService::byCode(const QString &code)
{
    auto q = m_db.exec(u"SELECT "_s + kPartColumns + u" FROM parts WHERE code = ?"_s, {parts::normaliseCode(code)});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Part>();
    return std::optional<Part>(partFromRow(*q));
}

Result<Part> PartService::requireCode(const QString &code)
{
    auto p = byCode(code);
    if (!p)
        return p.error();
    if (!p->has_value())
        return Error::notFound(tr("Unknown part code \"%1\".").arg(parts::normaliseCode(code)));
    return **p;
}

Result<QStringList> PartService::categories()
{
    auto q = m_db.exec(u"SELECT DISTINCT category FROM parts WHERE category IS NOT NULL ORDER BY category"_s);
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

Status PartService::validate(StockLocation &l) const
{
    l.code = l.code.trimmed().toUpper();
    l.name = l.name.simplified();
    if (l.code.isEmpty())
        return Error::validation(tr("Location code is required."), u"code"_s);
    if (l.code.size() > 32)
        return Error::validation(tr("Location code is too long (at most 32 characters)."), u"code"_s);
    if (l.name.isEmpty())
        l.name = l.code;
    return {};
}

Result<qint64> PartService::createLocation(const Actor &actor, StockLocation l)
{
    AS_TRY(actor.require(Permission::ManageParts));
    AS_TRY(validate(l));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto dup = m_db.scalar(u"SELECT id FROM stock_locations WHERE code = ?"_s, {l.code});
    if (!dup)
        return dup.error();
    if (dup->isValid())
        return Error::validation(tr("Location code %1 is already used.").arg(l.code), u"code"_s);
    const QString now = time::toDb(m_clock.nowUtc());
    auto id = m_db.insertReturningId(
        u"INSERT INTO stock_locations (code, name, kind, technician_id, active, created_at, created_by, updated_at, updated_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        {l.code, l.name, codeOf(l.kind), l.technicianId > 0 ? QVariant(l.technicianId) : QVariant(QMetaType::fromType<qlonglong>()),
         l.active ? 1 : 0, now, actor.userId, now, actor.userId});
    if (!id)
        return id.error();
    AS_TRY(AuditLog(m_db, m_clock).record(actor, u"stock_location"_s, *id, u"create"_s, AuditLog::created(fields(l))));
    AS_TRY(tx->commit());
    return *id;
}

Status PartService::updateLocation(const Actor &actor, StockLocation l)
{
    AS_TRY(actor.require(Permission::ManageParts));
    AS_TRY(validate(l));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto before = location(l.id);
    if (!before)
        return before.error();
    const QString now = time::toDb(m_clock.nowUtc());
    auto n = m_db.execAffected(
        u"UPDATE stock_locations SET code = ?, name = ?, kind = ?, technician_id = ?, active = ?, updated_at = ?, updated_by = ?, "
        "row_version = row_version + 1 WHERE id = ? AND row_version = ?"_s,
        {l.code, l.name, codeOf(l.kind), l.technicianId > 0 ? QVariant(l.technicianId) : QVariant(QMetaType::fromType<qlonglong>()),
         l.active ? 1 : 0, now, actor.userId, l.id, l.rowVersion});
    if (!n)
        return n.error();
    if (*n == 0)
        return Error::conflict(tr("Location %1 was changed by someone else. Reload and try again.").arg(before->code));
    AS_TRY(AuditLog(m_db, m_clock).record(actor, u"stock_location"_s, l.id, u"update"_s, AuditLog::diff(fields(*before), fields(l))));
    return tx->commit();
}

Result<StockLocation> PartService::location(qint64 id)
{
    auto q = m_db.exec(u"SELECT "_s + kLocationColumns + u" FROM stock_locations WHERE id = ?"_s, {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("Stock location %1 does not exist.").arg(id));
    return locationFromRow(*q);
}

Result<QList<StockLocation>> PartService::locations(bool includeInactive)
{
    auto q = m_db.exec(u"SELECT "_s + kLocationColumns + u" FROM stock_locations "_s +
                       (includeInactive ? QString() : u"WHERE active = 1 "_s) + u"ORDER BY code"_s);
    if (!q)
        return q.error();
    QList<StockLocation> out;
    while (q->next())
        out << locationFromRow(*q);
    return out;
}

Result<StockLocation> PartService::findLocation(const QString &codeOrName)
{
    const QString t = codeOrName.trimmed();
    auto q = m_db.exec(u"SELECT "_s + kLocationColumns + u" FROM stock_locations WHERE code = ? OR name = ? ORDER BY id LIMIT 1"_s,
                       {t.toUpper(), t});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("Unknown stock location \"%1\".").arg(t));
    return locationFromRow(*q);
}

Result<StockLocation> PartService::defaultLocation(const Actor &actor)
{
    auto q = m_db.exec(u"SELECT "_s + kLocationColumns +
                       u" FROM stock_locations WHERE active = 1 AND kind = 'warehouse' ORDER BY id LIMIT 1"_s);
    if (!q)
        return q.error();
    if (q->next())
        return locationFromRow(*q);
    StockLocation l;
    l.code = u"MAIN"_s;
    l.name = tr("Main warehouse");
    auto id = createLocation(actor, l);
    if (!id)
        return id.error();
    return location(*id);
}

} // namespace as
