#include "orders/HandoverReceipt.h"

#include "services/Services.h"
#include "widgets/Format.h"

#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QTextDocument>

using namespace Qt::Literals::StringLiterals;

namespace as::handover {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(as::HandoverReceipt)
};

QString esc(const QString &s) { return s.toHtmlEscaped(); }

void render(QTextDocument &doc, QPagedPaintDevice &device)
{
    device.setPageSize(QPageSize(QPageSize::A5));
    device.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    doc.setPageSize(QSizeF(device.width(), device.height()));
    doc.print(&device);
}
} // namespace

Result<QString> receiptHtml(Services &services, qint64 orderId, qint64 handoverId)
{
    auto order = services.orders.get(orderId);
    if (!order)
        return order.error();
    auto list = services.depot.handovers(orderId);
    if (!list)
        return list.error();
    const DepotService::Handover *h = nullptr;
    for (const auto &x : *list)
        if (x.id == handoverId)
            h = &x;
    if (!h)
        return Error::notFound(Tr::tr("Hand-over %1 of service order %2 does not exist.").arg(handoverId).arg(order->number));
    auto rec = services.depot.get(orderId);
    if (!rec)
        return rec.error();
    const QString company = services.settings.value(u"company.name"_s).valueOr(QString());
    QString html = u"<html><body style='font-size:10pt'>"_s;
    html += u"<h3 align='center'>%1</h3><h2 align='center'>%2</h2>"_s.arg(esc(company), esc(Tr::tr("Hand-over receipt")));
    html += u"<table width='100%' cellspacing='0' cellpadding='4' border='1' style='border-collapse:collapse'>"_s;
    auto row = [&](const QString &label, const QString &value) {
        html += u"<tr><td width='32%'><b>%1</b></td><td>%2</td></tr>"_s.arg(esc(label), esc(value));
    };
    row(Tr::tr("Service order"), order->number);
    row(Tr::tr("Customer"), order->customerName);
    row(Tr::tr("Time"), fmt::dateTime(h->at));
    row(Tr::tr("Handed over by"), h->from);
    row(Tr::tr("Received by"), h->to);
    if (rec->has_value()) {
        const auto &r = **rec;
        row(Tr::tr("Model"), r.model);
        row(Tr::tr("Quantity"), QString::number(r.quantity));
        if (!r.capacity.isEmpty() || !r.colour.isEmpty())
            row(Tr::tr("Capacity / colour"), QStringList{r.capacity, r.colour}.join(u" / "_s));
        row(Tr::tr("Visible damage"), r.damage.isEmpty() ? Tr::tr("none noted") : r.damage);
        row(Tr::tr("Accessories"), r.accessories.isEmpty() ? Tr::tr("none") : r.accessories);
        if (!r.trackingNumber.isEmpty())
            row(Tr::tr("Courier and tracking number"), r.courier + u" "_s + r.trackingNumber);
    }
    if (!h->note.isEmpty())
        row(Tr::tr("Note"), h->note);
    html += u"</table><p>%1</p>"_s.arg(esc(Tr::tr("Both sides confirm that the unit and the accessories listed above changed hands "
                                                 "in the condition described.")));
    html += u"<table width='100%' cellpadding='4'><tr><td>%1: ____________________</td><td>%2: ____________________</td></tr>"
            "<tr><td>%3: ____________</td><td>%3: ____________</td></tr></table>"_s.arg(
        esc(Tr::tr("Signature, handed over by")), esc(Tr::tr("Signature, received by")), esc(Tr::tr("Date")));
    html += u"</body></html>"_s;
    return html;
}

Status writePdf(Services &services, qint64 orderId, qint64 handoverId, const QString &path)
{
    auto html = receiptHtml(services, orderId, handoverId);
    if (!html)
        return html.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    {
        QPdfWriter pdf(&file);
        pdf.setResolution(300);
        pdf.setTitle(Tr::tr("Hand-over receipt"));
        QTextDocument doc;
        doc.setHtml(*html);
        render(doc, pdf);
    }
    if (!file.commit())
        return Error::io(Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

void preview(QWidget *parent, Services &services, qint64 orderId, qint64 handoverId)
{
    auto html = receiptHtml(services, orderId, handoverId);
    if (!html) {
        QMessageBox::warning(parent, Tr::tr("Hand-over receipt"), html.error().message);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dlg(&printer, parent);
    dlg.setWindowTitle(Tr::tr("Hand-over receipt"));
    QObject::connect(&dlg, &QPrintPreviewDialog::paintRequested, &dlg, [&html](QPrinter *p) {
        QTextDocument doc;
        doc.setHtml(*html);
        render(doc, *p);
    });
    dlg.exec();
}

} // namespace as::handover
