#pragma once

#include "domain/Enums.h"
#include "domain/StatusEvent.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace as {

// A service order as stored (service_orders). Times are UTC.
struct Order
{
    qint64 id = 0;
    QString number;
    qint64 customerId = 0;
    qint64 productId = 0;
    QString customerName, contactPhone, address;
    Channel channel = Channel::Phone;
    OrderCategory category = OrderCategory::Repair;
    ServiceMode serviceMode = ServiceMode::OnSite;
    Priority priority = Priority::Normal;
    Complexity complexity = Complexity::General;
    OrderStatus status = OrderStatus::New;
    WarrantyStatus warranty = WarrantyStatus::Unknown;
    QString symptom;
    qint64 technicianId = 0;
    QDateTime appointmentStart, appointmentEnd;
    int rescheduleCount = 0;
    QString diagnosis, repairPlan, workDone;
    QDateTime openedAt, acknowledgedAt, dispatchedAt, contactedAt, startedAt, completedAt, acceptedAt, closedAt, cancelledAt;
    QString acceptedByName, cancelReason;
    QDateTime ackDue, dispatchDue, contactDue, resolveDue;
    qint64 reworkOf = 0;
    qint64 labourFen = 0, partsFen = 0, travelFen = 0;
    QString receiptNumber;
    QDateTime createdAt, updatedAt;
    int rowVersion = 0;
    bool misuse = false;               // in warranty, but the fault is misuse: charged
    QDateTime consentAt;               // the customer agreed to the quote
    QString consentBy;

    qint64 totalFen() const { return labourFen + partsFen + travelFen; }
};

// What the front desk types when a call comes in.
struct OrderDraft
{
    qint64 customerId = 0;
    qint64 productId = 0;              // 0: no registered product
    QString contactPhone;              // empty: the customer's phone
    QString address;                   // empty: the customer's address
    Channel channel = Channel::Phone;
    OrderCategory category = OrderCategory::Repair;
    ServiceMode serviceMode = ServiceMode::OnSite;
    Priority priority = Priority::Normal;
    Complexity complexity = Complexity::General;
    QString symptom;
    QString answer;                    // consultation answered on the spot: the order is closed at once
    QDateTime openedAt;                // invalid: now
};

// Data a transition may need (each transition checks what it requires).
struct TransitionData
{
    QString note;
    qint64 technicianId = 0;           // dispatch
    QDateTime appointmentStart, appointmentEnd;   // schedule
    QString workDone;                  // completion
    QString acceptedBy;                // acceptance: who signed
    QDateTime acceptedAt;              // acceptance: when (invalid: now)
    QString reason;                    // cancellation
    QString receiptNumber;             // closing a charged order
};

// Kinds: created, transition, assigned, rescheduled, updated, rework, note.
using OrderEvent = StatusEvent;

struct Reschedule
{
    QDateTime at;
    QString userName;
    QDateTime oldStart, oldEnd, newStart, newEnd;
    QString reason;
};

namespace orderflow {
// The lifecycle of domain.md: which statuses may follow `from`.
QList<OrderStatus> next(OrderStatus from);
bool allowed(OrderStatus from, OrderStatus to);
} // namespace orderflow

} // namespace as
