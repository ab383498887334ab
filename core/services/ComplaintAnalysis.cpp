#include "services/ComplaintAnalysis.h"

#include "storage/Database.h"
#include "util/Time.h"

#include <QMap>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace as {

Result<ComplaintAnalysis> ComplaintAnalysis::compute(Database &db, const QTimeZone &site, const QDate &from, const QDate &to)
{
    QString where = u" WHERE 1 = 1"_s;
    QVariantList params;
    if (from.isValid()) {
        where += u" AND received_at >= ?"_s;
        params << time::localDayStartUtc(from, site);
    }
    if (to.isValid()) {
        where += u" AND received_at < ?"_s;
        params << time::localDayStartUtc(to.addDays(1), site);
    }
    ComplaintAnalysis a;
    auto q = db.exec(u"SELECT count(*), COALESCE(SUM(CASE WHEN responsibility = 'service' THEN 1 ELSE 0 END), 0), "
                     "COALESCE(SUM(CASE WHEN status <> 'closed' THEN 1 ELSE 0 END), 0) FROM complaints"_s + where,
                     params);
    if (!q)
        return q.error();
    if (q->next()) {
        a.total = q->value(0).toLongLong();
        a.byService = q->value(1).toLongLong();
        a.open = q->value(2).toLongLong();
    }
    auto counts = [&](const QString &expr, QList<Count> &out, int limit) -> Status {
        auto r = db.exec(u"SELECT "_s + expr + u" AS k, count(*) AS n FROM complaints"_s + where + u" GROUP BY "_s + expr +
                             u" ORDER BY n DESC, k LIMIT "_s + QString::number(limit),
                         params);
        if (!r)
            return r.error();
        while (r->next())
            out.append({r->value(0).toString(), r->value(1).toLongLong()});
        return {};
    };
    AS_TRY(counts(u"category"_s, a.byCategory, 20));
    AS_TRY(counts(u"responsibility"_s, a.byResponsibility, 20));
    AS_TRY(counts(u"COALESCE(model, '')"_s, a.byModel, 15));
    // Months in the site's time zone: group by UTC day, then fold the days into local months.
    auto r = db.exec(u"SELECT substr(received_at, 1, 13), count(*) FROM complaints"_s + where + u" GROUP BY substr(received_at, 1, 13)"_s,
                     params);
    if (!r)
        return r.error();
    QMap<QString, qint64> months;
    while (r->next()) {
        const QDateTime hour = time::fromDb(r->value(0).toString() + u":00:00Z"_s);
        months[hour.toTimeZone(site).toString(u"yyyy-MM"_s)] += r->value(1).toLongLong();
    }
    for (auto it = months.cbegin(); it != months.cend(); ++it)
        a.byMonth.append({it.key(), it.value()});
    auto rep = db.exec(u"SELECT customer_id, MAX(customer_name), count(*) AS n FROM complaints"_s + where +
                           u" AND customer_id IS NOT NULL GROUP BY customer_id HAVING count(*) >= 2 ORDER BY n DESC, customer_id LIMIT 50"_s,
                       params);
    if (!rep)
        return rep.error();
    while (rep->next())
        a.repeatCustomers.append({rep->value(0).toLongLong(), rep->value(1).toString(), rep->value(2).toLongLong()});
    return a;
}

} // namespace as
