#include "io/PartsExport.h"

#include "storage/Database.h"
#include "util/Time.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace as {

using T = ExportColumn::Type;

QList<ExportColumn> PartsExport::columns() const
{
    return {{u"code"_s, T::Text, 16}, {u"name"_s, T::Text, 30}, {u"spec"_s, T::Text, 18}, {u"unit"_s, T::Text, 6},
            {u"category"_s, T::Text, 10}, {u"cost_price"_s, T::Money, 10}, {u"sale_price"_s, T::Money, 10},
            {u"safety_stock"_s, T::Integer, 8}, {u"reorder_qty"_s, T::Integer, 8}, {u"location"_s, T::Text, 8},
            {u"bin"_s, T::Text, 10}, {u"opening_qty"_s, T::Integer, 8}, {u"compatible_models"_s, T::Text, 24},
            {u"supplier"_s, T::Text, 18}, {u"on_hand"_s, T::Integer, 8}, {u"active"_s, T::Text, 6}};
}

Status PartsExport::run(const ExportContext &ctx, ExportSink &sink) const
{
    auto q = ctx.db.exec(u"SELECT p.code, p.name, p.spec, p.unit, p.category, p.cost_fen, p.sale_fen, p.safety_stock, p.reorder_qty, "
                         "p.bin, COALESCE((SELECT sum(s.on_hand) FROM part_stock s WHERE s.part_id = p.id), 0), p.compatible_models, "
                         "p.supplier, p.active FROM parts p ORDER BY p.code"_s);
    if (!q)
        return q.error();
    auto text = [](const QVariant &v) { return v.isNull() ? QVariant() : QVariant(v.toString()); };
    while (q->next()) {
        const qint64 onHand = q->value(10).toLongLong();
        QVariantList row;
        for (int i = 0; i < 5; ++i)
            row << text(q->value(i));
        row << q->value(5).toLongLong() << q->value(6).toLongLong() << q->value(7).toLongLong() << q->value(8).toLongLong()
            << QVariant() << text(q->value(9)) << (onHand > 0 ? QVariant(onHand) : QVariant()) << text(q->value(11))
            << text(q->value(12)) << onHand << QVariant(q->value(13).toInt() ? u"yes"_s : u"no"_s);
        AS_TRY(sink.row(row));
    }
    return {};
}

QList<ExportColumn> MovementsExport::columns() const
{
    return {{u"date"_s, T::DateTime, 17}, {u"type"_s, T::Text, 10}, {u"code"_s, T::Text, 16}, {u"qty"_s, T::Integer, 8},
            {u"location"_s, T::Text, 8}, {u"to_location"_s, T::Text, 8}, {u"order_number"_s, T::Text, 18},
            {u"unit_cost"_s, T::Money, 10}, {u"note"_s, T::Text, 24}, {u"id"_s, T::Integer, 10}};
}

Status MovementsExport::run(const ExportContext &ctx, ExportSink &sink) const
{
    // The incoming half of a transfer (pair_id set) is written as to_location of its outgoing row.
    QString sql = u"SELECT m.at, m.type, p.code, m.qty, l.code, "
                  "(SELECT tl.code FROM stock_movements t JOIN stock_locations tl ON tl.id = t.location_id WHERE t.pair_id = m.id), "
                  "m.order_number, m.unit_cost_fen, m.note, m.id FROM stock_movements m JOIN parts p ON p.id = m.part_id "
                  "JOIN stock_locations l ON l.id = m.location_id WHERE m.pair_id IS NULL"_s;
    QVariantList params;
    if (ctx.from.isValid()) {
        sql += u" AND m.at >= ?"_s;
        params << ctx.fromUtc();
    }
    if (ctx.to.isValid()) {
        sql += u" AND m.at < ?"_s;
        params << ctx.toUtcExclusive();
    }
    sql += u" ORDER BY m.at, m.id"_s;
    auto q = ctx.db.exec(sql, params);
    if (!q)
        return q.error();
    auto text = [](const QVariant &v) { return v.isNull() ? QVariant() : QVariant(v.toString()); };
    while (q->next()) {
        const QString type = q->value(1).toString();
        qint64 qty = q->value(3).toLongLong();
        if (type != u"adjustment"_s)
            qty = qAbs(qty);
        AS_TRY(sink.row({QVariant(time::fromDb(q->value(0).toString())), type, q->value(2).toString(), qty, q->value(4).toString(),
                         text(q->value(5)), text(q->value(6)), q->value(7).toLongLong(), text(q->value(8)), q->value(9).toLongLong()}));
    }
    return {};
}

} // namespace as
