#include "io/ComplaintsExport.h"

#include "storage/Database.h"
#include "util/Time.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace as {

QList<ExportColumn> ComplaintsExport::columns() const
{
    using T = ExportColumn::Type;
    return {
        {u"number"_s, T::Text, 18}, {u"received_at"_s, T::DateTime, 19}, {u"customer_name"_s, T::Text, 16},
        {u"customer_phone"_s, T::Text, 14}, {u"model"_s, T::Text, 16}, {u"order_number"_s, T::Text, 18},
        {u"category"_s, T::Text, 11}, {u"severity"_s, T::Text, 9}, {u"content"_s, T::Text, 40}, {u"expectation"_s, T::Text, 24},
        {u"responsibility"_s, T::Text, 13}, {u"remedy"_s, T::Text, 12}, {u"compensation"_s, T::Money, 11},
        {u"closed_at"_s, T::DateTime, 19}, {u"satisfied"_s, T::Text, 9}, {u"status"_s, T::Text, 16},
        {u"acknowledged_at"_s, T::DateTime, 19}, {u"ack_due"_s, T::DateTime, 19}, {u"remedy_due"_s, T::DateTime, 19},
        {u"remedy_proposed_at"_s, T::DateTime, 19}, {u"approved_at"_s, T::DateTime, 19}, {u"reopen_count"_s, T::Integer, 8},
        {u"department"_s, T::Text, 14}, {u"assignee"_s, T::Text, 12}, {u"root_cause"_s, T::Text, 24},
    };
}

Status ComplaintsExport::run(const ExportContext &ctx, ExportSink &sink) const
{
    QString sql = u"SELECT c.number, c.received_at, c.customer_name, c.contact_phone, c.model, o.number, c.category, c.severity, "
                  "c.content, c.expectation, c.responsibility, c.remedy, c.compensation_fen, c.closed_at, c.satisfied, c.status, "
                  "c.acknowledged_at, c.ack_due, c.remedy_due, c.remedy_proposed_at, c.approved_at, c.reopen_count, c.department, "
                  "u.login, c.root_cause "
                  "FROM complaints c LEFT JOIN service_orders o ON o.id = c.order_id LEFT JOIN users u ON u.id = c.assignee_id "
                  "WHERE 1 = 1"_s;
    QVariantList params;
    if (ctx.from.isValid()) {
        sql += u" AND c.received_at >= ?"_s;
        params << ctx.fromUtc();
    }
    if (ctx.to.isValid()) {
        sql += u" AND c.received_at < ?"_s;
        params << ctx.toUtcExclusive();
    }
    sql += u" ORDER BY c.received_at, c.id"_s;
    auto q = ctx.db.exec(sql, params);
    if (!q)
        return q.error();
    auto ts = [](const QVariant &v) { return v.isNull() ? QVariant() : QVariant(time::fromDb(v.toString())); };
    auto text = [](const QVariant &v) { return v.isNull() ? QVariant() : QVariant(v.toString()); };
    while (q->next()) {
        QVariantList row;
        row.reserve(25);
        row << text(q->value(0)) << ts(q->value(1)) << text(q->value(2)) << ctx.phone(q->value(3).toString()) << text(q->value(4))
            << text(q->value(5)) << text(q->value(6)) << text(q->value(7)) << text(q->value(8)) << text(q->value(9))
            << text(q->value(10)) << text(q->value(11)) << q->value(12).toLongLong() << ts(q->value(13))
            << (q->value(14).isNull() ? QVariant() : QVariant(q->value(14).toInt() ? u"yes"_s : u"no"_s)) << text(q->value(15));
        for (int i = 16; i < 21; ++i)
            row << ts(q->value(i));
        row << q->value(21).toLongLong() << text(q->value(22)) << text(q->value(23)) << text(q->value(24));
        AS_TRY(sink.row(row));
    }
    return {};
}

} // namespace as
