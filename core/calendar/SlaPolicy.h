#pragma once

#include "calendar/WorkingCalendar.h"
#include "domain/Enums.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

namespace as {

class Database;

// Service level rules (defaults from the domain rules; editable in Settings, key sla.policy).
struct SlaRule
{
    enum class Unit { WorkingMinutes, CalendarMinutes, WorkingDays };
    qint64 amount = 0;
    Unit unit = Unit::WorkingMinutes;

    QDateTime dueFrom(const WorkingCalendar &cal, const QDateTime &start) const;
};

struct SlaPolicy
{
    Q_DECLARE_TR_FUNCTIONS(as::SlaPolicy)

public:
    SlaRule acknowledge{60, SlaRule::Unit::WorkingMinutes};       // acknowledge a new request
    SlaRule dispatch{120, SlaRule::Unit::WorkingMinutes};         // dispatch after opening
    SlaRule contact{120, SlaRule::Unit::WorkingMinutes};          // technician contacts customer after dispatch
    SlaRule resolveGeneral{24 * 60, SlaRule::Unit::CalendarMinutes};
    SlaRule resolveComplex{3, SlaRule::Unit::WorkingDays};
    SlaRule onsiteVisit{1, SlaRule::Unit::WorkingDays};
    SlaRule informInterval{360, SlaRule::Unit::WorkingMinutes};    // keep the customer informed
    SlaRule complaintAcknowledge{60, SlaRule::Unit::WorkingMinutes};
    SlaRule complaintRemedy{3, SlaRule::Unit::WorkingDays};
    int dueSoonMinutes = 60;                                       // "due soon" warning window

    static SlaPolicy defaults() { return {}; }
    QJsonDocument toJson() const;
    static Result<SlaPolicy> fromJson(const QJsonDocument &doc);
    static Result<SlaPolicy> load(Database &db);

    struct OrderDeadlines { QDateTime acknowledge, dispatch, contact, resolve; };
    // Deadlines of an order opened at `opened`; contact is projected from the dispatch deadline
    // and recomputed from the real dispatch time when the order is dispatched.
    OrderDeadlines orderDeadlines(const WorkingCalendar &cal, const QDateTime &opened, Complexity complexity) const;
};

} // namespace as
