#pragma once

#include "services/Actor.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace as {

class Database;
class Clock;

// Carry-in (depot) repair records of a service order: the receiving register, the charge
// confirmation by the technician and by quality control (both before parts are issued to the
// order: StockLedger refuses the issue otherwise), the QC test, shipping back, and every
// hand-over of the unit, each printable as a receipt.
class DepotService
{
    Q_DECLARE_TR_FUNCTIONS(as::DepotService)

public:
    DepotService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    struct Receipt {
        QString model, capacity, colour, damage, accessories;
        int quantity = 1;
        QString from;        // who brought it (customer or dealer)
    };
    struct Record {
        qint64 orderId = 0;
        QDateTime receivedAt;
        QString receivedBy;
        QString model, capacity, colour, damage, accessories;
        int quantity = 1;
        QDateTime techConfirmedAt, qcConfirmedAt;
        QString techConfirmedBy, qcConfirmedBy;
        qint64 techConfirmedById = 0;
        QString qcTester, qcNote;
        std::optional<bool> qcPassed;
        int burnInHours = 0;
        QDateTime qcAt;
        QString packing, courier, trackingNumber;
        QDateTime shippedAt;
        int rowVersion = 0;
    };
    struct Handover { qint64 id = 0; QDateTime at; QString from, to, note, user; };

    Result<std::optional<Record>> get(qint64 orderId);
    // Registers the unit at the front desk (and the hand-over customer -> front desk).
    Status receive(const Actor &actor, qint64 orderId, const Receipt &r);
    // Charge confirmation: the technician first, then QC (a different person).
    Status confirmCharges(const Actor &actor, qint64 orderId, int rowVersion, bool asQc);
    Status recordQc(const Actor &actor, qint64 orderId, int rowVersion, const QString &tester, bool passed, int burnInHours,
                    const QString &note);
    // Shipping back after a passed QC (and the hand-over workshop -> courier).
    Status ship(const Actor &actor, qint64 orderId, int rowVersion, const QString &packing, const QString &courier,
                const QString &trackingNumber);
    Result<qint64> handOver(const Actor &actor, qint64 orderId, const QString &from, const QString &to, const QString &note);
    Result<QList<Handover>> handovers(qint64 orderId);

    // For StockLedger: an error when parts may not yet be issued to this order.
    Status checkPartsMayBeIssued(qint64 orderId);

private:
    Status update(const Actor &actor, qint64 orderId, int rowVersion, const QString &sets, QVariantList params,
                  const QString &action);
    QString staleMessage() const;
    Database &m_db;
    const Clock &m_clock;
};

} // namespace as
