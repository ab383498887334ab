#pragma once

#include "domain/FollowUp.h"
#include "domain/Order.h"
#include "services/Actor.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace as {

class Database;
class Clock;
class WorkingCalendar;

// Follow-up calls: scheduled by rule when an order is completed or accepted (OrderService calls
// onOrderTransition inside its transaction), worked through the agents' call queue, with the
// outcome of every call kept. Not-reached calls come back after a delay, up to a limit.
class FollowUpService
{
    Q_DECLARE_TR_FUNCTIONS(as::FollowUpService)

public:
    FollowUpService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // Rules (setting followup.rules). Saving them changes only what is scheduled afterwards.
    Result<FollowUpRules> rules();
    Status setRules(const Actor &actor, const FollowUpRules &rules);
    static Status validateRules(const FollowUpRules &rules);

    // Scheduling hook: completion schedules the first call; acceptance of an in-warranty order the
    // 3/6/12-month calls and, for maintenance/installation orders, the next maintenance reminder.
    Status onOrderTransition(const Actor &actor, const Order &order, OrderStatus to);
    // A product's next maintenance date typed by an agent: (re)schedules its reminder.
    Status setMaintenanceDate(const Actor &actor, qint64 productId, const QDate &date);

    Result<FollowUp> get(qint64 id);
    Result<QList<FollowUp>> forOrder(qint64 orderId);
    // Records one call. Reached/refused completes the follow-up; not reached schedules a retry
    // (or gives up after the configured number of attempts).
    Status record(const Actor &actor, qint64 id, int rowVersion, const CallRecord &call);
    Status cancel(const Actor &actor, qint64 id, int rowVersion, const QString &reason);

    struct Call { QDateTime at; QString agent; CallOutcome outcome = CallOutcome::Reached; int satisfaction = 0; QString comments; };
    Result<QList<Call>> calls(qint64 followUpId);

    // Coverage and satisfaction per agent or per technician, for follow-ups done in [from, to]
    // (site-local dates). Coverage (technicians): in-warranty orders completed in the period with a
    // completed first follow-up / in-warranty orders completed in the period. Agents: calls done by
    // their due day / calls done.
    struct PersonStats {
        qint64 userId = 0;
        QString name;
        int done = 0, rated = 0, satisfied = 0;   // satisfied: rated 4 or 5
        int coverageNum = 0, coverageDen = 0;
        double averageRating = 0;
    };
    enum class By { Agent, Technician };
    Result<QList<PersonStats>> stats(By by, const QDate &from, const QDate &to);

    // The due day of each scheduled call (public for tests and the Settings preview).
    static QDate firstDue(const WorkingCalendar &cal, const QDateTime &completedUtc, int workingDays);
    static QDate monthsDue(const WorkingCalendar &cal, const QDate &acceptedLocal, int months);
    static QDate maintenanceDue(const WorkingCalendar &cal, const QDate &maintenanceOn, int leadDays);

private:
    Status insert(const Actor &actor, const Order &order, FollowUpKind kind, const QDate &due, int months = 0);
    QString staleMessage() const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace as
