#pragma once

#include <QDateTime>
#include <QString>

namespace as {

// One line of a record's timeline (order_events, complaint_events): who did what when,
// with the status change it made, if any. Times are UTC.
struct StatusEvent
{
    qint64 id = 0;
    QDateTime at;
    qint64 userId = 0;
    QString userName;
    QString kind;                      // created, transition, updated, … (the record type's own vocabulary)
    QString fromStatus, toStatus, note;
};

} // namespace as
