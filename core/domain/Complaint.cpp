#include "domain/Complaint.h"

#include <QCoreApplication>

namespace as {

template <>
const QList<EnumEntry<ComplaintCategory>> &enumEntries<ComplaintCategory>()
{
    static const QList<EnumEntry<ComplaintCategory>> e = {
        {ComplaintCategory::Quality, "quality", QT_TRANSLATE_NOOP("as::Domain", "Product quality")},
        {ComplaintCategory::Attitude, "attitude", QT_TRANSLATE_NOOP("as::Domain", "Service attitude")},
        {ComplaintCategory::Timeliness, "timeliness", QT_TRANSLATE_NOOP("as::Domain", "Timeliness")},
        {ComplaintCategory::Charges, "charges", QT_TRANSLATE_NOOP("as::Domain", "Charges")},
        {ComplaintCategory::Delivery, "delivery", QT_TRANSLATE_NOOP("as::Domain", "Delivery")},
        {ComplaintCategory::Other, "other", QT_TRANSLATE_NOOP("as::Domain", "Other")},
    };
    return e;
}

template <>
const QList<EnumEntry<ComplaintSeverity>> &enumEntries<ComplaintSeverity>()
{
    static const QList<EnumEntry<ComplaintSeverity>> e = {
        {ComplaintSeverity::Low, "low", QT_TRANSLATE_NOOP("as::Domain", "Low")},
        {ComplaintSeverity::Normal, "normal", QT_TRANSLATE_NOOP("as::Domain", "Normal")},
        {ComplaintSeverity::High, "high", QT_TRANSLATE_NOOP("as::Domain", "High")},
        {ComplaintSeverity::Critical, "critical", QT_TRANSLATE_NOOP("as::Domain", "Critical")},
    };
    return e;
}

template <>
const QList<EnumEntry<ComplaintStatus>> &enumEntries<ComplaintStatus>()
{
    static const QList<EnumEntry<ComplaintStatus>> e = {
        {ComplaintStatus::Received, "received", QT_TRANSLATE_NOOP("as::Domain", "Newly received")},   // "Received" is taken (goods)
        {ComplaintStatus::Investigating, "investigating", QT_TRANSLATE_NOOP("as::Domain", "Investigating")},
        {ComplaintStatus::RemedyProposed, "remedy_proposed", QT_TRANSLATE_NOOP("as::Domain", "Remedy proposed")},
        {ComplaintStatus::Approved, "approved", QT_TRANSLATE_NOOP("as::Domain", "Approved")},
        {ComplaintStatus::CustomerInformed, "customer_informed", QT_TRANSLATE_NOOP("as::Domain", "Customer informed")},
        {ComplaintStatus::Closed, "closed", QT_TRANSLATE_NOOP("as::Domain", "Closed")},
    };
    return e;
}

template <>
const QList<EnumEntry<Responsibility>> &enumEntries<Responsibility>()
{
    static const QList<EnumEntry<Responsibility>> e = {
        {Responsibility::Service, "service", QT_TRANSLATE_NOOP("as::Domain", "Service")},
        {Responsibility::Product, "product", QT_TRANSLATE_NOOP("as::Domain", "Product quality")},
        {Responsibility::Logistics, "logistics", QT_TRANSLATE_NOOP("as::Domain", "Logistics (delivery)")},
        {Responsibility::Customer, "customer", QT_TRANSLATE_NOOP("as::Domain", "Customer misuse")},
        {Responsibility::Undetermined, "undetermined", QT_TRANSLATE_NOOP("as::Domain", "Undetermined")},
    };
    return e;
}

template <>
const QList<EnumEntry<Remedy>> &enumEntries<Remedy>()
{
    static const QList<EnumEntry<Remedy>> e = {
        {Remedy::Replacement, "replacement", QT_TRANSLATE_NOOP("as::Domain", "Replacement")},
        {Remedy::FreeRepair, "free_repair", QT_TRANSLATE_NOOP("as::Domain", "Free repair")},
        {Remedy::Compensation, "compensation", QT_TRANSLATE_NOOP("as::Domain", "Compensation")},
        {Remedy::Refund, "refund", QT_TRANSLATE_NOOP("as::Domain", "Refund")},
        {Remedy::Apology, "apology", QT_TRANSLATE_NOOP("as::Domain", "Apology")},
        {Remedy::Other, "other", QT_TRANSLATE_NOOP("as::Domain", "Other")},
    };
    return e;
}

bool remedyNeedsManager(Remedy r)
{
    return r == Remedy::Compensation || r == Remedy::Replacement || r == Remedy::Refund;
}

namespace complaintflow {

QList<ComplaintStatus> next(ComplaintStatus from)
{
    using S = ComplaintStatus;
    switch (from) {
    case S::Received: return {S::Investigating};
    case S::Investigating: return {S::RemedyProposed};
    case S::RemedyProposed: return {S::Approved};
    case S::Approved: return {S::CustomerInformed};
    case S::CustomerInformed: return {S::Closed, S::Investigating};
    case S::Closed: return {};
    }
    return {};
}

bool allowed(ComplaintStatus from, ComplaintStatus to)
{
    return next(from).contains(to);
}

bool isOpen(ComplaintStatus s)
{
    return s != ComplaintStatus::Closed;
}

} // namespace complaintflow

} // namespace as
