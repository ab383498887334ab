#include "services/ComplaintAnalysis.h"

#include "storage/Database.h"
#include "util/Time.h"

#include <QHash>
#include <QMap>

#include <algorithm>
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
    // One pass over the period's complaints (instead of a scan per count).
    ComplaintAnalysis a;
    auto q = db.exec(u"SELECT category, responsibility, COALESCE(model, ''), substr(received_at, 1, 13), customer_id, customer_name, "
                     "status FROM complaints"_s + where,
                     params);
    if (!q)
        return q.error();
    QHash<QString, qint64> categories, responsibilities, models, hours;
    QHash<qint64, std::pair<QString, qint64>> customers;
    while (q->next()) {
        ++a.total;
        categories[q->value(0).toString()] += 1;
        const QString resp = q->value(1).toString();
        responsibilities[resp] += 1;
        if (resp == u"service"_s)
            ++a.byService;
        models[q->value(2).toString()] += 1;
        hours[q->value(3).toString()] += 1;
        if (!q->value(4).isNull()) {
            auto &c = customers[q->value(4).toLongLong()];
            if (c.first.isEmpty())
                c.first = q->value(5).toString();
            ++c.second;
        }
        if (q->value(6).toString() != u"closed"_s)
            ++a.open;
    }
    auto sorted = [](const QHash<QString, qint64> &h, int limit) {
        QList<Count> out;
        for (auto it = h.cbegin(); it != h.cend(); ++it)
            out.append({it.key(), it.value()});
        std::sort(out.begin(), out.end(), [](const Count &x, const Count &y) { return x.count != y.count ? x.count > y.count : x.key < y.key; });
        if (out.size() > limit)
            out.resize(limit);
        return out;
    };
    a.byCategory = sorted(categories, 20);
    a.byResponsibility = sorted(responsibilities, 20);
    a.byModel = sorted(models, 15);
    // Months in the site's time zone: counted by UTC hour, folded into local months.
    QMap<QString, qint64> months;
    for (auto it = hours.cbegin(); it != hours.cend(); ++it)
        months[time::fromDb(it.key() + u":00:00Z"_s).toTimeZone(site).toString(u"yyyy-MM"_s)] += it.value();
    for (auto it = months.cbegin(); it != months.cend(); ++it)
        a.byMonth.append({it.key(), it.value()});
    for (auto it = customers.cbegin(); it != customers.cend(); ++it)
        if (it.value().second >= 2)
            a.repeatCustomers.append({it.key(), it.value().first, it.value().second});
    std::sort(a.repeatCustomers.begin(), a.repeatCustomers.end(), [](const RepeatCustomer &x, const RepeatCustomer &y) {
        return x.complaints != y.complaints ? x.complaints > y.complaints : x.customerId < y.customerId;
    });
    if (a.repeatCustomers.size() > 50)
        a.repeatCustomers.resize(50);
    return a;
}

} // namespace as
