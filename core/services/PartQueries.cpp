#include "services/PartQueries.h"

#include "storage/Dialect.h"
#include "util/Time.h"

using namespace Qt::Literals::StringLiterals;

namespace as::PartQueries {

ListQuery list(const Dialect &dialect, const Filter &filter)
{
    ListQuery q;
    q.from = u"parts p"_s;
    q.keyExpr = u"p.id"_s;
    q.columns.resize(ColumnCount);
    const QString onHand = filter.locationId > 0
        ? u"COALESCE((SELECT s.on_hand FROM part_stock s WHERE s.part_id = p.id AND s.location_id = "_s +
              QString::number(filter.locationId) + u"), 0)"_s
        : u"COALESCE((SELECT sum(s.on_hand) FROM part_stock s WHERE s.part_id = p.id), 0)"_s;
    q.columns[Code] = {u"p.code"_s, u"p.code"_s};
    q.columns[Name] = {u"p.name"_s, u"p.name"_s};
    q.columns[Spec] = {u"p.spec"_s, u"COALESCE(p.spec, '')"_s};
    q.columns[Category] = {u"p.category"_s, u"COALESCE(p.category, '')"_s};
    q.columns[Models] = {u"p.compatible_models"_s, {}};
    q.columns[Bin] = {u"p.bin"_s, u"COALESCE(p.bin, '')"_s};
    q.columns[Unit] = {u"p.unit"_s, {}};
    q.columns[OnHand] = {onHand, onHand};
    q.columns[SafetyStock] = {u"p.safety_stock"_s, u"p.safety_stock"_s};
    q.columns[Cost] = {u"p.cost_fen"_s, u"p.cost_fen"_s};
    q.columns[SalePrice] = {u"p.sale_fen"_s, u"p.sale_fen"_s};
    q.columns[Supplier] = {u"p.supplier"_s, u"COALESCE(p.supplier, '')"_s};
    if (!filter.includeInactive)
        q.addCondition(u"p.active = 1"_s);
    const QString t = filter.search.simplified().toLower();
    if (!t.isEmpty()) {
        const QString lit = u"?"_s;
        q.addCondition(u"("_s + dialect.instr(u"lower(p.code)"_s, lit) + u" > 0 OR "_s + dialect.instr(u"lower(p.name)"_s, lit) +
                           u" > 0 OR "_s + dialect.instr(u"lower(COALESCE(p.spec, ''))"_s, lit) + u" > 0 OR "_s +
                           dialect.instr(u"lower(COALESCE(p.compatible_models, ''))"_s, lit) + u" > 0)"_s,
                       {t, t, t, t});
    }
    if (!filter.category.isEmpty())
        q.addCondition(u"p.category = ?"_s, {filter.category});
    if (filter.locationId > 0)
        q.addCondition(u"EXISTS (SELECT 1 FROM part_stock s WHERE s.part_id = p.id AND s.location_id = ?)"_s, {filter.locationId});
    if (filter.belowSafety)
        q.addCondition(u"p.safety_stock > 0 AND "_s + onHand + u" <= p.safety_stock"_s);
    q.sortColumn = Code;
    return q;
}

ListQuery reorder(qint64 locationId)
{
    ListQuery q;
    q.from = u"parts p"_s;
    q.keyExpr = u"p.id"_s;
    q.columns.resize(ReorderColumnCount);
    const QString loc = QString::number(locationId);
    const QString onHand = locationId > 0
        ? u"COALESCE((SELECT s.on_hand FROM part_stock s WHERE s.part_id = p.id AND s.location_id = "_s + loc + u"), 0)"_s
        : u"COALESCE((SELECT sum(s.on_hand) FROM part_stock s WHERE s.part_id = p.id), 0)"_s;
    q.columns[RCode] = {u"p.code"_s, u"p.code"_s};
    q.columns[RName] = {u"p.name"_s, u"p.name"_s};
    q.columns[ROnHand] = {onHand, onHand};
    q.columns[RSafety] = {u"p.safety_stock"_s, u"p.safety_stock"_s};
    q.columns[RReorderQty] = {u"p.reorder_qty"_s, u"p.reorder_qty"_s};
    q.columns[RSupplier] = {u"p.supplier"_s, u"COALESCE(p.supplier, '')"_s};
    q.columns[ROpenRequests] = {u"(SELECT COALESCE(sum(r.qty), 0) FROM purchase_requests r WHERE r.part_id = p.id "
                                "AND r.status IN ('requested','approved','ordered'))"_s, {}};
    q.addCondition(u"p.active = 1 AND p.safety_stock > 0"_s);
    q.addCondition(onHand + u" <= p.safety_stock"_s);
    q.sortColumn = RCode;
    return q;
}

ListQuery slowMoving(const QDateTime &since)
{
    ListQuery q;
    q.from = u"parts p"_s;
    q.keyExpr = u"p.id"_s;
    q.columns.resize(SlowColumnCount);
    const QString onHand = u"COALESCE((SELECT sum(s.on_hand) FROM part_stock s WHERE s.part_id = p.id), 0)"_s;
    q.columns[SCode] = {u"p.code"_s, u"p.code"_s};
    q.columns[SName] = {u"p.name"_s, u"p.name"_s};
    q.columns[SCategory] = {u"p.category"_s, u"COALESCE(p.category, '')"_s};
    q.columns[SOnHand] = {onHand, onHand};
    q.columns[SValue] = {onHand + u" * p.cost_fen"_s, onHand + u" * p.cost_fen"_s};
    q.columns[SLastIssue] = {u"(SELECT max(m.at) FROM stock_movements m WHERE m.part_id = p.id AND m.type = 'issue')"_s, {}};
    q.addCondition(onHand + u" > 0"_s);
    q.addCondition(u"NOT EXISTS (SELECT 1 FROM stock_movements m WHERE m.part_id = p.id AND m.type = 'issue' AND m.at >= ?)"_s,
                   {time::toDb(since)});
    q.sortColumn = SValue;
    q.descending = true;
    return q;
}

ListQuery defective()
{
    ListQuery q;
    q.from = u"stock_movements m JOIN parts p ON p.id = m.part_id JOIN stock_locations l ON l.id = m.location_id"_s;
    q.keyExpr = u"m.id"_s;
    q.columns.resize(DefectColumnCount);
    const QString qty = u"CASE WHEN m.type = 'scrap' THEN -m.qty ELSE m.rejected_qty END"_s;
    q.columns[DAt] = {u"m.at"_s, u"m.at"_s};
    q.columns[DCode] = {u"p.code"_s, u"p.code"_s};
    q.columns[DName] = {u"p.name"_s, {}};
    q.columns[DLocation] = {u"l.code"_s, {}};
    q.columns[DKind] = {u"CASE WHEN m.type = 'scrap' THEN 'scrap' ELSE 'rejected' END"_s, {}};
    q.columns[DQty] = {qty, {}};
    q.columns[DValue] = {u"("_s + qty + u") * m.unit_cost_fen"_s, {}};
    q.columns[DNote] = {u"m.note"_s, {}};
    q.addCondition(u"((m.type = 'scrap' AND m.qty < 0) OR m.rejected_qty > 0)"_s);
    q.sortColumn = DAt;
    q.descending = true;
    return q;
}

} // namespace as::PartQueries
