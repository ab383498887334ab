#pragma once

#include "domain/Part.h"
#include "services/Actor.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace as {

class Database;
class Clock;

// One posting: `qty` is the (positive) quantity moved. Receipts, opening balances and
// returns add at `locationId`; issues, sales and scrap take from it; a transfer (and scrap
// into a defective-stock location) takes from `locationId` and adds at `toLocationId`;
// an adjustment adds `qty` with its sign.
struct MovementRequest
{
    MovementType type = MovementType::Receipt;
    qint64 partId = 0;
    qint64 locationId = 0;
    qint64 toLocationId = 0;
    qint64 qty = 0;
    qint64 rejectedQty = 0;      // receipts: refused at incoming inspection (not stocked)
    qint64 unitCostFen = -1;     // -1: the part's cost price
    qint64 orderId = 0;          // issues and returns: the service order
    QString orderNumber;         // resolved to orderId when the order exists
    bool allowUnknownOrder = false;   // imports of history: keep the number even without the order
    qint64 stocktakeId = 0;
    qint64 purchaseRequestId = 0;
    QString note;
    QDateTime at;                // invalid: now
    bool allowNegative = false;  // needs Permission::AllowNegativeStock
};

struct BalanceRow
{
    QString code;
    QString location;
    qint64 onHand = 0;
};

struct HistoryRow
{
    qint64 id = 0;
    QDateTime at;
    QString location;
    MovementType type = MovementType::Receipt;
    qint64 qty = 0;
    qint64 balance = 0;          // running balance (of the locations shown) after this movement
    qint64 unitCostFen = 0;
    qint64 rejectedQty = 0;
    QString orderNumber;
    QString part;                // orderMovements(): "CODE name"
    QString note;
    QString user;
};

// The stock ledger: every change of quantity is a movement; the balance per part and
// location (part_stock) changes in the same transaction and always equals the sum of
// the movements. Concurrent postings on the same balance are serialised (SQLite: the
// BEGIN IMMEDIATE write lock; PostgreSQL: SELECT ... FOR UPDATE on the balance row),
// so two PCs taking the last unit cannot both succeed.
class StockLedger
{
    Q_DECLARE_TR_FUNCTIONS(as::StockLedger)

public:
    StockLedger(Database &db, const Clock &clock);

    // One movement (two rows for a transfer) in its own transaction, or a savepoint of the caller's.
    // Returns the id of the (first) movement row.
    Result<qint64> post(const Actor &actor, MovementRequest request);

    // Lower level, for callers already inside a transaction that checked permissions
    // (stocktake posting, imports): change the balance and append one movement row.
    // `signedQty` is the change at `m.locationId`. No audit row.
    Result<qint64> append(const Actor &actor, Movement m, bool allowNegative, bool recomputeOrder = true);

    Result<qint64> onHand(qint64 partId, qint64 locationId);
    Result<qint64> onHandAll(qint64 partId);   // every location
    // code,location,on_hand for every balance row (optionally one part / one location), by code.
    Result<QList<BalanceRow>> balances(qint64 partId = 0, qint64 locationId = 0);
    // Movements of one part (optionally at one location), oldest first, with running balance.
    Result<QList<HistoryRow>> history(qint64 partId, qint64 locationId = 0, int limit = 5000);
    // Parts issued to / returned from a service order (oldest first); `balance` is the net quantity
    // of that part on the order after the movement.
    Result<QList<HistoryRow>> orderMovements(qint64 orderId);
    // Balance rows that differ from the sum of their movements ("PART@LOC: balance X, movements Y").
    Result<QStringList> reconcile();

    // The service order's parts charge: free in warranty, else issued cost plus the mark-up
    // (setting pricing.parts_markup_percent). Called after every issue/return on an order.
    Status recomputeOrderParts(const Actor &actor, qint64 orderId);
    Result<int> markupPercent();

    static qint64 signedQty(MovementType type, qint64 qty);

private:
    Result<qint64> lockBalance(qint64 partId, qint64 locationId);
    Status checkAvailable(qint64 partId, qint64 locationId, qint64 onHand, qint64 take, bool allowNegative);
    Result<qint64> resolveOrder(MovementRequest &r);
    Database &m_db;
    const Clock &m_clock;
};

} // namespace as
