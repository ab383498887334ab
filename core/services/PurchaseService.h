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
class StockLedger;

struct PurchaseRequest
{
    qint64 id = 0;
    qint64 partId = 0;
    QString partCode, partName;
    qint64 locationId = 0;
    QString locationCode;
    qint64 qty = 0;
    QString supplier;
    PurchaseStatus status = PurchaseStatus::Requested;
    QDateTime requestedAt;
    qint64 receivedQty = 0, rejectedQty = 0;
    QString note;
    int rowVersion = 0;
};

// Purchase requests for parts at or below safety stock:
// requested -> approved -> ordered -> received (the receipt posts the stock movement).
class PurchaseService
{
    Q_DECLARE_TR_FUNCTIONS(as::PurchaseService)

public:
    PurchaseService(Database &db, const Clock &clock, StockLedger &ledger) : m_db(db), m_clock(clock), m_ledger(ledger) {}

    Result<qint64> request(const Actor &actor, qint64 partId, qint64 locationId, qint64 qty, const QString &note = {});
    // One request per part of the reorder list at this location without an open request; returns how many.
    Result<int> requestReorderList(const Actor &actor, qint64 locationId);
    Status approve(const Actor &actor, qint64 id);
    Status markOrdered(const Actor &actor, qint64 id);
    // Incoming inspection: accepted units are stocked, rejected ones recorded.
    Result<qint64> receive(const Actor &actor, qint64 id, qint64 accepted, qint64 rejected = 0);
    Status cancel(const Actor &actor, qint64 id, const QString &reason);
    Result<PurchaseRequest> get(qint64 id);
    Result<QList<PurchaseRequest>> list(bool openOnly = true, int limit = 1000);

private:
    Status transition(const Actor &actor, qint64 id, PurchaseStatus from, PurchaseStatus to, const QString &column);
    Database &m_db;
    const Clock &m_clock;
    StockLedger &m_ledger;
};

} // namespace as
