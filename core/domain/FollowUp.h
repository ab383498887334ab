#pragma once

#include "domain/Enums.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace as {

// Follow-up calls (回访), domain.md "Follow-ups".
enum class FollowUpKind { First, Months, Maintenance };
enum class FollowUpStatus { Pending, Done, Refused, Unreachable, Cancelled };
enum class CallOutcome { Reached, NotReached, Refused };

template <> const QList<EnumEntry<FollowUpKind>> &enumEntries<FollowUpKind>();
template <> const QList<EnumEntry<FollowUpStatus>> &enumEntries<FollowUpStatus>();
template <> const QList<EnumEntry<CallOutcome>> &enumEntries<CallOutcome>();

struct FollowUp
{
    qint64 id = 0;
    qint64 orderId = 0, customerId = 0, productId = 0, technicianId = 0;
    FollowUpKind kind = FollowUpKind::First;
    int months = 0;                     // kind Months: months after acceptance
    QDate dueDate;                      // site-local day
    FollowUpStatus status = FollowUpStatus::Pending;
    std::optional<CallOutcome> outcome;
    int satisfaction = 0;               // 1-5; 0: no rating
    int attempts = 0;
    QDateTime nextCallAt, doneAt;       // UTC
    qint64 agentId = 0, newOrderId = 0;
    QString comments;
    int rowVersion = 0;
};

// What the agent records after a call.
struct CallRecord
{
    CallOutcome outcome = CallOutcome::Reached;
    int satisfaction = 0;               // 1-5 when reached; 0: the customer gave no rating
    QString comments;
    qint64 newOrderId = 0;              // "new service need": the order opened from this call
};

// The scheduling rules (setting followup.rules, JSON). Changing them affects only
// follow-ups scheduled afterwards.
struct FollowUpRules
{
    int firstWithinWorkingDays = 3;     // after completion
    QList<int> warrantyMonths{3, 6, 12};   // after acceptance, in-warranty products
    int maintenanceLeadDays = 14;       // reminder before the maintenance date
    int maintenanceIntervalMonths = 12; // next maintenance after a maintenance/installation order; 0: none
    int retryDelayMinutes = 240;        // a not-reached call comes back after this
    int maxAttempts = 3;                // then it is given up (unreachable)
};

} // namespace as
