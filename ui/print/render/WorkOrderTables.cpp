// The lower half of the printed work order: parts, charges, terms, signatures, footer.
#include "WorkOrderRenderer.h"

#include "FormPainter.h"

#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace as::print {

int WorkOrderRenderer::partRowsShown() const
{
    const double partRow = m_l.row * 0.85;
    return m_l.partRows + int((m_extra + 0.01) / partRow);
}

double WorkOrderRenderer::drawParts(double y)
{
    FormPainter &fp = *m_fp;
    y = drawTitleBar(sectionTitle(u"parts"_s), y);
    const double rowH = m_l.row * 0.85;
    const double base = m_l.font(u"base"_s), label = m_l.font(u"label"_s);
    // Columns: no., code, name, quantity, unit (name takes the rest).
    const double noW = m_width * 0.06, codeW = m_width * 0.22, qtyW = m_width * 0.1, unitW = m_width * 0.1;
    const double nameW = m_width - noW - codeW - qtyW - unitW;
    const QList<double> widths{noW, codeW, nameW, qtyW, unitW};
    const QStringList heads{tr("No."), tr("Part code"), tr("Part name"), tr("Qty"), tr("Unit")};
    const QColor line = m_form.color(u"line"_s);

    auto drawRow = [&](double top, const QStringList &cells, bool head) {
        double x = m_left;
        for (int c = 0; c < widths.size(); ++c) {
            const QRectF cell(x, top, widths[c], rowH);
            fp.rect(cell, line, 0.2, head ? m_form.color(u"labelFill"_s) : QColor(Qt::transparent));
            const int align = (c == 0 || c >= 3) ? Qt::AlignHCenter | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter;
            fp.fittedLine(cell.adjusted(1, 0.2, -1, -0.2), cells.value(c), head ? label : base, (head ? label : base) * 0.7,
                          align, head);
            x += widths[c];
        }
    };
    drawRow(y, heads, true);
    y += rowH;
    const QList<WorkOrderPart> &parts = m_d->parts;
    const int rows = partRowsShown();
    const bool overflow = parts.size() > rows;
    for (int i = 0; i < rows; ++i) {
        QStringList cells;
        if (overflow && i == rows - 1) {
            cells = {QString(), QString(), tr("… and %n more line(s) in the order record", nullptr, int(parts.size()) - rows + 1)};
        } else if (i < parts.size()) {
            const WorkOrderPart &p = parts.at(i);
            cells = {QString::number(i + 1), p.code, p.name, QString::number(p.qty), p.unit};
        }
        drawRow(y, cells, false);
        y += rowH;
    }
    return y;
}

double WorkOrderRenderer::drawCharges(double y)
{
    FormPainter &fp = *m_fp;
    const Order &o = m_d->order;
    QString title = sectionTitle(u"charges"_s);
    if (o.warranty == WarrantyStatus::In && o.totalFen() == 0)
        title = tr("%1 — in warranty: free of charge").arg(title);
    y = drawTitleBar(title, y);
    struct Cell { QString label, value; };
    QList<Cell> cells{{tr("Labour"), money(o.labourFen)}, {tr("Parts"), money(o.partsFen)},
                      {tr("Travel"), money(o.travelFen)}, {tr("Total"), money(o.totalFen())},
                      {tr("Receipt no."), o.receiptNumber}};
    const QList<double> weights{1, 1, 1, 1.1, 1.35};   // the receipt number is the longest value
    const double unit = m_width / std::accumulate(weights.cbegin(), weights.cend(), 0.0);
    const double base = m_l.font(u"base"_s);
    double x = m_left;
    for (int i = 0; i < cells.size(); ++i) {
        const double w = unit * weights.value(i, 1);
        const double lw = std::min(fp.textWidth(cells[i].label, m_l.font(u"label"_s)) + 2.4, w * 0.55);
        labelCell(QRectF(x, y, lw, m_l.row), cells[i].label);
        const QRectF value(x + lw, y, w - lw, m_l.row);
        fp.rect(value, m_form.color(u"line"_s));
        fp.fittedLine(value.adjusted(1, 0.3, -1.2, -0.3), cells[i].value, base, base * 0.7, Qt::AlignRight | Qt::AlignVCenter,
                      i == 3);
        x += w;
    }
    return y + m_l.row;
}

double WorkOrderRenderer::drawTerms(double y)
{
    FormPainter &fp = *m_fp;
    const double head = fp.lineHeight(m_l.font(u"section"_s));
    fp.text(QRectF(m_left, y, m_width, head), sectionTitle(u"terms"_s), m_l.font(u"section"_s), Qt::AlignLeft | Qt::AlignVCenter, true);
    const double termsPt = m_l.font(u"terms"_s);
    const double h = sectionHeight(FormSection{u"terms"_s, {}, {}, {}, true}) - head;
    fp.fittedText(QRectF(m_left, y + head, m_width, h), m_d->terms.isEmpty() ? defaultTerms() : m_d->terms, termsPt,
                  termsPt * 0.8);
    return y + head + h;
}

double WorkOrderRenderer::drawSignatures(double y)
{
    FormPainter &fp = *m_fp;
    const Order &o = m_d->order;
    const double gap = 4, w = (m_width - gap) / 2, h = m_l.signature;
    const double base = m_l.font(u"base"_s), small = m_l.font(u"small"_s);
    const QColor line = m_form.color(u"line"_s);
    struct Box { QString title, sentence, recorded; };
    QString recorded;
    if (o.acceptedAt.isValid())
        recorded = tr("Recorded: %1, %2").arg(o.acceptedByName, localTime(o.acceptedAt, *m_d));
    const QList<Box> boxes{{tr("Technician"), technicianSentence(), QString()},
                           {tr("Customer acceptance"), acceptanceSentence(), recorded}};
    for (int i = 0; i < boxes.size(); ++i) {
        const double x = m_left + i * (w + gap);
        const QRectF box(x, y, w, h);
        fp.rect(box, line, 0.3);
        const double titleH = fp.lineHeight(base) + 0.6;
        fp.rect(QRectF(x, y, w, titleH), line, 0.2, m_form.color(u"labelFill"_s));
        fp.text(QRectF(x + 1.5, y, w - 3, titleH), boxes[i].title, base, Qt::AlignLeft | Qt::AlignVCenter, true);
        const double sentenceH = 2 * fp.lineHeight(small) + 0.4;
        fp.fittedText(QRectF(x + 1.5, y + titleH + 0.6, w - 3, sentenceH), boxes[i].sentence, small, small * 0.75);
        if (!boxes[i].recorded.isEmpty())
            fp.text(QRectF(x + 1.5, y + titleH + 0.6 + sentenceH, w - 3, fp.lineHeight(small)), boxes[i].recorded, small * 0.9,
                    Qt::AlignLeft | Qt::AlignVCenter, false, m_form.color(u"muted"_s));
        // Two lines to write on: signature and date.
        const double lh = fp.lineHeight(base);
        const double sigY = y + h - 2.2 * lh - 1.5, dateY = y + h - lh - 1.2;
        const QString sig = tr("Signature:"), date = tr("Date:");
        const double lw = std::max(fp.textWidth(sig, base), fp.textWidth(date, base)) + 1.5;
        fp.text(QRectF(x + 1.5, sigY, lw, lh), sig, base);
        fp.text(QRectF(x + 1.5, dateY, lw, lh), date, base);
        fp.line(QPointF(x + 1.5 + lw, sigY + lh * 0.85), QPointF(x + w - 2, sigY + lh * 0.85), line, 0.2);
        fp.line(QPointF(x + 1.5 + lw, dateY + lh * 0.85), QPointF(x + w - 2, dateY + lh * 0.85), line, 0.2);
    }
    return y + h;
}

double WorkOrderRenderer::drawFooter(double y)
{
    FormPainter &fp = *m_fp;
    const double small = m_l.font(u"small"_s);
    const QRectF r(m_left, y, m_width, fp.lineHeight(small));
    const QColor muted = m_form.color(u"muted"_s);
    fp.text(r, tr("Printed %1").arg(localTime(m_d->printedAt, *m_d)), small, Qt::AlignLeft | Qt::AlignVCenter, false, muted);
    fp.text(r, m_d->order.number, small, Qt::AlignHCenter | Qt::AlignVCenter, false, muted);
    fp.text(r, m_d->company.phone.isEmpty() ? QString() : tr("Service hotline %1").arg(m_d->company.phone), small,
            Qt::AlignRight | Qt::AlignVCenter, false, muted);
    return r.bottom();
}

} // namespace as::print
