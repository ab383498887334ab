#include "reports/KpiCache.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QSet>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace as {

QString KpiCache::key(const Period &p)
{
    return p.fromUtc + u'/' + p.toUtc;
}

QString KpiCache::encode(const QList<KpiValue> &values)
{
    QJsonObject o;
    for (const KpiValue &v : values)
        o.insert(Kpi::code(v.key), QJsonArray{v.numerator, v.denominator, v.available ? 1 : 0});
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<QList<KpiValue>> KpiCache::decode(const QString &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    QList<KpiValue> out;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const auto k = Kpi::fromCode(it.key());
        const QJsonArray a = it.value().toArray();
        if (!k || a.size() != 3)
            return std::nullopt;
        KpiValue v;
        v.key = *k;
        v.numerator = a.at(0).toDouble();
        v.denominator = a.at(1).toDouble();
        v.available = a.at(2).toInt() != 0;
        // The same expression as KpiService::rate and compute: identical doubles.
        if (v.available && v.denominator > 0)
            v.value = v.numerator / v.denominator;
        out << v;
    }
    // In the order of Kpi::all(), as computed.
    std::sort(out.begin(), out.end(), [](const KpiValue &a, const KpiValue &b) {
        return Kpi::all().indexOf(a.key) < Kpi::all().indexOf(b.key);
    });
    return out;
}

QMap<QString, QList<KpiValue>> KpiCache::load(const QList<Period> &months)
{
    QMap<QString, QList<KpiValue>> out;
    if (months.isEmpty())
        return out;
    QString lo = months.first().fromUtc, hi = months.first().toUtc;
    QSet<QString> wanted;
    for (const Period &p : months) {
        lo = std::min(lo, p.fromUtc);
        hi = std::max(hi, p.toUtc);
        wanted.insert(key(p));
    }
    auto q = m_db.exec(u"SELECT from_utc, to_utc, figures FROM kpi_month_cache WHERE from_utc >= ? AND to_utc <= ? "
                       "AND engine = ? AND figures IS NOT NULL"_s,
                       {lo, hi, kEngine});
    if (!q)
        return out;
    while (q->next()) {
        const QString k = q->value(0).toString() + u'/' + q->value(1).toString();
        if (!wanted.contains(k))
            continue;
        if (auto v = decode(q->value(2).toString()))
            out.insert(k, *v);
    }
    return out;
}

namespace {

// The cache is never worth waiting for: while another PC (or an import) holds the write lock,
// give up after a moment and compute without storing, instead of waiting the full busy timeout.
class ShortBusyTimeout
{
public:
    explicit ShortBusyTimeout(Database &db) : m_db(db)
    {
        if (!m_db.isSqlite())
            return;
        auto v = m_db.scalar(u"PRAGMA busy_timeout"_s);
        if (v && v->isValid()) {
            m_previous = v->toInt();
            (void)m_db.exec(u"PRAGMA busy_timeout = 300"_s);
        }
    }
    ~ShortBusyTimeout()
    {
        if (m_previous >= 0)
            (void)m_db.exec(u"PRAGMA busy_timeout = "_s + QString::number(m_previous));
    }

private:
    Database &m_db;
    int m_previous = -1;
};

} // namespace

QString KpiCache::claim(const QList<Period> &months)
{
    if (months.isEmpty() || m_db.transactionDepth() > 0)
        return {};
    const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    ShortBusyTimeout wait(m_db);
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return {};
    // PostgreSQL: wait until every transaction whose trigger already ran (ROW EXCLUSIVE on the
    // cache) has committed, so the figures computed after this claim include its change.
    if (!m_db.isSqlite() && (!m_db.exec(u"SET LOCAL lock_timeout = '300ms'"_s) ||
                             !m_db.exec(u"LOCK TABLE kpi_month_cache IN SHARE ROW EXCLUSIVE MODE"_s)))
        return {};
    for (const Period &p : months) {
        auto r = m_db.exec(u"INSERT INTO kpi_month_cache (from_utc, to_utc, token, engine) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT (from_utc, to_utc) DO UPDATE SET token = excluded.token, engine = excluded.engine, "
                           "figures = NULL, computed_at = NULL"_s,
                           {p.fromUtc, p.toUtc, token, kEngine});
        if (!r)
            return {};
    }
    if (!tx->commit())
        return {};
    return token;
}

void KpiCache::store(const QString &token, const QList<std::pair<Period, QList<KpiValue>>> &figures, const QString &nowUtc)
{
    if (token.isEmpty() || figures.isEmpty() || m_db.transactionDepth() > 0)
        return;
    ShortBusyTimeout wait(m_db);
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return;
    if (!m_db.isSqlite() && !m_db.exec(u"SET LOCAL lock_timeout = '300ms'"_s))
        return;
    for (const auto &[p, values] : figures) {
        // Zero rows: a change committed since the claim deleted it; these figures are not kept.
        if (!m_db.exec(u"UPDATE kpi_month_cache SET figures = ?, computed_at = ? WHERE from_utc = ? AND to_utc = ? AND token = ? "
                       "AND figures IS NULL"_s,
                       {encode(values), nowUtc, p.fromUtc, p.toUtc, token}))
            return;
    }
    (void)tx->commit();
}

Status KpiCache::clear()
{
    auto r = m_db.exec(u"DELETE FROM kpi_month_cache"_s);
    if (!r)
        return r.error();
    return {};
}

} // namespace as
