#pragma once

#include "FormTemplate.h"
#include "services/WorkOrderData.h"

#include <QCoreApplication>
#include <QPageSize>

class QPagedPaintDevice;

namespace as::print {

// Work orders as documents: one order a page, on a PDF file or any paged device (printer, preview).
struct WorkOrderDocument
{
    Q_DECLARE_TR_FUNCTIONS(as::print::WorkOrderDocument)

public:
    static QPageSize pageSize(Paper paper);
    // The paper whose layout fits the device's page size (A5 for A5 paper, A4 otherwise).
    static Paper paperFor(const QPageSize &size);

    // Paints the orders on `device`, whose page size is already set and whose origin is the paper corner
    // (QPdfWriter with zero margins; a QPrinter in full-page mode).
    static Status render(QPagedPaintDevice &device, const QList<WorkOrderData> &orders, Paper paper,
                         const QString &language = {});
    // Writes a PDF atomically (QSaveFile): the file appears complete or not at all.
    static Status writePdf(const QString &path, const QList<WorkOrderData> &orders, Paper paper,
                           const QString &language = {});
};

} // namespace as::print
