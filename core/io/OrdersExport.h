#pragma once

#include "io/ExportKind.h"

namespace as {

// `export orders`: the columns of the `orders` import format (so the file can be imported
// again), then status and warranty_status. --from/--to filter on opened_at (local dates).
// Technicians are written by login (unambiguous; the import accepts login or name).
class OrdersExport : public ExportKind
{
    Q_DECLARE_TR_FUNCTIONS(as::OrdersExport)

public:
    QString id() const override { return QStringLiteral("orders"); }
    QString title() const override { return tr("Service orders"); }
    QList<ExportColumn> columns() const override;
    Status run(const ExportContext &ctx, ExportSink &sink) const override;
};

} // namespace as
