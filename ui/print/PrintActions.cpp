#include "print/PrintActions.h"

#include "print/BatchPrintDialog.h"
#include "print/render/WorkOrderDocument.h"
#include "services/Services.h"
#include "services/WorkOrderData.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSettings>
#include <QStandardPaths>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace as::printing {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(as::printing::PrintActions)
};

void showError(QWidget *parent, const Error &e)
{
    QMessageBox::warning(parent, Tr::tr("Printing"), e.message);
}

} // namespace

print::Paper preferredPaper()
{
    return print::paperFromName(QSettings().value(u"print/paper"_s, u"A4"_s).toString()).value_or(print::Paper::A4);
}

void setPreferredPaper(print::Paper paper)
{
    QSettings().setValue(u"print/paper"_s, print::paperName(paper));
}

Result<QList<WorkOrderData>> loadWorkOrders(Services &services, const QList<qint64> &orderIds)
{
    WorkOrderSource source(services);
    QList<WorkOrderData> out;
    for (qint64 id : orderIds) {
        auto d = source.byId(id);
        if (!d)
            return d.error();
        out << std::move(*d);
    }
    if (out.isEmpty())
        return Error::validation(Tr::tr("There is no work order to print."));
    return out;
}

void preparePrinter(QPrinter &printer, print::Paper paper)
{
    printer.setFullPage(true);
    printer.setPageSize(print::WorkOrderDocument::pageSize(paper));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

void previewWorkOrders(QWidget *parent, Services &services, const QList<qint64> &orderIds)
{
    auto data = loadWorkOrders(services, orderIds);
    if (!data)
        return showError(parent, data.error());
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, preferredPaper());
    if (data->size() == 1)
        printer.setDocName(data->first().order.number);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(Tr::tr("Print preview: %1").arg(data->size() == 1 ? data->first().order.number
                                                                               : Tr::tr("%n work order(s)", nullptr, int(data->size()))));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter *p) {
        p->setFullPage(true);
        const auto st = print::WorkOrderDocument::render(*p, *data, print::WorkOrderDocument::paperFor(p->pageLayout().pageSize()));
        if (!st)
            showError(&dialog, st.error());
    });
    dialog.resize(900, 1000);
    dialog.exec();
}

bool printWorkOrders(QWidget *parent, Services &services, const QList<qint64> &orderIds)
{
    auto data = loadWorkOrders(services, orderIds);
    if (!data) {
        showError(parent, data.error());
        return false;
    }
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, preferredPaper());
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(Tr::tr("Print work orders"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    printer.setFullPage(true);
    const print::Paper paper = print::WorkOrderDocument::paperFor(printer.pageLayout().pageSize());
    // "Print to file" writes the same PDF as Save as PDF (atomic, text that copies correctly).
    const auto st = printer.outputFormat() == QPrinter::PdfFormat && !printer.outputFileName().isEmpty()
                        ? print::WorkOrderDocument::writePdf(printer.outputFileName(), *data, paper)
                        : print::WorkOrderDocument::render(printer, *data, paper);
    if (!st) {
        showError(parent, st.error());
        return false;
    }
    return true;
}

bool saveWorkOrderPdf(QWidget *parent, Services &services, const QList<qint64> &orderIds)
{
    auto data = loadWorkOrders(services, orderIds);
    if (!data) {
        showError(parent, data.error());
        return false;
    }
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' +
                              (data->size() == 1 ? data->first().order.number : u"work-orders"_s) + u".pdf"_s;
    const QString path = QFileDialog::getSaveFileName(parent, Tr::tr("Save work order as PDF"), suggested,
                                                      Tr::tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    const auto st = print::WorkOrderDocument::writePdf(path, *data, preferredPaper());
    if (!st) {
        showError(parent, st.error());
        return false;
    }
    return true;
}

void printTechnicianDay(QWidget *parent, Services &services)
{
    BatchPrintDialog dialog(services, parent);
    dialog.exec();
}

QToolButton *addPrintButton(QHBoxLayout *bar, QWidget *parent, Services &services, std::function<qint64()> currentOrder)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(u"printButton"_s);
    button->setText(Tr::tr("&Print"));
    button->setToolTip(Tr::tr("Preview and print the selected work order"));
    button->setPopupMode(QToolButton::MenuButtonPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto withOrder = [parent, currentOrder](auto action) {
        return [parent, currentOrder, action] {
            const qint64 id = currentOrder();
            if (id <= 0)
                QMessageBox::information(parent, Tr::tr("Printing"), Tr::tr("Select a service order first."));
            else
                action(id);
        };
    };
    auto *menu = new QMenu(button);
    QAction *preview = menu->addAction(Tr::tr("Print pre&view…"), button,
                                       withOrder([parent, &services](qint64 id) { previewWorkOrder(parent, services, id); }));
    menu->addAction(Tr::tr("&Print…"), button, withOrder([parent, &services](qint64 id) { printWorkOrders(parent, services, {id}); }));
    menu->addAction(Tr::tr("&Save as PDF…"), button,
                    withOrder([parent, &services](qint64 id) { saveWorkOrderPdf(parent, services, id); }));
    button->setMenu(menu);
    QObject::connect(button, &QToolButton::clicked, preview, &QAction::trigger);
    if (bar)
        bar->addWidget(button);
    return button;
}

} // namespace as::printing
