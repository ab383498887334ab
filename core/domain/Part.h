#pragma once

#include "domain/Enums.h"

#include <QDateTime>
#include <QString>

namespace as {

enum class LocationKind { Warehouse, Van, Defective };
// Kinds of stock movement. Issue = repair consumption on a service order; Sale = over the
// counter to a customer (a separate ledger); Opening = opening balance from an import.
enum class MovementType { Opening, Receipt, Issue, Sale, Return, Transfer, Scrap, Adjustment };
enum class StocktakeStatus { Counting, Recount, Approved, Posted, Cancelled };
enum class PurchaseStatus { Requested, Approved, Ordered, Received, Cancelled };

template <> const QList<EnumEntry<LocationKind>> &enumEntries<LocationKind>();
template <> const QList<EnumEntry<MovementType>> &enumEntries<MovementType>();
template <> const QList<EnumEntry<StocktakeStatus>> &enumEntries<StocktakeStatus>();
template <> const QList<EnumEntry<PurchaseStatus>> &enumEntries<PurchaseStatus>();

struct Part
{
    qint64 id = 0;
    QString code;              // scannable; upper-case, no spaces
    QString name;
    QString spec;
    QString unit = QStringLiteral("pcs");
    QString category;
    QString compatibleModels;  // free text, e.g. "KFR-35GW, KFR-26GW"
    QString bin;
    qint64 costFen = 0;
    qint64 saleFen = 0;
    qint64 safetyStock = 0;
    qint64 reorderQty = 0;
    QString supplier;
    bool active = true;
    QString notes;
    int rowVersion = 0;
};

struct StockLocation
{
    qint64 id = 0;
    QString code;
    QString name;
    LocationKind kind = LocationKind::Warehouse;
    qint64 technicianId = 0;
    bool active = true;
    int rowVersion = 0;
};

struct Movement
{
    qint64 id = 0;
    QDateTime at;
    qint64 partId = 0;
    qint64 locationId = 0;
    qint64 qty = 0;            // signed change at locationId
    MovementType type = MovementType::Receipt;
    qint64 unitCostFen = 0;
    qint64 rejectedQty = 0;
    qint64 pairId = 0;
    qint64 orderId = 0;
    QString orderNumber;
    qint64 stocktakeId = 0;
    qint64 purchaseRequestId = 0;
    QString note;
};

namespace parts {
// Codes are matched as typed by a scanner: trimmed, upper-case.
QString normaliseCode(const QString &code);
} // namespace parts

} // namespace as
