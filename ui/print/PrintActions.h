#pragma once

#include "print/render/FormTemplate.h"
#include "services/WorkOrderData.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

class QHBoxLayout;
class QPrinter;
class QToolButton;
class QWidget;

namespace as {

struct Services;

// Printing work orders from the GUI: preview, any installed printer, PDF, a technician's day.
// The order screens call these; each reports its own errors in a message box.
namespace printing {

// The paper this PC prints work orders on (QSettings print/paper; A4 unless chosen otherwise).
print::Paper preferredPaper();
void setPreferredPaper(print::Paper paper);

// Loads the orders (an error names the order that failed).
Result<QList<WorkOrderData>> loadWorkOrders(Services &services, const QList<qint64> &orderIds);
// A printer in full-page mode set to the paper (the form draws its own margins).
void preparePrinter(QPrinter &printer, print::Paper paper);

// Print preview (QPrintPreviewDialog): from there the user can also print.
void previewWorkOrders(QWidget *parent, Services &services, const QList<qint64> &orderIds);
inline void previewWorkOrder(QWidget *parent, Services &services, qint64 orderId)
{
    previewWorkOrders(parent, services, {orderId});
}
// The print dialog (any installed printer), then prints. True when printed.
bool printWorkOrders(QWidget *parent, Services &services, const QList<qint64> &orderIds);
// Asks for a file name, writes the PDF. True when written.
bool saveWorkOrderPdf(QWidget *parent, Services &services, const QList<qint64> &orderIds);
inline bool saveWorkOrderPdf(QWidget *parent, Services &services, qint64 orderId)
{
    return saveWorkOrderPdf(parent, services, QList<qint64>{orderId});
}
// The batch dialog: one technician's orders for a day.
void printTechnicianDay(QWidget *parent, Services &services);

// A "Print" button (click: preview; menu: preview, print, save as PDF) for the order on screen;
// `currentOrder` returns 0 when none is selected. Added to `bar` when given.
QToolButton *addPrintButton(QHBoxLayout *bar, QWidget *parent, Services &services, std::function<qint64()> currentOrder);

} // namespace printing
} // namespace as
