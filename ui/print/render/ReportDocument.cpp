#include "ReportDocument.h"

#include "FormPainter.h"
#include "FormTemplate.h"
#include "PdfToUnicode.h"
#include "ReportCharts.h"
#include "util/Money.h"

#include <QBuffer>
#include <cmath>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace as::print {

namespace {

constexpr double kLeft = 15, kTop = 15, kWidth = 180, kBottom = 282;
const QColor kLine(0x90, 0x90, 0x90), kHead(0xe4, 0xe8, 0xee), kGood(0x2e, 0x7d, 0x32), kBad(0xc6, 0x28, 0x28);

QStringList families(const QString &language)
{
    const auto &form = FormTemplate::workOrder();
    return form ? form->fontFamilies(language) : QStringList{u"DejaVu Sans"_s, u"Noto Sans CJK SC"_s};
}

QString display(const QVariant &v, ReportTable::Type type, bool plain)
{
    if (!v.isValid() || v.isNull())
        return u"–"_s;
    switch (type) {
    case ReportTable::Type::Integer: return QString::number(v.toLongLong());
    case ReportTable::Type::Fraction:
        if (plain)
            return v.toDouble() == std::floor(v.toDouble()) ? QString::number(qint64(v.toDouble())) : QString::number(v.toDouble(), 'f', 2);
        return QString::number(v.toDouble() * 100.0, 'f', 1) + u" %"_s;
    case ReportTable::Type::Number: return QString::number(v.toDouble(), 'f', 2);
    case ReportTable::Type::Money: return money::toYuan(v.toLongLong());
    case ReportTable::Type::Date: return v.toDate().toString(Qt::ISODate);
    case ReportTable::Type::Text: break;
    }
    return v.toString();
}

class Writer
{
public:
    Writer(QPagedPaintDevice &dev, QPainter &p, const ReportData &d, const QStringList &fams) : m_dev(dev), m_fp(p, fams), m_d(d) {}

    FormPainter &fp() { return m_fp; }
    double y = kTop;

    Status newPage()
    {
        footer();
        if (!m_dev.newPage())
            return Error::io(ReportDocument::tr("Cannot start a new page of the report."));
        ++m_page;
        y = kTop;
        return {};
    }
    Status ensure(double h)
    {
        if (y + h > kBottom)
            return newPage();
        return {};
    }
    void footer()
    {
        QString text = ReportDocument::tr("After-sales report %1 · page %2").arg(m_d.period.label()).arg(m_page);
        if (!m_d.company.isEmpty())
            text = m_d.company + u" · "_s + text;
        m_fp.fittedLine(QRectF(kLeft, 288, kWidth, 5), text, 7, 5, Qt::AlignHCenter | Qt::AlignVCenter);
    }
    Status heading(const QString &text)
    {
        AS_TRY(ensure(16));
        m_fp.fittedLine(QRectF(kLeft, y, kWidth, 7), text, 12, 8, Qt::AlignLeft | Qt::AlignVCenter, true);
        y += 8;
        return {};
    }
    // A table, `limit` rows at most; the header repeats on each new page. `metColumn`: colour yes/no.
    Status table(const ReportTable &t, int limit = -1, int metColumn = -1)
    {
        const double rowH = 5.2;
        double total = 0;
        for (const auto &c : t.columns)
            total += c.width;
        QList<double> widths;
        for (const auto &c : t.columns)
            widths << kWidth * c.width / total;
        auto header = [&] {
            double x = kLeft;
            m_fp.rect(QRectF(kLeft, y, kWidth, rowH + 1), kLine, 0.1, kHead);
            for (int i = 0; i < t.columns.size(); ++i) {
                m_fp.fittedText(QRectF(x + 1, y + 0.3, widths.at(i) - 2, rowH + 0.5), t.columns.at(i).title, 7, 5,
                                (i ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter, true);
                x += widths.at(i);
            }
            y += rowH + 1;
        };
        AS_TRY(ensure(2 * rowH + 2));
        header();
        const int n = limit < 0 ? int(t.rows.size()) : std::min(limit, int(t.rows.size()));
        if (n == 0) {
            m_fp.text(QRectF(kLeft + 1, y, kWidth, rowH), ReportDocument::tr("No data in this period."), 7.5);
            y += rowH;
        }
        for (int r = 0; r < n; ++r) {
            if (y + rowH > kBottom) {
                AS_TRY(newPage());
                header();
            }
            double x = kLeft;
            for (int i = 0; i < t.columns.size(); ++i) {
                const QVariant v = t.rows.at(r).value(i);
                const QString text = display(v, t.columns.at(i).type, t.plainRows.contains(r));
                const bool isText = t.columns.at(i).type == ReportTable::Type::Text && i == 0;
                if (i == metColumn && v.isValid() && !v.isNull())
                    m_fp.text(QRectF(x + 1, y, widths.at(i) - 2, rowH), text, 7.5, Qt::AlignRight | Qt::AlignVCenter, true,
                              v.toString() == ReportData::tr("yes") ? kGood : kBad);
                else
                    m_fp.fittedLine(QRectF(x + 1, y, widths.at(i) - 2, rowH), text, 7.5, 5,
                                    (isText ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
                x += widths.at(i);
            }
            m_fp.line({kLeft, y + rowH}, {kLeft + kWidth, y + rowH}, kLine, 0.08);
            y += rowH;
        }
        y += 4;
        return {};
    }

private:
    QPagedPaintDevice &m_dev;
    FormPainter m_fp;
    const ReportData &m_d;
    int m_page = 1;
};

ReportTable find(const QList<ReportTable> &tables, const QString &id)
{
    for (const ReportTable &t : tables)
        if (t.id == id)
            return t;
    return {};
}

void cover(Writer &w, const ReportData &d)
{
    FormPainter &fp = w.fp();
    fp.fittedLine(QRectF(kLeft, w.y, kWidth, 10), ReportDocument::tr("After-sales monthly report"), 20, 12,
                  Qt::AlignLeft | Qt::AlignVCenter, true);
    w.y += 12;
    if (!d.company.isEmpty()) {
        fp.fittedLine(QRectF(kLeft, w.y, kWidth, 7), d.company, 13, 8);
        w.y += 8;
    }
    const QString period = d.period.isMonth() ? d.period.label()
                                              : ReportDocument::tr("%1 to %2").arg(d.period.first.toString(Qt::ISODate),
                                                                                   d.period.last.toString(Qt::ISODate));
    fp.fittedLine(QRectF(kLeft, w.y, kWidth, 6), ReportDocument::tr("Period: %1 (compared with %2)").arg(period, d.previous.label()), 10, 7);
    w.y += 6;
    fp.fittedLine(QRectF(kLeft, w.y, kWidth, 6),
                  ReportDocument::tr("Generated: %1").arg(d.generatedAt.toTimeZone(d.period.zone).toString(u"yyyy-MM-dd HH:mm"_s)), 8, 6);
    w.y += 9;
}

Status kpiTable(Writer &w, const ReportData &d)
{
    ReportTable t = d.kpiTable();
    // The printed table: KPI, value, target, met, previous, change, last year (counts are in the XLSX/CSV).
    t.columns = t.columns.mid(0, 7);
    t.columns[0].width = 30;
    for (QVariantList &r : t.rows)
        r = r.mid(0, 7);
    AS_TRY(w.heading(ReportDocument::tr("Key performance indicators")));
    AS_TRY(w.table(t, -1, 3));
    return {};
}

Status chartPages(Writer &w, const ReportData &d)
{
    FormPainter &fp = w.fp();
    if (!d.trends.isEmpty()) {
        AS_TRY(w.newPage());
        AS_TRY(w.heading(ReportDocument::tr("12-month trends (dashed: target)")));
        QStringList months;
        for (const TrendPoint &p : d.trends)
            months << p.month.first.toString(u"yy-MM"_s);
        int i = 0;
        for (KpiKey k : Kpi::rates()) {
            QList<std::optional<double>> values;
            for (const TrendPoint &p : d.trends)
                for (const KpiValue &v : p.values)
                    if (v.key == k)
                        values << v.value;
            const KpiValue *now = d.kpi(k);
            const QRectF box(kLeft + (i % 2) * 91, w.y + (i / 2) * 50, 88, 46);
            charts::trend(fp, box, Kpi::title(k), months, values, now ? now->target : std::nullopt);
            ++i;
        }
        w.y += ((i + 1) / 2) * 50 + 2;
    }
    AS_TRY(w.newPage());
    {
        QStringList labels;
        ChartSeries opened{ReportDocument::tr("Opened"), {}, charts::color(0)}, done{ReportDocument::tr("Completed"), {}, charts::color(2)};
        for (const WeekRow &wk : d.weeks) {
            labels << wk.start.toString(u"MM-dd"_s);
            opened.values << double(wk.opened);
            done.values << double(wk.completed);
        }
        charts::bars(fp, QRectF(kLeft, w.y, 88, 60), ReportDocument::tr("Orders opened and completed per week"), labels, {opened, done});
        QStringList ages;
        ChartSeries backlog{ReportDocument::tr("Open orders"), {}, charts::color(1)};
        for (const BacklogBucket &b : d.backlog) {
            ages << b.label();
            backlog.values << double(b.orders);
        }
        charts::bars(fp, QRectF(kLeft + 92, w.y, 88, 60), ReportDocument::tr("Backlog at period end by age"), ages, {backlog});
        w.y += 66;
    }
    {
        QStringList models;
        ChartSeries faults{ReportDocument::tr("Repair orders"), {}, charts::color(0)};
        QList<double> cumulative;
        for (int i = 0; i < d.faults.size() && i < 12; ++i) {
            models << d.faults.at(i).label;
            faults.values << double(d.faults.at(i).count);
            cumulative << d.faults.at(i).cumulative;
        }
        charts::bars(fp, QRectF(kLeft, w.y, kWidth, 62), ReportDocument::tr("Faults by product model (Pareto, top 12)"), models, {faults},
                     cumulative);
        w.y += 68;
    }
    {
        auto countBars = [&](const QList<CountRow> &rows, const QString &title, const QRectF &box, int colour, bool money) {
            QStringList labels;
            ChartSeries s{title, {}, charts::color(colour)};
            for (int i = 0; i < rows.size() && i < 8; ++i) {
                labels << rows.at(i).label;
                s.values << (money ? double(rows.at(i).valueFen) / 100.0 : double(rows.at(i).count));
            }
            charts::bars(fp, box, title, labels, {s});
        };
        countBars(d.complaintsByCategory, ReportDocument::tr("Complaints by category"), QRectF(kLeft, w.y, 88, 58), 3, false);
        countBars(d.complaintsByResponsibility, ReportDocument::tr("Complaints by responsibility"), QRectF(kLeft + 92, w.y, 88, 58), 4, false);
        w.y += 64;
        countBars(d.parts.byCategory, ReportDocument::tr("Parts consumption by category (yuan)"), QRectF(kLeft, w.y, kWidth, 58), 2, true);
        w.y += 64;
    }
    return {};
}

} // namespace

Status ReportDocument::render(QPagedPaintDevice &device, const ReportData &data, const QString &language)
{
    QPainter painter;
    if (!painter.begin(&device))
        return Error::io(tr("Cannot start printing (the printer or file refused to open)."));
    Writer w(device, painter, data, families(language.isEmpty() ? QLocale().name() : language));
    cover(w, data);
    AS_TRY(kpiTable(w, data));
    if (!data.notes.trimmed().isEmpty()) {
        AS_TRY(w.heading(tr("Manager's notes")));
        const double h = w.fp().textHeight(data.notes, 9, kWidth - 4) + 4;
        AS_TRY(w.ensure(h));
        w.fp().rect(QRectF(kLeft, w.y, kWidth, h), kLine, 0.15);
        w.fp().fittedText(QRectF(kLeft + 2, w.y + 2, kWidth - 4, h - 4), data.notes, 9, 6);
        w.y += h + 4;
    }
    AS_TRY(chartPages(w, data));
    const QList<ReportTable> tables = data.tables();
    AS_TRY(w.newPage());
    AS_TRY(w.heading(tr("Technicians")));
    AS_TRY(w.table(find(tables, u"technicians"_s)));
    AS_TRY(w.heading(tr("Top faults by product model")));
    AS_TRY(w.table(find(tables, u"faults"_s), 15));
    AS_TRY(w.heading(tr("Complaint summary")));
    if (!data.complaintsKept)
        AS_TRY(w.heading(tr("(complaints are not recorded in this database)")));
    AS_TRY(w.table(find(tables, u"complaints_category"_s)));
    AS_TRY(w.table(find(tables, u"complaints_responsibility"_s)));
    AS_TRY(w.heading(tr("Parts summary")));
    AS_TRY(w.table(find(tables, u"stock_value"_s)));
    AS_TRY(w.table(find(tables, u"parts_summary"_s)));
    AS_TRY(w.table(find(tables, u"top_parts"_s)));
    AS_TRY(w.heading(tr("Backlog and weekly volume")));
    AS_TRY(w.table(find(tables, u"backlog"_s)));
    AS_TRY(w.table(find(tables, u"weeks"_s)));
    w.footer();
    if (!painter.end())
        return Error::io(tr("Printing did not finish."));
    return {};
}

Status ReportDocument::writePdf(const QString &path, const ReportData &data, const QString &language)
{
    const QFileInfo info(path);
    if (!info.dir().exists())
        return Error::io(tr("Cannot write %1: the folder %2 does not exist.").arg(path, info.dir().path()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(tr("Cannot write %1: %2").arg(info.absoluteFilePath(), file.errorString()));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(1200);
        pdf.setCreator(u"Aftersales"_s);
        pdf.setTitle(tr("After-sales report %1").arg(data.period.label()));
        AS_TRY(render(pdf, data, language));
    }
    const QString lang = language.isEmpty() ? QLocale().name() : language;
    const QByteArray bytes = PdfToUnicode::repair(buffer.data(), PdfToUnicode::radicalMap(families(lang)));
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error::io(tr("Cannot write %1: %2").arg(info.absoluteFilePath(), file.errorString()));
    return {};
}

} // namespace as::print
