#pragma once

#include "io/ExportKind.h"

namespace as {

// `export parts`: the columns of the `parts` import format, one row per part; opening_qty is
// the total on hand (location empty: an import puts it in the main warehouse), then on_hand
// and active.
class PartsExport : public ExportKind
{
    Q_DECLARE_TR_FUNCTIONS(as::PartsExport)

public:
    QString id() const override { return QStringLiteral("parts"); }
    QString title() const override { return tr("Parts"); }
    QList<ExportColumn> columns() const override;
    Status run(const ExportContext &ctx, ExportSink &sink) const override;
};

// `export movements`: the columns of the `movements` import format (a transfer is one row
// with its destination), then id. --from/--to filter on the movement date.
class MovementsExport : public ExportKind
{
    Q_DECLARE_TR_FUNCTIONS(as::MovementsExport)

public:
    QString id() const override { return QStringLiteral("movements"); }
    QString title() const override { return tr("Stock movements"); }
    QList<ExportColumn> columns() const override;
    Status run(const ExportContext &ctx, ExportSink &sink) const override;
};

} // namespace as
