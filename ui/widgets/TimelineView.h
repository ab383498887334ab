#pragma once

#include "domain/StatusEvent.h"

#include <QTableWidget>

#include <functional>

namespace as {

// A record's timeline (when, who, what, note), read-only, oldest first. The record
// window says in its own words what each event means (describe).
class TimelineView : public QTableWidget
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget *parent = nullptr);
    void setEvents(const QList<StatusEvent> &events, const std::function<QString(const StatusEvent &)> &describe);
};

} // namespace as
