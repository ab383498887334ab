#include "reports/KpiService.h"

#include "reports/KpiSql.h"
#include "services/SettingsRepository.h"
#include "storage/Database.h"
#include "util/Clock.h"
#include "util/Time.h"

#include <QSqlRecord>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace as {

using kpisql::Cond;

namespace {

// COUNT(*) and how many of them meet `num`, over `from` WHERE `den`.
struct Ratio {
    QString from;
    Cond den;
    Cond num;
};

const QString kOrders = u"service_orders o"_s;

} // namespace

bool KpiService::hasTable(const QString &name)
{
    auto it = m_tables.find(name);
    if (it != m_tables.end())
        return *it;
    const QString sql = m_db.isSqlite() ? u"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"_s
                                        : u"SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ?"_s;
    auto v = m_db.scalar(sql, {name});
    const bool exists = v.ok() && v->isValid() && !v->isNull();
    m_tables.insert(name, exists);
    return exists;
}

bool KpiService::hasComplaints()
{
    return hasTable(u"complaints"_s);
}

bool KpiService::hasFollowups()
{
    return hasTable(u"followups"_s);
}

Result<QVariantList> KpiService::row(const QString &sql, const QVariantList &params)
{
    auto q = m_db.exec(sql, params);
    if (!q)
        return q.error();
    QVariantList values;
    if (q->next()) {
        const int n = q->record().count();
        for (int i = 0; i < n; ++i)
            values << q->value(i);
    }
    return values;
}

Result<std::optional<double>> KpiService::target(KpiKey k)
{
    const auto fallback = Kpi::defaultTarget(k);
    if (!fallback)
        return std::optional<double>();
    auto v = m_settings.value(Kpi::settingKey(k));
    if (!v)
        return v.error();
    if (v->trimmed().isEmpty())
        return fallback;
    bool ok = false;
    const double t = v->trimmed().toDouble(&ok);
    if (!ok || t < 0 || t > 1)
        return Error::validation(tr("The setting %1 is \"%2\"; a target is a fraction between 0 and 1 (0.98 for 98 %).")
                                     .arg(Kpi::settingKey(k), *v),
                                 Kpi::settingKey(k));
    return std::optional<double>(t);
}

Status KpiService::setTarget(const Actor &actor, KpiKey k, std::optional<double> t)
{
    if (!Kpi::defaultTarget(k))
        return Error::validation(tr("%1 has no target.").arg(Kpi::title(k)), Kpi::settingKey(k));
    if (!t)
        return m_settings.setValue(actor, Kpi::settingKey(k), QString());
    if (*t < 0 || *t > 1)
        return Error::validation(tr("The target of %1 must be between 0 % and 100 %.").arg(Kpi::title(k)), Kpi::settingKey(k));
    return m_settings.setValue(actor, Kpi::settingKey(k), QString::number(*t, 'f', 4));
}

Result<KpiValue> KpiService::rate(KpiKey k, const Period &p)
{
    KpiValue v;
    v.key = k;
    std::optional<Ratio> ratio;
    switch (k) {
    case KpiKey::ResponseWithinSla: ratio = Ratio{kOrders, kpisql::opened(p), kpisql::acknowledgedInTime()}; break;
    case KpiKey::OnTimeCompletion: {
        // Two disjoint index ranges (deadline in the period; completed in it with the deadline
        // elsewhere) instead of an OR, so each part is read from its covering index alone.
        const Cond num = kpisql::completedByDeadline(), due = kpisql::dueInPeriod(p);
        auto r = row(u"SELECT COUNT(*), COALESCE(SUM(CASE WHEN "_s + num.sql + u" THEN 1 ELSE 0 END), 0) FROM service_orders o WHERE "_s + due.sql,
                     num.params + due.params);
        if (!r)
            return r.error();
        auto scan = completedScan(p);
        if (!scan)
            return scan.error();
        v.denominator = r->value(0).toDouble() + double(scan->lateBase);
        v.numerator = r->value(1).toDouble() + double(scan->lateOnTime);
        break;
    }
    case KpiKey::FirstTimeFix: {
        // accepted - accepted with a rework within 30 days, counted from the (few) rework orders
        // opened in [from, to + 30 days): the same set as noReworkWithin30Days (the drill-down).
        const Cond acc = kpisql::accepted(p);
        const Cond rw = kpisql::reworkedWithin30Days(m_db.dialect(), p);
        auto r = row(u"SELECT (SELECT COUNT(*) FROM service_orders o WHERE "_s + acc.sql + u"), (SELECT COUNT(DISTINCT r.rework_of) FROM "
                         u"service_orders r JOIN service_orders o ON o.id = r.rework_of WHERE "_s + rw.sql + u")"_s,
                     acc.params + rw.params);
        if (!r)
            return r.error();
        v.denominator = r->value(0).toDouble();
        v.numerator = v.denominator - r->value(1).toDouble();
        break;
    }
    case KpiKey::Satisfaction:
        if (!hasFollowups())
            v.available = false;
        else
            ratio = Ratio{u"followups f"_s, kpisql::rated(p), kpisql::satisfied()};
        break;
    case KpiKey::FollowupCoverage: {
        if (!hasFollowups()) {
            v.available = false;
            break;
        }
        auto scan = completedScan(p);
        if (!scan)
            return scan.error();
        v.denominator = double(scan->inWarranty);
        v.numerator = double(scan->covered);
        break;
    }
    case KpiKey::RepeatRepair: {
        const Cond num = kpisql::reworkOpened(p), den = kpisql::accepted(p);
        auto r = row(u"SELECT (SELECT COUNT(*) FROM service_orders o WHERE "_s + num.sql +
                         u"), (SELECT COUNT(*) FROM service_orders o WHERE "_s + den.sql + u")"_s,
                     num.params + den.params);
        if (!r)
            return r.error();
        v.numerator = r->value(0).toDouble();
        v.denominator = r->value(1).toDouble();
        break;
    }
    case KpiKey::ComplaintRate: {
        if (!hasComplaints()) {
            v.available = false;
            break;
        }
        const Cond num = kpisql::serviceComplaints(p);
        auto r = row(u"SELECT COUNT(*) FROM complaints c WHERE "_s + num.sql, num.params);
        if (!r)
            return r.error();
        auto scan = completedScan(p);
        if (!scan)
            return scan.error();
        v.numerator = r->value(0).toDouble();
        v.denominator = double(scan->all);
        break;
    }
    case KpiKey::PartsFillRate: {
        // Lines issued to orders in the period without the order having waited for parts first,
        // against those lines plus the orders that had to wait for parts in the period.
        const Cond lines = kpisql::issuedToOrders(p);
        const Cond filled = lines && kpisql::issuedWhenRequested();
        auto r = row(u"SELECT (SELECT COUNT(*) FROM stock_movements m WHERE "_s + filled.sql +
                         u"), (SELECT COUNT(DISTINCT e.order_id) FROM order_events e WHERE e.to_status = 'awaiting_parts' "
                         u"AND e.at >= ? AND e.at < ?)"_s,
                     filled.params + QVariantList{p.fromUtc, p.toUtc});
        if (!r)
            return r.error();
        v.numerator = r->value(0).toDouble();
        v.denominator = v.numerator + r->value(1).toDouble();
        break;
    }
    default:
        return Error::validation(tr("%1 is not a rate.").arg(Kpi::code(k)));
    }
    if (ratio) {
        auto r = row(u"SELECT COUNT(*), COALESCE(SUM(CASE WHEN "_s + ratio->num.sql + u" THEN 1 ELSE 0 END), 0) FROM "_s + ratio->from +
                         u" WHERE "_s + ratio->den.sql,
                     ratio->num.params + ratio->den.params);
        if (!r)
            return r.error();
        v.denominator = r->value(0).toDouble();
        v.numerator = r->value(1).toDouble();
    }
    if (v.available && v.denominator > 0)
        v.value = v.numerator / v.denominator;
    return v;
}

Result<KpiService::CompletedScan> KpiService::completedScan(const Period &p)
{
    const QString key = p.fromUtc + p.toUtc;
    if (m_scan && m_scan->first == key)
        return m_scan->second;
    const Cond range = kpisql::completed(p);
    const Cond late{u"o.status <> 'cancelled' AND NOT (COALESCE(o.resolve_due, '') >= ? AND COALESCE(o.resolve_due, '') < ?)"_s,
                    {p.fromUtc, p.toUtc}};
    const Cond inTime = late && kpisql::completedByDeadline();
    QString covered = u"0"_s;
    if (hasFollowups())
        covered = u"SUM(CASE WHEN o.warranty_status = 'in' AND "_s + kpisql::firstFollowupDone().sql + u" THEN 1 ELSE 0 END)"_s;
    auto r = row(u"SELECT COUNT(*), SUM(CASE WHEN o.resolve_working_minutes IS NOT NULL THEN 1 ELSE 0 END), SUM(o.resolve_working_minutes), "
                 u"SUM(CASE WHEN o.warranty_status = 'in' THEN 1 ELSE 0 END), "_s +
                     covered + u", SUM(CASE WHEN "_s + late.sql + u" THEN 1 ELSE 0 END), SUM(CASE WHEN "_s + inTime.sql +
                     u" THEN 1 ELSE 0 END) FROM service_orders o WHERE "_s + range.sql,
                 late.params + inTime.params + range.params);
    if (!r)
        return r.error();
    CompletedScan s;
    s.all = r->value(0).toLongLong();
    s.resolved = r->value(1).toLongLong();
    s.minutes = r->value(2).toDouble();
    s.inWarranty = r->value(3).toLongLong();
    s.covered = r->value(4).toLongLong();
    s.lateBase = r->value(5).toLongLong();
    s.lateOnTime = r->value(6).toLongLong();
    m_scan = std::make_pair(key, s);
    return s;
}

Result<qint64> KpiService::stockValueAt(const QString &utc)
{
    // Today's balances at cost price, minus the movements made since `utc` (defective stock excluded).
    auto r = row(kpisql::stockValueSql(), {utc});
    if (!r)
        return r.error();
    return r->value(0).toLongLong() - r->value(1).toLongLong();
}

bool KpiService::isClosedMonth(const Period &p) const
{
    const QDateTime now = m_clock ? m_clock->nowUtc() : QDateTime::currentDateTimeUtc();
    return p.isMonth() && p.toUtc <= time::toDb(now);
}

Result<QList<KpiValue>> KpiService::rateValues(const Period &p)
{
    QList<KpiValue> values;
    for (KpiKey k : Kpi::all()) {
        if (Kpi::isRate(k)) {
            auto r = rate(k, p);
            if (!r)
                return r.error();
            values << *r;
        } else if (k == KpiKey::MeanTimeToResolveHours) {
            auto scan = completedScan(p);
            if (!scan)
                return scan.error();
            KpiValue v;
            v.key = k;
            v.denominator = double(scan->resolved);
            v.numerator = scan->minutes / 60.0;
            if (v.available && v.denominator > 0)
                v.value = v.numerator / v.denominator;
            values << v;
        }
    }
    return values;
}

Result<QList<QList<KpiValue>>> KpiService::cachedRates(const QList<Period> &periods)
{
    m_scan.reset();
    struct Reset { std::optional<std::pair<QString, CompletedScan>> &scan; ~Reset() { scan.reset(); } } reset{m_scan};
    QList<Period> closed;
    if (m_cacheEnabled)
        for (const Period &p : periods)
            if (isClosedMonth(p))
                closed << p;
    const QMap<QString, QList<KpiValue>> stored = m_cache.load(closed);
    QList<Period> missing;
    QSet<QString> missingKeys;
    for (const Period &p : closed)
        if (!stored.contains(KpiCache::key(p))) {
            missing << p;
            missingKeys.insert(KpiCache::key(p));
        }
    // Claimed before anything is read: a change committed from now on deletes the claim.
    const QString token = m_cache.claim(missing);
    QList<QList<KpiValue>> out;
    QList<std::pair<Period, QList<KpiValue>>> computed;
    for (const Period &p : periods) {
        const auto hit = stored.constFind(KpiCache::key(p));
        if (hit != stored.constEnd()) {
            out << *hit;
            continue;
        }
        auto v = rateValues(p);
        if (!v)
            return v.error();
        out << *v;
        if (missingKeys.contains(KpiCache::key(p)))
            computed << std::pair{p, *v};
    }
    m_cache.store(token, computed, time::toDb(m_clock ? m_clock->nowUtc() : QDateTime::currentDateTimeUtc()));
    return out;
}

Result<int> KpiService::fillCache(int months)
{
    if (!m_cacheEnabled || months <= 0)
        return 0;
    const QTimeZone zone = m_settings.siteTimeZone();
    const QDateTime now = m_clock ? m_clock->nowUtc() : QDateTime::currentDateTimeUtc();
    const QDate lastMonth = now.toTimeZone(zone).date().addMonths(-1);
    const QList<Period> periods = Period::month(lastMonth.year(), lastMonth.month(), zone).trailingMonths(months);
    const int missing = int(periods.size() - m_cache.load(periods).size());
    if (missing == 0)
        return 0;
    auto r = cachedRates(periods);
    if (!r)
        return r.error();
    return missing;
}

Result<QStringList> KpiService::verifyCache()
{
    QStringList problems;
    auto q = m_db.exec(u"SELECT from_utc, to_utc, figures FROM kpi_month_cache WHERE figures IS NOT NULL AND engine = ? ORDER BY from_utc"_s,
                       {KpiCache::kEngine});
    if (!q)
        return q.error();
    QList<std::pair<Period, QString>> rows;
    while (q->next()) {
        Period p;
        p.fromUtc = q->value(0).toString();
        p.toUtc = q->value(1).toString();
        rows << std::pair{p, q->value(2).toString()};
    }
    m_scan.reset();
    struct Reset { std::optional<std::pair<QString, CompletedScan>> &scan; ~Reset() { scan.reset(); } } reset{m_scan};
    for (const auto &[p, figures] : rows) {
        auto fresh = rateValues(p);
        if (!fresh)
            return fresh.error();
        if (KpiCache::encode(*fresh) == figures)
            continue;
        problems << tr("KPI figures cached for %1 – %2 differ from the data; deleted, they are recomputed when next shown.")
                        .arg(p.fromUtc, p.toUtc);
        auto del = m_db.exec(u"DELETE FROM kpi_month_cache WHERE from_utc = ? AND to_utc = ?"_s, {p.fromUtc, p.toUtc});
        if (!del)
            return del.error();
    }
    return problems;
}

Status KpiService::applyTargets(QList<KpiValue> &values)
{
    for (KpiValue &v : values) {
        auto t = target(v.key);
        if (!t)
            return t.error();
        v.target = *t;
        v.met.reset();
        if (v.value && v.target)
            v.met = Kpi::meets(v.key, *v.value, *v.target);
    }
    return {};
}

Result<QList<KpiValue>> KpiService::compute(const Actor &actor, const Period &p, bool ratesOnly)
{
    AS_TRY(actor.require(Permission::ViewReports));
    auto rates = cachedRates({p});
    if (!rates)
        return rates.error();
    QList<KpiValue> values;
    for (KpiKey k : Kpi::all()) {
        KpiValue v;
        v.key = k;
        if (Kpi::isRate(k) || k == KpiKey::MeanTimeToResolveHours) {
            for (const KpiValue &r : rates->first())
                if (r.key == k)
                    v = r;
        } else if (ratesOnly) {
            continue;
        } else if (k == KpiKey::InventoryTurnover) {
            auto parts = this->parts(actor, p);
            if (!parts)
                return parts.error();
            v.numerator = double(parts->issuedFen) / 100.0;
            v.denominator = double(parts->stockStartFen + parts->stockEndFen) / 200.0;
            v.value = parts->turnover;
        } else if (k == KpiKey::Backlog) {
            auto b = backlog(actor, p);
            if (!b)
                return b.error();
            for (const BacklogBucket &bucket : *b)
                v.numerator += double(bucket.orders);
            v.value = v.numerator;
        }
        values << v;
    }
    AS_TRY(applyTargets(values));
    return values;
}

Result<QList<TrendPoint>> KpiService::trends(const Actor &actor, const Period &p, int months, const QList<TrendPoint> &known)
{
    AS_TRY(actor.require(Permission::ViewReports));
    QList<TrendPoint> points;
    QList<Period> todo;
    for (const Period &m : p.trailingMonths(months)) {
        const auto reuse = std::find_if(known.begin(), known.end(), [&](const TrendPoint &k) {
            return k.month.fromUtc == m.fromUtc && k.month.toUtc == m.toUtc;
        });
        QList<KpiValue> rates;
        if (reuse != known.end()) {
            for (const KpiValue &v : reuse->values)
                if (Kpi::isRate(v.key) || v.key == KpiKey::MeanTimeToResolveHours)
                    rates << v;
        } else {
            todo << m;
        }
        points << TrendPoint{m, rates};
    }
    auto computed = cachedRates(todo);
    if (!computed)
        return computed.error();
    int next = 0;
    for (TrendPoint &point : points) {
        if (next < todo.size() && point.month.fromUtc == todo.at(next).fromUtc && point.month.toUtc == todo.at(next).toUtc) {
            point.values = computed->at(next++);
            AS_TRY(applyTargets(point.values));
        }
    }
    return points;
}

} // namespace as
