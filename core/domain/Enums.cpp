#include "domain/Enums.h"

#include <QCoreApplication>

namespace as {

QString translateDomain(const char *label)
{
    return QCoreApplication::translate("as::Domain", label);
}

template <>
const QList<EnumEntry<Role>> &enumEntries<Role>()
{
    static const QList<EnumEntry<Role>> e = {
        {Role::Manager, "manager", QT_TRANSLATE_NOOP("as::Domain", "Manager")},
        {Role::Agent, "agent", QT_TRANSLATE_NOOP("as::Domain", "Service agent")},
        {Role::Technician, "technician", QT_TRANSLATE_NOOP("as::Domain", "Technician")},
        {Role::PartsClerk, "parts_clerk", QT_TRANSLATE_NOOP("as::Domain", "Parts clerk")},
        {Role::Logistics, "logistics", QT_TRANSLATE_NOOP("as::Domain", "Logistics")},
        {Role::Admin, "admin", QT_TRANSLATE_NOOP("as::Domain", "Administrator")},
    };
    return e;
}

template <>
const QList<EnumEntry<CustomerType>> &enumEntries<CustomerType>()
{
    static const QList<EnumEntry<CustomerType>> e = {
        {CustomerType::Consumer, "consumer", QT_TRANSLATE_NOOP("as::Domain", "Consumer")},
        {CustomerType::Dealer, "dealer", QT_TRANSLATE_NOOP("as::Domain", "Dealer / agent")},
        {CustomerType::Business, "business", QT_TRANSLATE_NOOP("as::Domain", "Business")},
    };
    return e;
}

template <>
const QList<EnumEntry<Channel>> &enumEntries<Channel>()
{
    static const QList<EnumEntry<Channel>> e = {
        {Channel::Phone, "phone", QT_TRANSLATE_NOOP("as::Domain", "Phone")},
        {Channel::Email, "email", QT_TRANSLATE_NOOP("as::Domain", "E-mail")},
        {Channel::Chat, "chat", QT_TRANSLATE_NOOP("as::Domain", "Online chat")},
        {Channel::WalkIn, "walk_in", QT_TRANSLATE_NOOP("as::Domain", "Walk-in")},
        {Channel::Dealer, "dealer", QT_TRANSLATE_NOOP("as::Domain", "Dealer")},
    };
    return e;
}

template <>
const QList<EnumEntry<OrderCategory>> &enumEntries<OrderCategory>()
{
    static const QList<EnumEntry<OrderCategory>> e = {
        {OrderCategory::Consultation, "consultation", QT_TRANSLATE_NOOP("as::Domain", "Consultation")},
        {OrderCategory::Repair, "repair", QT_TRANSLATE_NOOP("as::Domain", "Repair")},
        {OrderCategory::Installation, "installation", QT_TRANSLATE_NOOP("as::Domain", "Installation")},
        {OrderCategory::Maintenance, "maintenance", QT_TRANSLATE_NOOP("as::Domain", "Maintenance")},
        {OrderCategory::Return, "return", QT_TRANSLATE_NOOP("as::Domain", "Return / replacement")},
    };
    return e;
}

template <>
const QList<EnumEntry<ServiceMode>> &enumEntries<ServiceMode>()
{
    static const QList<EnumEntry<ServiceMode>> e = {
        {ServiceMode::OnSite, "onsite", QT_TRANSLATE_NOOP("as::Domain", "On-site service")},
        {ServiceMode::Depot, "depot", QT_TRANSLATE_NOOP("as::Domain", "Carry-in repair")},
        {ServiceMode::Remote, "remote", QT_TRANSLATE_NOOP("as::Domain", "Remote guidance")},
    };
    return e;
}

template <>
const QList<EnumEntry<Priority>> &enumEntries<Priority>()
{
    static const QList<EnumEntry<Priority>> e = {
        {Priority::Low, "low", QT_TRANSLATE_NOOP("as::Domain", "Low")},
        {Priority::Normal, "normal", QT_TRANSLATE_NOOP("as::Domain", "Normal")},
        {Priority::High, "high", QT_TRANSLATE_NOOP("as::Domain", "High")},
        {Priority::Urgent, "urgent", QT_TRANSLATE_NOOP("as::Domain", "Urgent")},
    };
    return e;
}

template <>
const QList<EnumEntry<Complexity>> &enumEntries<Complexity>()
{
    static const QList<EnumEntry<Complexity>> e = {
        {Complexity::General, "general", QT_TRANSLATE_NOOP("as::Domain", "General")},
        {Complexity::Complex, "complex", QT_TRANSLATE_NOOP("as::Domain", "Complex")},
    };
    return e;
}

template <>
const QList<EnumEntry<OrderStatus>> &enumEntries<OrderStatus>()
{
    static const QList<EnumEntry<OrderStatus>> e = {
        {OrderStatus::New, "new", QT_TRANSLATE_NOOP("as::Domain", "New")},
        {OrderStatus::Dispatched, "dispatched", QT_TRANSLATE_NOOP("as::Domain", "Dispatched")},
        {OrderStatus::Scheduled, "scheduled", QT_TRANSLATE_NOOP("as::Domain", "Scheduled")},
        {OrderStatus::InProgress, "in_progress", QT_TRANSLATE_NOOP("as::Domain", "In progress")},
        {OrderStatus::AwaitingParts, "awaiting_parts", QT_TRANSLATE_NOOP("as::Domain", "Awaiting parts")},
        {OrderStatus::Completed, "completed", QT_TRANSLATE_NOOP("as::Domain", "Completed")},
        {OrderStatus::Accepted, "accepted", QT_TRANSLATE_NOOP("as::Domain", "Accepted")},
        {OrderStatus::Closed, "closed", QT_TRANSLATE_NOOP("as::Domain", "Closed")},
        {OrderStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("as::Domain", "Cancelled")},
    };
    return e;
}

template <>
const QList<EnumEntry<WarrantyStatus>> &enumEntries<WarrantyStatus>()
{
    static const QList<EnumEntry<WarrantyStatus>> e = {
        {WarrantyStatus::In, "in", QT_TRANSLATE_NOOP("as::Domain", "In warranty")},
        {WarrantyStatus::Out, "out", QT_TRANSLATE_NOOP("as::Domain", "Out of warranty")},
        {WarrantyStatus::Unknown, "unknown", QT_TRANSLATE_NOOP("as::Domain", "Warranty unknown")},
    };
    return e;
}

bool isOpen(OrderStatus s)
{
    switch (s) {
    case OrderStatus::New:
    case OrderStatus::Dispatched:
    case OrderStatus::Scheduled:
    case OrderStatus::InProgress:
    case OrderStatus::AwaitingParts:
        return true;
    default:
        return false;
    }
}

} // namespace as
