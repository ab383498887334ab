#pragma once

#include "list/ListQuery.h"

#include <QDate>
#include <QDateTime>

namespace as {

class Dialect;

// The follow-up call queue and its other views. The GUI's model, the benchmark and the
// tests run this same SQL.
namespace FollowUpQueries {

enum Column { Due, Customer, Phone, Kind, Model, Order, Technician, Attempts, NextCall, Status, Satisfaction, Agent, DoneAt,
              Comments, Months /* hidden: months of a 'months' call */,
              FinishedAt /* hidden: the Finished view's order */, ColumnCount };

enum class View {
    CallNow,     // due today or overdue, not waiting for a retry: the agent's daily queue
    DueToday,    // due today (also those waiting for a retry)
    Overdue,     // due before today
    Upcoming,    // due in the next `upcomingDays` days
    AllPending,  // every call still to make
    Finished,    // done, refused, not reachable, cancelled: newest first
};

struct Filter {
    View view = View::CallNow;
    QString search;          // customer name or phone fragment
    int upcomingDays = 7;
};

// `today` is the site-local day; `now` (UTC) decides which retries are due again.
ListQuery list(const Dialect &dialect, const Filter &filter, const QDate &today, const QDateTime &now);

} // namespace FollowUpQueries
} // namespace as
