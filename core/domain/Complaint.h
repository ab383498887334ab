#pragma once

#include "domain/Enums.h"
#include "domain/StatusEvent.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace as {

// Complaints (投诉), domain.md "Complaints". Codes as stored in table complaints.
enum class ComplaintCategory { Quality, Attitude, Timeliness, Charges, Delivery, Other };
enum class ComplaintSeverity { Low, Normal, High, Critical };
enum class ComplaintStatus { Received, Investigating, RemedyProposed, Approved, CustomerInformed, Closed };
enum class Responsibility { Service, Product, Logistics, Customer, Undetermined };
enum class Remedy { Replacement, FreeRepair, Compensation, Refund, Apology, Other };

template <> const QList<EnumEntry<ComplaintCategory>> &enumEntries<ComplaintCategory>();
template <> const QList<EnumEntry<ComplaintSeverity>> &enumEntries<ComplaintSeverity>();
template <> const QList<EnumEntry<ComplaintStatus>> &enumEntries<ComplaintStatus>();
template <> const QList<EnumEntry<Responsibility>> &enumEntries<Responsibility>();
template <> const QList<EnumEntry<Remedy>> &enumEntries<Remedy>();

// Compensation, replacement and refund need a manager's approval (Permission::ApproveCompensation).
bool remedyNeedsManager(Remedy remedy);

// A complaint as stored. Times are UTC.
struct Complaint
{
    qint64 id = 0;
    QString number;
    QDateTime receivedAt;
    qint64 customerId = 0, productId = 0, orderId = 0;
    QString customerName, contactPhone, model;
    ComplaintCategory category = ComplaintCategory::Other;
    ComplaintSeverity severity = ComplaintSeverity::Normal;
    ComplaintStatus status = ComplaintStatus::Received;
    QString content, expectation;
    QString department;
    qint64 assigneeId = 0;
    QString investigation, rootCause;
    Responsibility responsibility = Responsibility::Undetermined;
    std::optional<Remedy> remedy;
    QString remedyNote;
    qint64 compensationFen = 0;
    QDateTime acknowledgedAt, ackDue, remedyDue, remedyProposedAt, approvedAt, informedAt, closedAt;
    qint64 approvedBy = 0;
    QString customerFeedback;
    std::optional<bool> satisfied;
    int reopenCount = 0;
    QDateTime createdAt, updatedAt;
    int rowVersion = 0;
};

// What the front desk records when a complaint comes in.
struct ComplaintDraft
{
    qint64 customerId = 0;
    qint64 productId = 0;              // 0: none
    QList<qint64> orderIds;            // the orders concerned (the first is the main one)
    QString contactPhone;              // empty: the customer's phone
    QString content, expectation;
    ComplaintCategory category = ComplaintCategory::Quality;
    ComplaintSeverity severity = ComplaintSeverity::Normal;
    QDateTime receivedAt;              // invalid: now
};

// What a step may need (each step checks what it requires).
struct ComplaintStepData
{
    QString note;
    std::optional<Remedy> remedy;              // remedy_proposed: required (unless already set)
    qint64 compensationFen = -1;               // remedy_proposed: -1 keeps the current amount
    QString remedyNote;
    std::optional<Responsibility> responsibility;
    QString rootCause;
    QString feedback;                          // customer_informed / closed / back to investigating
};

// Kinds: created, acknowledged, transition, updated, reopened, imported.
using ComplaintEvent = StatusEvent;

namespace complaintflow {
// received -> investigating -> remedy_proposed -> approved -> customer_informed -> closed,
// customer_informed -> investigating when the customer is not satisfied.
QList<ComplaintStatus> next(ComplaintStatus from);
bool allowed(ComplaintStatus from, ComplaintStatus to);
bool isOpen(ComplaintStatus s);
} // namespace complaintflow

} // namespace as
