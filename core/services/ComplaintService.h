#pragma once

#include "domain/Complaint.h"
#include "services/Actor.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace as {

class Database;
class Clock;

// Complaints: intake (numbering CP-YYYYMM-NNNNN, SLA deadlines from SlaPolicy + WorkingCalendar),
// the workflow of domain.md with the role each step needs (approving compensation, replacement
// or refund needs Permission::ApproveCompensation: a manager), handling details. Every change
// checks row_version (mismatch: Conflict, nothing written) and writes a complaint_events row and
// an audit row in the same transaction.
class ComplaintService
{
    Q_DECLARE_TR_FUNCTIONS(as::ComplaintService)

public:
    ComplaintService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // --- intake (ComplaintService.cpp)
    Status validate(ComplaintDraft &draft) const;
    Result<qint64> create(const Actor &actor, ComplaintDraft draft);
    Result<Complaint> get(qint64 id);
    Result<Complaint> byNumber(const QString &number);
    Result<QList<ComplaintEvent>> events(qint64 complaintId);
    struct LinkedOrder { qint64 id = 0; QString number, status, symptom; };
    Result<QList<LinkedOrder>> orders(qint64 complaintId);
    // Orders and complaints of the customer in the 12 months before `at` (repeat case at 3).
    Result<int> recentCaseCount(qint64 customerId, const QDateTime &at);

    // --- workflow (ComplaintWorkflow.cpp)
    // Records that the customer was told the complaint is being handled (sets acknowledged_at).
    Status acknowledge(const Actor &actor, qint64 id, int rowVersion, const QString &note = {});
    // Moves the complaint to `to` if the workflow allows it, the actor's role may do it and
    // `data` holds what the step needs. `rowVersion` is the version the user saw.
    Status transition(const Actor &actor, qint64 id, int rowVersion, ComplaintStatus to, const ComplaintStepData &data = {});
    // The statuses this actor may move the complaint to now (for buttons).
    QList<ComplaintStatus> availableTransitions(const Actor &actor, const Complaint &c) const;
    // Handling details: category, severity, expectation, department, assignee, investigation,
    // root cause, responsibility; remedy and compensation while no remedy is approved.
    Status update(const Actor &actor, const Complaint &c);
    // Links more orders of the complaint's customer to it (after intake, e.g. once a repair
    // order turns out to be concerned). Orders of another customer are refused by number;
    // an order already linked is left as it is. The first order linked becomes the main one.
    Status linkOrders(const Actor &actor, qint64 id, int rowVersion, const QList<qint64> &orderIds);

private:
    Result<QString> nextNumber(const QDateTime &receivedUtc);
    Status writeEvent(qint64 id, const Actor &actor, const QString &kind, const QString &from, const QString &to, const QString &note);
    Status requirePermission(const Actor &actor, const Complaint &c, ComplaintStatus to, const ComplaintStepData &d) const;
    Status requireData(const Complaint &c, ComplaintStatus to, const ComplaintStepData &d) const;
    QString staleMessage(const Complaint &c) const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace as
