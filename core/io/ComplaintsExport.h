#pragma once

#include "io/ExportKind.h"

namespace as {

// `export complaints`: the columns of the `complaints` import format (so the file can be
// imported again), then status, handling and SLA columns. --from/--to filter on received_at.
class ComplaintsExport : public ExportKind
{
    Q_DECLARE_TR_FUNCTIONS(as::ComplaintsExport)

public:
    QString id() const override { return QStringLiteral("complaints"); }
    QString title() const override { return tr("Complaints"); }
    QList<ExportColumn> columns() const override;
    Status run(const ExportContext &ctx, ExportSink &sink) const override;
};

} // namespace as
