#include "demo/DemoFollowUps.h"

#include "calendar/WorkingCalendar.h"
#include "demo/BulkWriter.h"
#include "demo/DemoGenerator.h"
#include "storage/Database.h"

#include <QDate>
#include <QSqlQuery>

#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace as {

namespace {
const char *const kComments[] = {"师傅很专业，问题已解决", "上门准时，服务态度好", "维修后一切正常", "希望配件能更快到货",
                                 "Works fine now, thanks", "等待时间有点长", "收费合理", "客户表示满意", "", "", ""};
} // namespace

Status demoFollowUps(DemoContext &ctx)
{
    using B = BulkWriter;
    Database &db = ctx.db;
    DemoRng &rng = ctx.rng;
    const int offset = ctx.calendar.timeZone().offsetFromUtc(QDateTime::fromSecsSinceEpoch(ctx.nowSecs, Qt::UTC));
    const qint64 day0 = QDate(1970, 1, 1).toJulianDay();
    auto localDay = [&](qint64 utcSecs) { return (utcSecs + offset) / 86400; };
    auto dayText = [&](qint64 localDayNum) { return QDate::fromJulianDay(day0 + localDayNum).toString(Qt::ISODate).toLatin1(); };
    const qint64 today = localDay(ctx.nowSecs);
    const qint64 threeDays = qint64(3) * ctx.calendar.standardDayMinutes() * 60;

    AS_TRY(ctx.writer.finish());   // the parts step's rows are still being written on the writer's thread
    auto fT = ctx.writer.table(u"followups"_s, u"order_id,customer_id,product_id,technician_id,kind,months,due_date,status,outcome,"
                                               "satisfaction,attempts,next_call_at,agent_id,done_at,done_on,comments,finished_at,created_at,"
                                               "created_by,updated_at,updated_by"_s.split(u','));
    if (!fT)
        return fT.error();
    auto q = db.exec(u"SELECT id, customer_id, product_id, technician_id, completed_at, accepted_at, warranty_status FROM service_orders "
                     "WHERE completed_at IS NOT NULL AND category <> 'consultation' ORDER BY completed_at"_s);
    if (!q)
        return q.error();
    qint64 count = 0;
    auto add = [&](qint64 order, qint64 customer, const QVariant &product, const QVariant &tech, const char *kind, int months,
                   qint64 dueDay, qint64 scheduledSecs) -> Status {
        const QByteArray created = DemoGenerator::isoUtc(scheduledSecs);
        B::Row row{B::integer(order), B::integer(customer), product.isNull() ? B::null() : B::integer(product.toLongLong()),
                   tech.isNull() ? B::null() : B::integer(tech.toLongLong()), B::lit(kind), months > 0 ? B::integer(months) : B::null(),
                   B::text(dayText(dueDay))};
        const qint64 agent = ctx.agents.isEmpty() ? 1 : ctx.agents.at(int(rng.below(ctx.agents.size())));
        if (dueDay >= today - 1 || (dueDay >= today - 20 && rng.chance(0.3))) {   // still to call (some overdue ones)
            row << B::lit("pending") << B::null() << B::null() << B::integer(0) << B::null() << B::null() << B::null() << B::null()
                << B::null() << B::null();
        } else {
            const double r = rng.unit();
            const qint64 doneDay = dueDay - rng.below(3);
            const qint64 doneSecs = doneDay * 86400 - offset + 9 * 3600 + rng.below(8 * 3600);
            const QByteArray doneAt = DemoGenerator::isoUtc(doneSecs);
            if (r < 0.05) {   // not reachable after three tries
                row << B::lit("unreachable") << B::lit("not_reached") << B::null() << B::integer(3) << B::null() << B::integer(agent)
                    << B::null() << B::null() << B::null() << B::text(doneAt);
            } else if (r < 0.08) {
                row << B::lit("refused") << B::lit("refused") << B::null() << B::integer(1) << B::null() << B::integer(agent)
                    << B::text(doneAt) << B::text(dayText(doneDay)) << B::null() << B::text(doneAt);
            } else {
                const double s = rng.unit();
                const int rating = s < 0.08 ? 0 : s < 0.66 ? 5 : s < 0.93 ? 4 : s < 0.97 ? 3 : s < 0.99 ? 2 : 1;
                const char *comment = rng.pick(kComments);
                row << B::lit("done") << B::lit("reached") << (rating > 0 ? B::integer(rating) : B::null())
                    << B::integer(1 + (rng.chance(0.15) ? 1 : 0)) << B::null() << B::integer(agent) << B::text(doneAt)
                    << B::text(dayText(doneDay)) << (*comment ? B::lit(comment) : B::null()) << B::text(doneAt);
            }
        }
        row << B::text(created) << B::integer(1) << B::text(created) << B::integer(1);
        ++count;
        return ctx.writer.add(*fT, std::move(row));
    };
    // Read every order first: the writer works on the same connection from its own thread.
    struct Done { qint64 order, customer; QVariant product, tech; qint64 completed, accepted; bool inWarranty; };
    std::vector<Done> done;
    while (q->next()) {
        Done d{q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2), q->value(3),
               QDateTime::fromString(q->value(4).toString(), Qt::ISODate).toSecsSinceEpoch(),
               q->value(5).isNull() ? -1 : QDateTime::fromString(q->value(5).toString(), Qt::ISODate).toSecsSinceEpoch(),
               q->value(6).toString() == QLatin1StringView("in")};
        done.push_back(std::move(d));
    }
    q->finish();
    for (const Done &o : done) {
        const qint64 due = ctx.calendar.addWorkingSecs(o.completed, threeDays);
        AS_TRY(add(o.order, o.customer, o.product, o.tech, "first", 0, localDay(due < 0 ? o.completed : due), o.completed));
        if (o.accepted >= 0 && o.inWarranty) {
            const QDate acceptedDay = QDate::fromJulianDay(day0 + localDay(o.accepted));
            for (int m : {3, 6, 12}) {
                QDate d = acceptedDay.addMonths(m);
                for (int i = 0; i < 10 && !ctx.calendar.isWorkingDay(d); ++i)
                    d = d.addDays(1);
                AS_TRY(add(o.order, o.customer, o.product, o.tech, "months", m, d.toJulianDay() - day0, o.accepted));
            }
        }
    }
    AS_TRY(ctx.writer.finish());
    ctx.summary.extra.append({QStringLiteral("follow-up calls"), count});
    return {};
}

} // namespace as
