#pragma once

#include "domain/Part.h"
#include "services/Actor.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace as {

class Database;
class Clock;

// The parts catalogue and the stock locations (warehouses, technicians' vans, defective stock).
class PartService
{
    Q_DECLARE_TR_FUNCTIONS(as::PartService)

public:
    PartService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    Status validate(Part &p) const;
    Result<qint64> create(const Actor &actor, Part p);
    Status update(const Actor &actor, Part p);   // Conflict when changed since p.rowVersion
    Result<Part> get(qint64 id);
    Result<std::optional<Part>> byCode(const QString &code);
    // A part by code, NotFound naming the code.
    Result<Part> requireCode(const QString &code);
    Result<QStringList> categories();

    Status validate(StockLocation &l) const;
    Result<qint64> createLocation(const Actor &actor, StockLocation l);
    Status updateLocation(const Actor &actor, StockLocation l);
    Result<StockLocation> location(qint64 id);
    Result<QList<StockLocation>> locations(bool includeInactive = false);
    // By code or name (case-insensitive); NotFound naming the text.
    Result<StockLocation> findLocation(const QString &codeOrName);
    // The first active warehouse (the default location of CLI moves); creates "MAIN" when there is none.
    Result<StockLocation> defaultLocation(const Actor &actor);

    static QVariantMap fields(const Part &p);
    static QVariantMap fields(const StockLocation &l);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace as
