#include "io/ImportKind.h"

#include "io/ComplaintsImport.h"
#include "io/CustomersImport.h"
#include "io/OrdersImport.h"
#include "io/PartsImport.h"

namespace as {

// Every import kind, in the order of cli.md. Areas add ONE line here for their kind
// (a class implementing ImportKind in core/io/ or their own folder).
const std::vector<std::unique_ptr<ImportKind>> &importKinds()
{
    static const std::vector<std::unique_ptr<ImportKind>> kinds = [] {
        std::vector<std::unique_ptr<ImportKind>> k;
        k.push_back(std::make_unique<CustomersImport>());
        k.push_back(std::make_unique<PartsImport>());
        k.push_back(std::make_unique<OrdersImport>());
        k.push_back(std::make_unique<ComplaintsImport>());
        k.push_back(std::make_unique<MovementsImport>());
        return k;
    }();
    return kinds;
}

const ImportKind *importKind(const QString &id)
{
    for (const auto &k : importKinds())
        if (k->id() == id)
            return k.get();
    return nullptr;
}

QStringList importKindIds()
{
    QStringList ids;
    for (const auto &k : importKinds())
        ids << k->id();
    return ids;
}

} // namespace as
