#include "services/IntegrityCheck.h"

#include "reports/KpiService.h"
#include "services/SettingsRepository.h"
#include "services/StockLedger.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace as {

Result<QStringList> IntegrityCheck::run(bool quick)
{
    QStringList problems;
    AS_TRY(checkStorage(quick, problems));
    AS_TRY(checkOrders(problems));
    if (m_db.schemaVersion() >= 200) {
        // Parts ledger: every balance equals the sum of its movements.
        SystemClock clock;
        auto stock = StockLedger(m_db, clock).reconcile();
        if (!stock)
            return stock.error();
        problems << *stock;
    }
    if (m_db.schemaVersion() >= 701 && !quick) {
        // KPI figures cached for closed months equal a computation from the data now.
        SystemClock clock;
        SettingsRepository settings(m_db, clock);
        auto kpi = KpiService(m_db, settings, &clock).verifyCache();
        if (!kpi)
            return kpi.error();
        problems << *kpi;
    }
    return problems;
}

Status IntegrityCheck::checkStorage(bool quick, QStringList &problems)
{
    if (!m_db.isSqlite())
        return {};
    auto q = m_db.exec(quick ? u"PRAGMA quick_check"_s : u"PRAGMA integrity_check"_s);
    if (!q)
        return q.error();
    while (q->next()) {
        const QString line = q->value(0).toString();
        if (line != u"ok"_s)
            problems << tr("storage: %1").arg(line);
    }
    auto fk = m_db.exec(u"PRAGMA foreign_key_check"_s);
    if (!fk)
        return fk.error();
    while (fk->next())
        problems << tr("foreign key: table %1 row %2 refers to a missing %3 row").arg(fk->value(0).toString(), fk->value(1).toString(),
                                                                                     fk->value(2).toString());
    auto fts = m_db.exec(u"INSERT INTO customers_fts(customers_fts, rank) VALUES ('integrity-check', 1)"_s);
    if (!fts)
        problems << tr("search index: the customer search index does not match the customers (%1)").arg(fts.error().message);
    return {};
}

Status IntegrityCheck::checkOrders(QStringList &problems)
{
    struct Rule { QString sql; const char *text; };
    const Rule rules[] = {
        {u"SELECT number FROM service_orders WHERE status = 'closed' AND closed_at IS NULL LIMIT 5"_s,
         QT_TR_NOOP("order %1 is closed but has no closing time")},
        {u"SELECT number FROM service_orders WHERE status = 'cancelled' AND (cancelled_at IS NULL OR cancel_reason IS NULL) LIMIT 5"_s,
         QT_TR_NOOP("order %1 is cancelled without time or reason")},
        {u"SELECT number FROM service_orders WHERE status IN ('completed','accepted','closed') AND category <> 'consultation' "
         "AND completed_at IS NULL LIMIT 5"_s,
         QT_TR_NOOP("order %1 is completed but has no completion time")},
        {u"SELECT o.number FROM service_orders o WHERE NOT EXISTS (SELECT 1 FROM order_events e WHERE e.order_id = o.id "
         "AND e.kind = 'created') LIMIT 5"_s,
         QT_TR_NOOP("order %1 has no creation event")},
        {u"SELECT o.number FROM service_orders o WHERE o.rework_of IS NOT NULL AND o.rework_of >= o.id LIMIT 5"_s,
         QT_TR_NOOP("order %1 is a rework of a later order")},
        {u"SELECT number FROM complaints WHERE status = 'closed' AND closed_at IS NULL LIMIT 5"_s,
         QT_TR_NOOP("complaint %1 is closed but has no closing time")},
        {u"SELECT number FROM complaints WHERE status IN ('approved','customer_informed') AND (approved_at IS NULL OR remedy IS NULL) LIMIT 5"_s,
         QT_TR_NOOP("complaint %1 is approved without an approved remedy")},
    };
    for (const Rule &r : rules) {
        auto q = m_db.exec(r.sql);
        if (!q)
            return q.error();
        while (q->next())
            problems << tr(r.text).arg(q->value(0).toString());
    }
    return {};
}

} // namespace as
