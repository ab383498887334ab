#pragma once

#include "domain/Enums.h"
#include "list/ListQuery.h"

#include <QDate>
#include <QDateTime>

#include <optional>

namespace as {

class Dialect;

// The order list: columns, filters and the search behind its search box. The GUI's model,
// the benchmarks and the tests run this same SQL.
namespace OrderQueries {

enum Column { Number, Status, TimeLeft, Opened, Customer, Phone, Model, Serial, Category, Priority, Technician, Warranty,
              Appointment, Symptom, ColumnCount };

struct Filter {
    QString search;                          // order number, phone fragment, customer name, serial
    QList<OrderStatus> statuses;             // empty: all
    bool openOnly = false;                   // not completed/accepted/closed/cancelled
    qint64 technicianId = 0;                 // 0: any; -1: unassigned
    std::optional<OrderCategory> category;
    QDate openedFrom, openedTo;              // site-local dates, inclusive
    bool overdueOnly = false;                // open and past the resolve deadline
    std::optional<WarrantyStatus> warranty;
};

// `now` decides what is overdue; `site` turns the date range into UTC bounds.
ListQuery list(const Dialect &dialect, const Filter &filter, const QDateTime &now, const QTimeZone &site);

// Where an order stands against its resolve deadline (lists colour it).
enum class Urgency { None, Ok, DueSoon, Overdue };
Urgency urgency(const QString &status, const QDateTime &resolveDue, const QDateTime &now, int dueSoonMinutes = 240);

} // namespace OrderQueries
} // namespace as
