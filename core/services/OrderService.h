#pragma once

#include "domain/Order.h"
#include "services/Actor.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <functional>

namespace as {

class Database;
class Clock;

// Service orders: intake (numbering, warranty, SLA deadlines), the lifecycle of domain.md with
// the role allowed for each step and the data each step needs, dispatch and appointments,
// rework. Every change writes an order_events row and an audit row in the same transaction;
// every update checks row_version (a mismatch is a Conflict, nothing is written).
class OrderService
{
    Q_DECLARE_TR_FUNCTIONS(as::OrderService)

public:
    OrderService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // Other areas react to a transition inside its transaction (follow-ups are scheduled on
    // completion and acceptance); a failing hook rolls the whole transition back.
    using TransitionHook = std::function<Status(const Actor &, const Order &, OrderStatus)>;
    void addTransitionHook(TransitionHook hook) { m_hooks.push_back(std::move(hook)); }

    // --- intake (OrderService.cpp)
    Status validate(OrderDraft &draft) const;
    // Creates the order (and closes it at once when it is a consultation with an answer).
    Result<qint64> create(const Actor &actor, OrderDraft draft);
    Result<Order> get(qint64 id);
    Result<Order> byNumber(const QString &number);
    Result<QList<OrderEvent>> events(qint64 orderId);

    struct OpenOrder { qint64 id = 0; QString number; OrderStatus status = OrderStatus::New; QDateTime openedAt; QString symptom; };
    // Open orders for a product serial (shown at intake before saving).
    Result<QList<OpenOrder>> openOrdersForSerial(const QString &serial, qint64 excludeOrderId = 0);
    // Orders (and, once complaints exist, complaints) of the customer in the 12 months before `at`;
    // RepeatCaseThreshold or more makes a repeat case.
    Result<int> recentCaseCount(qint64 customerId, const QDateTime &at);
    static constexpr int RepeatCaseThreshold = 3;

    // --- lifecycle (OrderLifecycle.cpp)
    // Moves the order to `to` if domain.md allows it from its status, the actor's role may do it
    // and `data` holds what the step needs. `rowVersion` is the version the user saw.
    Status transition(const Actor &actor, qint64 id, int rowVersion, OrderStatus to, const TransitionData &data = {});
    // The statuses this actor may move the order to now (for buttons).
    QList<OrderStatus> availableTransitions(const Actor &actor, const Order &order) const;
    // A new order linked to an accepted or closed one.
    Result<qint64> createRework(const Actor &actor, qint64 originalId, const QString &symptom);
    // Diagnosis, repair plan, work done, symptom, priority (no status change).
    Status updateWork(const Actor &actor, const Order &order);

    // --- charges (OrderCharges.cpp)
    // Labour by the rate table (setting pricing.labour_rates: {"general": fen, "complex": fen}).
    Result<qint64> labourRate(Complexity complexity);
    // The quote: labour and travel (parts come from the ledger). In warranty without misuse
    // the service is free and a charge is refused. Changing the amounts withdraws a consent.
    Status setQuote(const Actor &actor, qint64 id, int rowVersion, qint64 labourFen, qint64 travelFen, bool misuse);
    // The customer agreed to the quote (needed before work starts on a charged order).
    Status recordConsent(const Actor &actor, qint64 id, int rowVersion, const QString &byName);

    struct Expense { qint64 id = 0; QString kind; qint64 amountFen = 0; QString note, claimedBy; QDateTime at; };
    // Expense claims (kind: travel, toll, parking, lodging, other); the technician on the order or the front desk.
    Result<qint64> addExpense(const Actor &actor, qint64 orderId, const QString &kind, qint64 amountFen, const QString &note);
    Result<QList<Expense>> expenses(qint64 orderId);

    // --- dispatch (OrderDispatch.cpp)
    // Assigns (status new: dispatches) or reassigns a technician.
    Status assign(const Actor &actor, qint64 id, int rowVersion, qint64 technicianId, const QString &note = {});
    // First appointment (dispatched -> scheduled) or a reschedule (reason required, history kept).
    Status setAppointment(const Actor &actor, qint64 id, int rowVersion, const QDateTime &start, const QDateTime &end,
                          const QString &reason = {});
    Result<QList<Reschedule>> reschedules(qint64 orderId);
    struct TechnicianLoad { qint64 technicianId = 0; QString name; int openOrders = 0; int appointmentsThatDay = 0; };
    // Every active technician with their open orders and their appointments on `day` (site time).
    Result<QList<TechnicianLoad>> technicianLoad(const QDate &day);
    struct BoardOrder {
        qint64 id = 0;
        int rowVersion = 0;
        QString number, customerName, address, symptom;
        OrderStatus status = OrderStatus::New;
        Priority priority = Priority::Normal;
        QDateTime dispatchDue, resolveDue, appointmentStart, appointmentEnd;
        int rescheduleCount = 0;
    };
    // New (unassigned) orders, the most urgent dispatch deadline first.
    Result<QList<BoardOrder>> unassigned(int limit = 500);
    // A technician's open orders: those with a visit on `day` (site time) and those not yet booked.
    Result<QList<BoardOrder>> technicianDay(qint64 technicianId, const QDate &day);

private:
    Result<QString> nextNumber(const QDateTime &openedUtc);
    Status writeEvent(qint64 orderId, const Actor &actor, const QString &kind, const QString &from, const QString &to,
                      const QString &note);
    Status checkTechnicianOwns(const Actor &actor, const Order &order) const;
    Permission permissionFor(OrderStatus from, OrderStatus to) const;
    Status requirePermission(const Actor &actor, OrderStatus from, OrderStatus to) const;
    Status requireData(const Order &order, OrderStatus to, const TransitionData &data) const;
    QString staleMessage(const Order &o) const;

    Database &m_db;
    const Clock &m_clock;
    QList<TransitionHook> m_hooks;
};

} // namespace as
