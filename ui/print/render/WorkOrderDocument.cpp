#include "WorkOrderDocument.h"

#include "PdfToUnicode.h"
#include "WorkOrderRenderer.h"

#include <QBuffer>
#include <QLocale>

#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace as::print {

QPageSize WorkOrderDocument::pageSize(Paper paper)
{
    return QPageSize(paper == Paper::A5 ? QPageSize::A5 : QPageSize::A4);
}

Paper WorkOrderDocument::paperFor(const QPageSize &size)
{
    return size.id() == QPageSize::A5 ? Paper::A5 : Paper::A4;
}

Status WorkOrderDocument::render(QPagedPaintDevice &device, const QList<WorkOrderData> &orders, Paper paper,
                                 const QString &language)
{
    if (orders.isEmpty())
        return Error::validation(tr("There is no work order to print."));
    const auto &form = FormTemplate::workOrder();
    if (!form)
        return form.error();
    QPainter painter;
    if (!painter.begin(&device))
        return Error::io(tr("Cannot start printing (the printer or file refused to open)."));
    WorkOrderRenderer renderer(*form, paper, language);
    for (qsizetype i = 0; i < orders.size(); ++i) {
        if (i > 0 && !device.newPage())
            return Error::io(tr("Cannot start a new page for %1.").arg(orders.at(i).order.number));
        AS_TRY(renderer.render(painter, orders.at(i)));
    }
    if (!painter.end())
        return Error::io(tr("Printing did not finish."));
    return {};
}

Status WorkOrderDocument::writePdf(const QString &path, const QList<WorkOrderData> &orders, Paper paper,
                                   const QString &language)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(tr("Cannot write %1: %2").arg(QFileInfo(path).absoluteFilePath(), file.errorString()));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setPageSize(pageSize(paper));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(1200);
        pdf.setCreator(u"Aftersales"_s);
        if (!orders.isEmpty())
            pdf.setTitle(orders.size() == 1 ? orders.first().order.number
                                            : tr("%n work order(s)", nullptr, int(orders.size())));
        AS_TRY(render(pdf, orders, paper, language));
    }
    const auto &form = FormTemplate::workOrder();
    const QStringList families = form ? form->fontFamilies(language.isEmpty() ? QLocale().name() : language) : QStringList();
    const QByteArray bytes = PdfToUnicode::repair(buffer.data(), PdfToUnicode::radicalMap(families));
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error::io(tr("Cannot write %1: %2").arg(QFileInfo(path).absoluteFilePath(), file.errorString()));
    return {};
}

} // namespace as::print
