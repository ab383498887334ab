#include "io/ExportKind.h"

#include "domain/Customer.h"
#include "io/ComplaintsExport.h"
#include "io/OrdersExport.h"
#include "io/PartsExport.h"
#include "util/Time.h"

using namespace Qt::Literals::StringLiterals;

namespace as {

QString ExportContext::phone(const QString &stored) const
{
    return maskPhones() && !stored.isEmpty() ? phone::mask(stored) : stored;
}

QString ExportContext::fromUtc() const
{
    return from.isValid() ? time::localDayStartUtc(from, site) : QString();
}

QString ExportContext::toUtcExclusive() const
{
    return to.isValid() ? time::localDayStartUtc(to.addDays(1), site) : QString();
}

// Every export kind, in the order of cli.md. Areas add ONE line here for their kind.
const std::vector<std::unique_ptr<ExportKind>> &exportKinds()
{
    static const std::vector<std::unique_ptr<ExportKind>> kinds = [] {
        std::vector<std::unique_ptr<ExportKind>> k;
        k.push_back(std::make_unique<OrdersExport>());
        k.push_back(std::make_unique<PartsExport>());
        k.push_back(std::make_unique<ComplaintsExport>());
        k.push_back(std::make_unique<MovementsExport>());
        return k;
    }();
    return kinds;
}

const ExportKind *exportKind(const QString &id)
{
    for (const auto &k : exportKinds())
        if (k->id() == id)
            return k.get();
    return nullptr;
}

QStringList exportKindIds()
{
    QStringList ids;
    for (const auto &k : exportKinds())
        ids << k->id();
    return ids;
}

} // namespace as
