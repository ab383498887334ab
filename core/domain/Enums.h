#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace as {

// Enumerations stored as short codes in the database and files, shown through labels
// (translated, context "as::Domain"). Each enum lists its entries once, in Enums.cpp
// (or its area's file), through enumEntries<E>().

template <typename E>
struct EnumEntry
{
    E value;
    const char *code;
    const char *label;   // QT_TRANSLATE_NOOP("as::Domain", ...)
};

template <typename E>
const QList<EnumEntry<E>> &enumEntries();

QString translateDomain(const char *label);

template <typename E>
QString codeOf(E v)
{
    for (const auto &e : enumEntries<E>())
        if (e.value == v)
            return QString::fromLatin1(e.code);
    return {};
}

template <typename E>
std::optional<E> fromCode(QStringView code)
{
    for (const auto &e : enumEntries<E>())
        if (code.compare(QLatin1StringView(e.code), Qt::CaseInsensitive) == 0)
            return e.value;
    return std::nullopt;
}

// Accepts the code, the English label or the translated label (for imports).
template <typename E>
std::optional<E> fromCodeOrLabel(QStringView text)
{
    const QString t = text.trimmed().toString();
    if (auto v = fromCode<E>(t))
        return v;
    for (const auto &e : enumEntries<E>()) {
        if (t.compare(QLatin1StringView(e.label), Qt::CaseInsensitive) == 0 || t == translateDomain(e.label))
            return e.value;
    }
    return std::nullopt;
}

template <typename E>
QString labelOf(E v)
{
    for (const auto &e : enumEntries<E>())
        if (e.value == v)
            return translateDomain(e.label);
    return {};
}

template <typename E>
QList<E> allValues()
{
    QList<E> out;
    for (const auto &e : enumEntries<E>())
        out << e.value;
    return out;
}

// Label for a stored code (unknown codes are shown as they are).
template <typename E>
QString labelOfCode(QStringView code)
{
    if (auto v = fromCode<E>(code))
        return labelOf(*v);
    return code.toString();
}

enum class Role { Manager, Agent, Technician, PartsClerk, Logistics, Admin };
enum class CustomerType { Consumer, Dealer, Business };
enum class Channel { Phone, Email, Chat, WalkIn, Dealer };
enum class OrderCategory { Consultation, Repair, Installation, Maintenance, Return };
enum class ServiceMode { OnSite, Depot, Remote };
enum class Priority { Low, Normal, High, Urgent };
enum class Complexity { General, Complex };
enum class OrderStatus { New, Dispatched, Scheduled, InProgress, AwaitingParts, Completed, Accepted, Closed, Cancelled };
enum class WarrantyStatus { In, Out, Unknown };

template <> const QList<EnumEntry<Role>> &enumEntries<Role>();
template <> const QList<EnumEntry<CustomerType>> &enumEntries<CustomerType>();
template <> const QList<EnumEntry<Channel>> &enumEntries<Channel>();
template <> const QList<EnumEntry<OrderCategory>> &enumEntries<OrderCategory>();
template <> const QList<EnumEntry<ServiceMode>> &enumEntries<ServiceMode>();
template <> const QList<EnumEntry<Priority>> &enumEntries<Priority>();
template <> const QList<EnumEntry<Complexity>> &enumEntries<Complexity>();
template <> const QList<EnumEntry<OrderStatus>> &enumEntries<OrderStatus>();
template <> const QList<EnumEntry<WarrantyStatus>> &enumEntries<WarrantyStatus>();

bool isOpen(OrderStatus s);

} // namespace as
