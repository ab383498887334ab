#include "io/OrdersExport.h"

#include "storage/Database.h"
#include "util/Time.h"

using namespace Qt::Literals::StringLiterals;

namespace as {

QList<ExportColumn> OrdersExport::columns() const
{
    using T = ExportColumn::Type;
    return {
        {u"number"_s, T::Text, 18}, {u"opened_at"_s, T::DateTime, 19}, {u"channel"_s, T::Text, 9}, {u"category"_s, T::Text, 12},
        {u"complexity"_s, T::Text, 10}, {u"priority"_s, T::Text, 9}, {u"customer_name"_s, T::Text, 16},
        {u"customer_phone"_s, T::Text, 14}, {u"address"_s, T::Text, 30}, {u"model"_s, T::Text, 16}, {u"serial"_s, T::Text, 16},
        {u"purchase_date"_s, T::Date, 12}, {u"symptom"_s, T::Text, 30}, {u"technician"_s, T::Text, 12},
        {u"acknowledged_at"_s, T::DateTime, 19}, {u"dispatched_at"_s, T::DateTime, 19}, {u"completed_at"_s, T::DateTime, 19},
        {u"accepted_at"_s, T::DateTime, 19}, {u"cancelled_at"_s, T::DateTime, 19}, {u"rework_of"_s, T::Text, 18},
        {u"labour"_s, T::Money, 10}, {u"parts_cost"_s, T::Money, 10}, {u"followup_at"_s, T::DateTime, 19},
        {u"satisfaction"_s, T::Integer, 8}, {u"status"_s, T::Text, 12}, {u"warranty_status"_s, T::Text, 10},
    };
}

Status OrdersExport::run(const ExportContext &ctx, ExportSink &sink) const
{
    QString sql = u"SELECT o.number, o.opened_at, o.channel, o.category, o.complexity, o.priority, o.customer_name, o.contact_phone, "
                  "o.address, p.model, p.serial, p.purchase_date, o.symptom, u.login, o.acknowledged_at, o.dispatched_at, "
                  "o.completed_at, o.accepted_at, o.cancelled_at, r.number, o.labour_fen, o.parts_fen, "
                  "COALESCE(fu.done_at, (SELECT MAX(e.at) FROM order_events e WHERE e.order_id = o.id AND e.kind = 'followup')), "
                  "COALESCE(CAST(fu.satisfaction AS TEXT), (SELECT MAX(e.note) FROM order_events e WHERE e.order_id = o.id AND e.kind = 'followup')), "
                  "o.status, o.warranty_status "
                  "FROM service_orders o LEFT JOIN products p ON p.id = o.product_id LEFT JOIN users u ON u.id = o.technician_id "
                  "LEFT JOIN service_orders r ON r.id = o.rework_of "
                  // The first follow-up call (made in the app or imported); older imports kept it only as an event.
                  "LEFT JOIN followups fu ON fu.id = (SELECT MIN(f.id) FROM followups f WHERE f.order_id = o.id AND f.kind = 'first' "
                  "AND f.done_at IS NOT NULL) WHERE 1 = 1"_s;
    QVariantList params;
    if (ctx.from.isValid()) {
        sql += u" AND o.opened_at >= ?"_s;
        params << ctx.fromUtc();
    }
    if (ctx.to.isValid()) {
        sql += u" AND o.opened_at < ?"_s;
        params << ctx.toUtcExclusive();
    }
    sql += u" ORDER BY o.opened_at, o.id"_s;
    auto q = ctx.db.exec(sql, params);
    if (!q)
        return q.error();
    auto ts = [](const QVariant &v) { return v.isNull() ? QVariant() : QVariant(time::fromDb(v.toString())); };
    auto text = [](const QVariant &v) { return v.isNull() ? QVariant() : QVariant(v.toString()); };
    while (q->next()) {
        QVariantList row;
        row.reserve(26);
        for (int i = 0; i < 7; ++i)
            row << (i == 1 ? ts(q->value(i)) : text(q->value(i)));
        row << ctx.phone(q->value(7).toString()) << text(q->value(8)) << text(q->value(9)) << text(q->value(10))
            << (q->value(11).isNull() ? QVariant() : QVariant(time::dateFromDb(q->value(11).toString()))) << text(q->value(12))
            << text(q->value(13));
        for (int i = 14; i < 19; ++i)
            row << ts(q->value(i));
        row << text(q->value(19)) << q->value(20).toLongLong() << q->value(21).toLongLong() << ts(q->value(22));
        const QString note = q->value(23).toString();   // a rating, or the old event's "satisfaction N"
        const QString rating = note.startsWith(u"satisfaction "_s) ? note.mid(13) : note;
        row << (rating.isEmpty() ? QVariant() : QVariant(rating.toLongLong()));
        row << text(q->value(24)) << text(q->value(25));
        AS_TRY(sink.row(row));
    }
    return {};
}

} // namespace as
