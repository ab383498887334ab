#include "services/OrderQueries.h"

#include "domain/Customer.h"
#include "services/CustomerQueries.h"
#include "storage/Dialect.h"
#include "util/Time.h"

#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace as::OrderQueries {

namespace {
const QString kHigh = QString(QChar(0xDBFF)) + QChar(0xDFFF);
const QString kOpenStatuses = u"('new','dispatched','scheduled','in_progress','awaiting_parts')"_s;
} // namespace

ListQuery list(const Dialect &dialect, const Filter &f, const QDateTime &now, const QTimeZone &site)
{
    ListQuery q;
    q.from = u"service_orders o LEFT JOIN products p ON p.id = o.product_id LEFT JOIN users u ON u.id = o.technician_id"_s;
    q.keyExpr = u"o.id"_s;
    q.columns.resize(ColumnCount);
    q.columns[Number] = {u"o.number"_s, u"o.number"_s};
    q.columns[Status] = {u"o.status"_s, u"o.status"_s};
    q.columns[Opened] = {u"o.opened_at"_s, u"o.opened_at"_s};
    q.columns[Customer] = {u"o.customer_name"_s, u"o.customer_name"_s};
    q.columns[Phone] = {u"o.contact_phone"_s, u"o.contact_phone"_s};
    q.columns[Model] = {u"p.model"_s, u"COALESCE(p.model, '')"_s};
    q.columns[Serial] = {u"p.serial"_s, u"COALESCE(p.serial, '')"_s};
    q.columns[Category] = {u"o.category"_s, u"o.category"_s};
    q.columns[Priority] = {u"o.priority"_s,
                           u"CASE o.priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END"_s};
    q.columns[Technician] = {u"u.display_name"_s, u"COALESCE(u.display_name, '')"_s};
    q.columns[Warranty] = {u"o.warranty_status"_s, u"o.warranty_status"_s};
    q.columns[Appointment] = {u"o.appointment_start"_s, u"COALESCE(o.appointment_start, '')"_s};
    // Time left: open orders by their resolve deadline; finished ones after every open one.
    q.columns[TimeLeft] = {u"CASE WHEN o.status IN "_s + kOpenStatuses + u" THEN o.resolve_due END"_s,
                           u"CASE WHEN o.status IN "_s + kOpenStatuses + u" THEN COALESCE(o.resolve_due, '9999') ELSE '9999' END"_s};
    q.columns[Symptom] = {u"o.symptom"_s, {}};

    if (!f.statuses.isEmpty()) {
        QStringList marks;
        QVariantList p;
        for (OrderStatus s : f.statuses) {
            marks << u"?"_s;
            p << codeOf(s);
        }
        q.addCondition(u"o.status IN ("_s + marks.join(u", "_s) + u')', p);
    }
    if (f.openOnly || f.overdueOnly)
        q.addCondition(u"o.status IN "_s + kOpenStatuses);
    if (f.overdueOnly)
        q.addCondition(u"o.resolve_due < ?"_s, {time::toDb(now)});
    if (f.technicianId > 0)
        q.addCondition(u"o.technician_id = ?"_s, {f.technicianId});
    else if (f.technicianId < 0)
        q.addCondition(u"o.technician_id IS NULL"_s);
    if (f.category)
        q.addCondition(u"o.category = ?"_s, {codeOf(*f.category)});
    if (f.warranty)
        q.addCondition(u"o.warranty_status = ?"_s, {codeOf(*f.warranty)});
    if (f.openedFrom.isValid())
        q.addCondition(u"o.opened_at >= ?"_s, {time::localDayStartUtc(f.openedFrom, site)});
    if (f.openedTo.isValid())
        q.addCondition(u"o.opened_at < ?"_s, {time::localDayStartUtc(f.openedTo.addDays(1), site)});

    const QString t = f.search.simplified();
    if (!t.isEmpty()) {
        // One set of order ids from several indexed lookups (customer name/phone, order number
        // prefix or suffix, serial prefix or suffix): SQLite drives the list from that small set
        // instead of scanning every order in list order and testing an OR on each.
        QStringList parts;
        QVariantList p;
        QString cond;
        QVariantList cp;
        if (CustomerQueries::searchCondition(dialect, t, u"customer_id"_s, &cond, &cp, false)) {
            parts << u"SELECT id FROM service_orders WHERE "_s + cond;
            p << cp;
        }
        static const QRegularExpression codeLike(u"^[A-Za-z0-9][A-Za-z0-9\\-_/.]{2,63}$"_s);
        if (codeLike.match(t).hasMatch()) {
            const QString code = t.toUpper();
            const QString rev = reversed(code);
            parts << u"SELECT id FROM service_orders WHERE number >= ? AND number < ?"_s
                  << u"SELECT id FROM service_orders WHERE number_rev >= ? AND number_rev < ?"_s
                  << u"SELECT id FROM service_orders WHERE product_id IN (SELECT id FROM products WHERE serial >= ? AND serial < ? "
                     "AND serial IS NOT NULL AND archived_at IS NULL "   // the partial indexes' conditions
                     "UNION SELECT id FROM products WHERE serial_rev >= ? AND serial_rev < ? AND archived_at IS NULL)"_s;
            p << code << QString(code + kHigh) << rev << QString(rev + kHigh) << code << QString(code + kHigh) << rev
              << QString(rev + kHigh);
        }
        if (!parts.isEmpty()) {
            // The matching ids drive the query (CROSS JOIN keeps SQLite from scanning every order in
            // list order and probing the set); the list is then sorted, which is cheap for a search.
            q.from = u"("_s + parts.join(u" UNION "_s) + u") hit CROSS JOIN service_orders o LEFT JOIN products p ON p.id = o.product_id "
                     "LEFT JOIN users u ON u.id = o.technician_id"_s;
            q.addCondition(u"o.id = hit.id"_s);
            // The FROM's placeholders come before the WHERE's.
            q.params = p + q.params;
        }
    }
    q.sortColumn = Opened;
    q.descending = true;
    return q;
}

Urgency urgency(const QString &status, const QDateTime &resolveDue, const QDateTime &now, int dueSoonMinutes)
{
    const auto s = fromCode<OrderStatus>(status);
    if (!s || !isOpen(*s) || !resolveDue.isValid())
        return Urgency::None;
    if (resolveDue < now)
        return Urgency::Overdue;
    if (now.secsTo(resolveDue) <= qint64(dueSoonMinutes) * 60)
        return Urgency::DueSoon;
    return Urgency::Ok;
}

} // namespace as::OrderQueries
