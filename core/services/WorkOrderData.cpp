#include "services/WorkOrderData.h"

#include "services/Services.h"
#include "storage/Database.h"
#include "util/Time.h"

#include <QFile>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace as {

Result<WorkOrderData> WorkOrderSource::byNumber(const QString &number)
{
    auto o = m_s.orders.byNumber(number);
    if (!o)
        return o.error();
    return complete(std::move(*o));
}

Result<WorkOrderData> WorkOrderSource::byId(qint64 orderId)
{
    auto o = m_s.orders.get(orderId);
    if (!o)
        return o.error();
    return complete(std::move(*o));
}

Result<CompanyInfo> WorkOrderSource::company(QStringList *warnings)
{
    CompanyInfo c;
    for (auto [key, into] : {std::pair{u"company.name"_s, &c.name}, std::pair{u"company.address"_s, &c.address},
                             std::pair{u"company.phone"_s, &c.phone}}) {
        auto v = m_s.settings.value(key);
        if (!v)
            return v.error();
        *into = v->trimmed();
    }
    auto logo = m_s.settings.value(u"company.logo"_s);
    if (!logo)
        return logo.error();
    const QString ref = logo->trimmed();
    if (ref.startsWith(u"data:"_s)) {
        const qsizetype comma = ref.indexOf(u',');
        if (comma > 0)
            c.logo = QByteArray::fromBase64(ref.mid(comma + 1).toLatin1());
    } else if (!ref.isEmpty()) {
        QFile f(ref);
        if (f.open(QIODevice::ReadOnly))
            c.logo = f.readAll();
        else if (warnings)
            *warnings << tr("Setting company.logo: cannot read %1 (%2); printing without a logo.").arg(ref, f.errorString());
    }
    return c;
}

Result<WorkOrderData> WorkOrderSource::complete(Order order)
{
    WorkOrderData d;
    d.order = std::move(order);
    d.siteZone = m_s.settings.siteTimeZone();
    d.printedAt = m_s.clock.nowUtc();
    if (d.order.productId > 0) {
        auto p = m_s.customers.product(d.order.productId);
        if (!p)
            return p.error();
        d.warrantyEnd = warranty::endDate(*p);
        d.product = std::move(*p);
    }
    if (d.order.technicianId > 0) {
        auto u = m_s.users.byId(d.order.technicianId);
        if (!u)
            return u.error();
        d.technicianName = u->displayName.isEmpty() ? u->login : u->displayName;
        d.technicianPhone = u->phone;
    }
    auto company = this->company(&d.warnings);
    if (!company)
        return company.error();
    d.company = std::move(*company);
    auto terms = m_s.settings.value(u"print.terms"_s);
    if (!terms)
        return terms.error();
    d.terms = terms->trimmed();

    // Parts on the order: issues (negative quantities) less returns, per part.
    auto q = m_s.db.exec(u"SELECT p.code, p.name, p.unit, -SUM(m.qty) AS used FROM stock_movements m "
                         "JOIN parts p ON p.id = m.part_id "
                         "WHERE m.order_id = ? AND m.type IN ('issue', 'return') "
                         "GROUP BY p.code, p.name, p.unit HAVING -SUM(m.qty) <> 0 ORDER BY MIN(m.id)"_s,
                         {d.order.id});
    if (!q)
        return q.error();
    while (q->next())
        d.parts << WorkOrderPart{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                                 q->value(3).toLongLong()};
    return d;
}

Result<QList<qint64>> WorkOrderSource::technicianDay(qint64 technicianId, const QDate &day)
{
    const QTimeZone zone = m_s.settings.siteTimeZone();
    const QString from = time::localDayStartUtc(day, zone);
    const QString to = time::localDayStartUtc(day.addDays(1), zone);
    auto q = m_s.db.exec(u"SELECT id FROM service_orders WHERE technician_id = ? AND appointment_start >= ? "
                         "AND appointment_start < ? AND status <> 'cancelled' ORDER BY appointment_start, id"_s,
                         {technicianId, from, to});
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q->next())
        ids << q->value(0).toLongLong();
    return ids;
}

} // namespace as
