#pragma once

#include "reports/ReportData.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace as::print {

// The monthly KPI report as a printed document (A4 portrait): cover with the KPI table,
// vector charts, technician table, top faults, complaints, parts, the manager's notes.
struct ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(as::print::ReportDocument)

public:
    // Paints on a device whose page size is A4 and origin the paper corner (QPdfWriter, zero margins).
    static Status render(QPagedPaintDevice &device, const ReportData &data, const QString &language = {});
    // Writes a PDF atomically (QSaveFile), fonts embedded.
    static Status writePdf(const QString &path, const ReportData &data, const QString &language = {});
};

} // namespace as::print
