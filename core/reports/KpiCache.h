#pragma once

#include "reports/Kpi.h"
#include "util/Result.h"

#include <QMap>

namespace as {

class Database;

// The figures of closed months (table kpi_month_cache, migration 0701): numerators and
// denominators of the rates and of the mean time to resolve, as KpiService computed them.
// Triggers on the tables behind the figures delete every month a change could touch, and a
// computation stores its figures only where its claim (made before it read anything) still
// stands, so a stored month is never older than the data. Cache failures (a read-only or busy
// database) are not errors: the figures are then computed and not stored.
class KpiCache
{
public:
    // Bumped whenever a formula behind the cached figures changes: older rows are recomputed.
    static constexpr int kEngine = 1;

    explicit KpiCache(Database &db) : m_db(db) {}

    static QString key(const Period &p);   // fromUtc + "/" + toUtc
    // The stored figures of these months (values without targets), by key().
    QMap<QString, QList<KpiValue>> load(const QList<Period> &months);
    // Claims the months about to be computed; empty when the cache cannot be written now.
    QString claim(const QList<Period> &months);
    // Stores the figures of the claimed months whose claim still stands.
    void store(const QString &token, const QList<std::pair<Period, QList<KpiValue>>> &figures, const QString &nowUtc);
    Status clear();

    static QString encode(const QList<KpiValue> &values);
    static std::optional<QList<KpiValue>> decode(const QString &json);

private:
    Database &m_db;
};

} // namespace as
