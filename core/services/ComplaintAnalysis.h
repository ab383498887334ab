#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace as {

class Database;

// The complaint analysis of domain.md: complaints received in a period counted by category,
// responsibility, product model and month; repeat customers (2+ complaints in the period);
// the share caused by service (responsibility = 'service': the complaint-rate numerator).
struct ComplaintAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(as::ComplaintAnalysis)

public:
    struct Count { QString key; qint64 count = 0; };
    struct RepeatCustomer { qint64 customerId = 0; QString name; qint64 complaints = 0; };

    qint64 total = 0;
    qint64 byService = 0;
    qint64 open = 0;
    QList<Count> byCategory, byResponsibility, byModel, byMonth;   // codes (category, responsibility), model text, YYYY-MM
    QList<RepeatCustomer> repeatCustomers;

    double serviceShare() const { return total > 0 ? double(byService) / double(total) : 0.0; }

    // from/to: site-local dates, inclusive; invalid = open. Models: the 15 most frequent.
    static Result<ComplaintAnalysis> compute(Database &db, const QTimeZone &site, const QDate &from, const QDate &to);
};

} // namespace as
