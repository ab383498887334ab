#include "domain/FollowUp.h"

#include <QCoreApplication>

namespace as {

template <>
const QList<EnumEntry<FollowUpKind>> &enumEntries<FollowUpKind>()
{
    static const QList<EnumEntry<FollowUpKind>> e = {
        {FollowUpKind::First, "first", QT_TRANSLATE_NOOP("as::Domain", "After completion")},
        {FollowUpKind::Months, "months", QT_TRANSLATE_NOOP("as::Domain", "Months after acceptance")},
        {FollowUpKind::Maintenance, "maintenance", QT_TRANSLATE_NOOP("as::Domain", "Maintenance reminder")},
    };
    return e;
}

template <>
const QList<EnumEntry<FollowUpStatus>> &enumEntries<FollowUpStatus>()
{
    static const QList<EnumEntry<FollowUpStatus>> e = {
        {FollowUpStatus::Pending, "pending", QT_TRANSLATE_NOOP("as::Domain", "To call")},
        {FollowUpStatus::Done, "done", QT_TRANSLATE_NOOP("as::Domain", "Done")},
        {FollowUpStatus::Refused, "refused", QT_TRANSLATE_NOOP("as::Domain", "Refused")},
        {FollowUpStatus::Unreachable, "unreachable", QT_TRANSLATE_NOOP("as::Domain", "Not reachable")},
        {FollowUpStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("as::Domain", "Cancelled")},
    };
    return e;
}

template <>
const QList<EnumEntry<CallOutcome>> &enumEntries<CallOutcome>()
{
    static const QList<EnumEntry<CallOutcome>> e = {
        {CallOutcome::Reached, "reached", QT_TRANSLATE_NOOP("as::Domain", "Reached")},
        {CallOutcome::NotReached, "not_reached", QT_TRANSLATE_NOOP("as::Domain", "Not reached")},
        {CallOutcome::Refused, "refused", QT_TRANSLATE_NOOP("as::Domain", "Refused")},
    };
    return e;
}

} // namespace as
