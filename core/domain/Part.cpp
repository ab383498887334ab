#include "domain/Part.h"

#include <QCoreApplication>

namespace as {

template <>
const QList<EnumEntry<LocationKind>> &enumEntries<LocationKind>()
{
    static const QList<EnumEntry<LocationKind>> e = {
        {LocationKind::Warehouse, "warehouse", QT_TRANSLATE_NOOP("as::Domain", "Warehouse")},
        {LocationKind::Van, "van", QT_TRANSLATE_NOOP("as::Domain", "Technician's van")},
        {LocationKind::Defective, "defective", QT_TRANSLATE_NOOP("as::Domain", "Defective stock")},
    };
    return e;
}

template <>
const QList<EnumEntry<MovementType>> &enumEntries<MovementType>()
{
    static const QList<EnumEntry<MovementType>> e = {
        {MovementType::Opening, "opening", QT_TRANSLATE_NOOP("as::Domain", "Opening balance")},
        {MovementType::Receipt, "receipt", QT_TRANSLATE_NOOP("as::Domain", "Receipt")},
        {MovementType::Issue, "issue", QT_TRANSLATE_NOOP("as::Domain", "Issue to order")},
        {MovementType::Sale, "sale", QT_TRANSLATE_NOOP("as::Domain", "Sale")},
        {MovementType::Return, "return", QT_TRANSLATE_NOOP("as::Domain", "Return from order")},
        {MovementType::Transfer, "transfer", QT_TRANSLATE_NOOP("as::Domain", "Transfer")},
        {MovementType::Scrap, "scrap", QT_TRANSLATE_NOOP("as::Domain", "Scrap / defective")},
        {MovementType::Adjustment, "adjustment", QT_TRANSLATE_NOOP("as::Domain", "Stocktake adjustment")},
    };
    return e;
}

template <>
const QList<EnumEntry<StocktakeStatus>> &enumEntries<StocktakeStatus>()
{
    static const QList<EnumEntry<StocktakeStatus>> e = {
        {StocktakeStatus::Counting, "counting", QT_TRANSLATE_NOOP("as::Domain", "Counting")},
        {StocktakeStatus::Recount, "recount", QT_TRANSLATE_NOOP("as::Domain", "Recount")},
        {StocktakeStatus::Approved, "approved", QT_TRANSLATE_NOOP("as::Domain", "Approved")},
        {StocktakeStatus::Posted, "posted", QT_TRANSLATE_NOOP("as::Domain", "Posted")},
        {StocktakeStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("as::Domain", "Cancelled")},
    };
    return e;
}

template <>
const QList<EnumEntry<PurchaseStatus>> &enumEntries<PurchaseStatus>()
{
    static const QList<EnumEntry<PurchaseStatus>> e = {
        {PurchaseStatus::Requested, "requested", QT_TRANSLATE_NOOP("as::Domain", "Requested")},
        {PurchaseStatus::Approved, "approved", QT_TRANSLATE_NOOP("as::Domain", "Approved")},
        {PurchaseStatus::Ordered, "ordered", QT_TRANSLATE_NOOP("as::Domain", "Ordered")},
        {PurchaseStatus::Received, "received", QT_TRANSLATE_NOOP("as::Domain", "Received")},
        {PurchaseStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("as::Domain", "Cancelled")},
    };
    return e;
}

namespace parts {
QString normaliseCode(const QString &code)
{
    QString c = code.trimmed().toUpper();
    c.remove(QChar(u'\r'));
    c.remove(QChar(u'\n'));
    return c;
}
} // namespace parts

} // namespace as
