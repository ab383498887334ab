#pragma once

#include "domain/Complaint.h"
#include "list/ListQuery.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

#include <optional>

namespace as {

class Dialect;

// The complaint list: columns, filters and search. The GUI's model, the benchmark and the
// tests run this same SQL.
namespace ComplaintQueries {

enum Column { Number, Status, Due, Received, Customer, Phone, Model, Category, Severity, Responsibility, Remedy, Assignee,
              Content, ColumnCount };

struct Filter {
    QString search;                          // number, customer name/phone, words of the content (any length)
    QList<ComplaintStatus> statuses;         // empty: all
    bool openOnly = false;                   // not closed
    std::optional<ComplaintCategory> category;
    std::optional<ComplaintSeverity> severity;
    std::optional<as::Responsibility> responsibility;
    bool overdueOnly = false;                // not acknowledged by ack_due or no remedy by remedy_due
    bool dueSoonOnly = false;                // the next deadline within dueSoonMinutes, not yet overdue
    int dueSoonMinutes = 240;
    QDate receivedFrom, receivedTo;          // site-local dates, inclusive
    qint64 customerId = 0;
};

// The next deadline of an open complaint: acknowledgement, then the remedy proposal.
QString nextDueExpr(const QString &alias = QStringLiteral("c"));

ListQuery list(const Dialect &dialect, const Filter &filter, const QDateTime &now, const QTimeZone &site);

enum class Urgency { None, Ok, DueSoon, Overdue };
Urgency urgency(const QDateTime &nextDue, const QDateTime &now, int dueSoonMinutes = 240);

} // namespace ComplaintQueries
} // namespace as
