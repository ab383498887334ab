#include "CountSheetDocument.h"

#include "Barcodes.h"
#include "FormPainter.h"
#include "FormTemplate.h"
#include "PdfToUnicode.h"

#include <QBuffer>
#include <QFileInfo>
#include <QLocale>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace as::print {

namespace {

void header(FormPainter &f, const Stocktake &s, int page, int pages, int lineCount)
{
    f.text({15, 10, 120, 9}, CountSheetDocument::tr("Stocktake count sheet"), 16, Qt::AlignLeft | Qt::AlignVCenter, true);
    f.text({135, 10, 60, 9}, CountSheetDocument::tr("No. %1").arg(s.id), 14, Qt::AlignRight | Qt::AlignVCenter, true);
    QString sub = CountSheetDocument::tr("Location %1 · frozen %2 · %3 lines")
                      .arg(s.locationCode, QLocale().toString(s.frozenAt.toLocalTime(), QLocale::ShortFormat))
                      .arg(lineCount);
    if (!s.categories.isEmpty())
        sub += CountSheetDocument::tr(" · categories: %1").arg(s.categories.join(u", "_s));
    if (s.blind)
        sub += CountSheetDocument::tr(" · blind count");
    f.text({15, 19, 150, 6}, sub, 9);
    f.text({165, 19, 30, 6}, CountSheetDocument::tr("Page %1 of %2").arg(page).arg(pages), 9, Qt::AlignRight | Qt::AlignVCenter);
    f.line({15, 26}, {195, 26}, Qt::black, 0.4);
    const double y = 27;
    f.text({15, y, 20, 6}, CountSheetDocument::tr("Bin"), 8, Qt::AlignLeft | Qt::AlignVCenter, true);
    f.text({35, y, 62, 6}, CountSheetDocument::tr("Code"), 8, Qt::AlignLeft | Qt::AlignVCenter, true);
    f.text({99, y, 52, 6}, CountSheetDocument::tr("Part"), 8, Qt::AlignLeft | Qt::AlignVCenter, true);
    if (!s.blind)
        f.text({151, y, 16, 6}, CountSheetDocument::tr("Expected"), 8, Qt::AlignRight | Qt::AlignVCenter, true);
    f.text({169, y, 26, 6}, CountSheetDocument::tr("Counted"), 8, Qt::AlignHCenter | Qt::AlignVCenter, true);
}

} // namespace

Status CountSheetDocument::writePdf(const QString &path, const Stocktake &s, const QList<StocktakeLine> &lines, const QString &language)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(tr("Cannot write %1: %2").arg(QFileInfo(path).absoluteFilePath(), file.errorString()));
    const auto &form = FormTemplate::workOrder();
    const QStringList families = form ? form->fontFamilies(language.isEmpty() ? QLocale().name() : language) : QStringList();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(1200);
        pdf.setCreator(u"Aftersales"_s);
        pdf.setTitle(tr("Stocktake %1 count sheet").arg(s.id));
        QPainter painter;
        if (!painter.begin(&pdf))
            return Error::io(tr("Cannot start printing (the printer or file refused to open)."));
        FormPainter f(painter, families);
        const int pages = qMax(1, int((lines.size() + RowsPerPage - 1) / RowsPerPage));
        for (int page = 0; page < pages; ++page) {
            if (page > 0 && !pdf.newPage())
                return Error::io(tr("Cannot start a new page."));
            header(f, s, page + 1, pages, int(lines.size()));
            for (int r = 0; r < RowsPerPage; ++r) {
                const qsizetype i = qsizetype(page) * RowsPerPage + r;
                if (i >= lines.size())
                    break;
                const StocktakeLine &l = lines.at(i);
                const double y = 34 + r * 15.5;
                f.text({15, y, 20, 13}, l.bin, 10, Qt::AlignLeft | Qt::AlignVCenter, true);
                auto bars = Barcodes::code128(l.code);
                if (bars) {
                    const double module = qMin(0.3, 58.0 / qMax(1, bars->width));
                    f.modules(*bars, {35, y + 1}, module, 8);
                }
                f.text({35, y + 9.2, 62, 4}, l.code, 8);
                f.fittedText({99, y + 0.5, 50, 12}, l.name + (l.unit.isEmpty() ? QString() : u" ("_s + l.unit + u')'), 9, 6);
                if (!s.blind)
                    f.text({151, y, 16, 13}, QString::number(l.expected), 10, Qt::AlignRight | Qt::AlignVCenter);
                f.rect({171, y + 1.5, 24, 10}, Qt::black, 0.3);
                f.line({15, y + 14}, {195, y + 14}, QColor(0xbb, 0xbb, 0xbb), 0.15);
            }
            f.text({15, 285, 90, 6}, tr("Counted by: ____________________"), 9);
            f.text({110, 285, 85, 6}, tr("Checked by: ____________________"), 9);
        }
        if (!painter.end())
            return Error::io(tr("Printing did not finish."));
    }
    const QByteArray bytes = PdfToUnicode::repair(buffer.data(), PdfToUnicode::radicalMap(families));
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error::io(tr("Cannot write %1: %2").arg(QFileInfo(path).absoluteFilePath(), file.errorString()));
    return {};
}

} // namespace as::print
