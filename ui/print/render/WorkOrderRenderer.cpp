#include "WorkOrderRenderer.h"

#include "Barcodes.h"
#include "FormPainter.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace as::print {

WorkOrderRenderer::WorkOrderRenderer(const FormTemplate &form, Paper paper, QString language)
    : m_form(form), m_paper(paper), m_l(form.papers.value(paper)), m_language(std::move(language))
{
    if (m_language.isEmpty())
        m_language = QLocale().name();
}

Status WorkOrderRenderer::render(QPainter &painter, const WorkOrderData &data)
{
    FormPainter fp(painter, m_form.fontFamilies(m_language));
    m_fp = &fp;
    m_d = &data;
    m_status = {};
    m_l = m_form.papers.value(m_paper);
    m_left = m_l.margins.left();
    m_width = m_l.size.width() - m_l.margins.left() - m_l.margins.right();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);

    // Flowing sections from the top, anchored ones up from the foot; spare height goes to the parts table.
    // When the form is too tall for the fonts at hand, the text boxes give up lines (the longest first).
    m_extra = m_textExtra = 0;
    double flow = 0, anchored = 0, room = 0;
    for (int attempt = 0; attempt < 20; ++attempt) {
        flow = anchored = 0;
        for (const FormSection &s : m_form.sections)
            (s.bottom ? anchored : flow) += sectionHeight(s) + m_l.gap;
        room = m_l.size.height() - m_l.margins.top() - m_l.margins.bottom() - flow - anchored;
        if (room >= 0)
            break;
        // The box with the most unused lines gives one up (empty boxes before filled ones).
        QString pick;
        double bestSlack = -1e9;
        const double lh = m_fp->lineHeight(m_l.font(u"base"_s));
        for (auto it = m_l.lines.cbegin(); it != m_l.lines.cend(); ++it) {
            if (it.value() <= 1)
                continue;
            const double used = m_fp->textHeight(fieldValue(it.key(), data), m_l.font(u"base"_s), m_width - m_l.labelWidth - 2.2) / lh;
            const double slack = it.value() - std::max(1.0, std::ceil(used - 0.05)) + it.value() * 0.01;
            if (slack > bestSlack) {
                bestSlack = slack;
                pick = it.key();
            }
        }
        if (pick.isEmpty())
            break;
        --m_l.lines[pick];
    }
    const double partRow = m_l.row * 0.85;
    if (room > partRow && int(data.parts.size()) > m_l.partRows)
        m_extra = std::min(room, (data.parts.size() - m_l.partRows) * partRow);
    // What is left goes to the text boxes (room to write by hand).
    m_textExtra = 0;
    const auto textBoxes = std::count_if(m_form.sections.cbegin(), m_form.sections.cend(),
                                         [](const FormSection &s) { return s.type == u"text"_s; });
    if (room - m_extra > 0 && textBoxes > 0)
        m_textExtra = (room - m_extra) / double(textBoxes);

    double y = m_l.margins.top();
    for (const FormSection &s : m_form.sections)
        if (!s.bottom)
            y = drawSection(s, y) + m_l.gap;
    double foot = m_l.size.height() - m_l.margins.bottom() - anchored + m_l.gap;
    if (foot < y)
        foot = y;   // overlong form: keep order rather than overlap
    for (const FormSection &s : m_form.sections)
        if (s.bottom)
            foot = drawSection(s, foot) + m_l.gap;
    painter.restore();
    m_fp = nullptr;
    m_d = nullptr;
    return m_status;
}

double WorkOrderRenderer::sectionHeight(const FormSection &s) const
{
    const double title = m_l.sectionTitle;
    if (s.type == u"header"_s)
        return m_l.headerHeight + m_fp->lineHeight(m_l.font(u"title"_s)) + 1.5;
    if (s.type == u"fields"_s)
        return title + s.rows.size() * m_l.row;
    if (s.type == u"text"_s)
        return textBoxHeight(s.field);
    if (s.type == u"parts"_s)
        return title + (1 + m_l.partRows) * m_l.row * 0.85 + m_extra;
    if (s.type == u"charges"_s)
        return title + m_l.row;
    if (s.type == u"terms"_s) {
        const double pt = m_l.font(u"terms"_s);
        const double text = m_fp->textHeight(m_d->terms.isEmpty() ? defaultTerms() : m_d->terms, pt, m_width) + 0.4;
        return m_fp->lineHeight(m_l.font(u"section"_s)) + std::min(text, m_l.termsLines * m_fp->lineHeight(pt));
    }
    if (s.type == u"signatures"_s)
        return m_l.signature;
    if (s.type == u"footer"_s)
        return m_fp->lineHeight(m_l.font(u"small"_s));
    return 0;
}

double WorkOrderRenderer::drawSection(const FormSection &s, double y)
{
    if (s.type == u"header"_s) return drawHeader(y);
    if (s.type == u"fields"_s) return drawFields(s, y);
    if (s.type == u"text"_s) return drawText(s, y);
    if (s.type == u"parts"_s) return drawParts(y);
    if (s.type == u"charges"_s) return drawCharges(y);
    if (s.type == u"terms"_s) return drawTerms(y);
    if (s.type == u"signatures"_s) return drawSignatures(y);
    if (s.type == u"footer"_s) return drawFooter(y);
    return y;
}

double WorkOrderRenderer::drawHeader(double y)
{
    FormPainter &fp = *m_fp;
    const WorkOrderData &d = *m_d;
    const double h = m_l.headerHeight;
    const QString number = d.order.number;

    // Right: QR code, and the Code 128 barcode with the number under it.
    double right = m_left + m_width;
    auto qr = Barcodes::qr(number);
    if (qr) {
        const double size = qr->width * m_l.qrModule;
        const double top = y + std::max(0.0, (h - size) / 2);
        fp.modules(*qr, QPointF(right - size, top), m_l.qrModule);
        right -= size + 4 * m_l.qrModule + 2;
    } else {
        m_status = qr.error();
    }
    const double numberPt = m_l.font(u"company"_s);
    const double numberH = fp.lineHeight(numberPt);
    auto bars = Barcodes::code128(number);
    if (!bars) {
        m_status = bars.error();
    } else {
        const double w = bars->width * m_l.code128Module;
        const double top = y + std::max(0.0, (h - m_l.code128Height - numberH) / 2);
        fp.modules(*bars, QPointF(right - w, top), m_l.code128Module, m_l.code128Height);
        fp.text(QRectF(right - w - 5, top + m_l.code128Height + 0.3, w + 10, numberH), number, numberPt, Qt::AlignCenter, true);
        right -= w + 10 * m_l.code128Module + 2;
    }

    // Left: logo, company name, address, phone.
    double x = m_left;
    const QImage logo = QImage::fromData(d.company.logo);
    if (!logo.isNull()) {
        fp.image(QRectF(x, y + (h - m_l.logo) / 2, m_l.logo, m_l.logo), logo);
        x += m_l.logo + 2.5;
    }
    const double companyPt = m_l.font(u"company"_s), smallPt = m_l.font(u"small"_s);
    QStringList lines;
    if (!d.company.address.isEmpty())
        lines << d.company.address;
    if (!d.company.phone.isEmpty())
        lines << tr("Tel. %1").arg(d.company.phone);
    const double blockH = fp.lineHeight(companyPt) + lines.size() * fp.lineHeight(smallPt);
    double ty = y + std::max(0.0, (h - blockH) / 2);
    const double textW = std::max(10.0, right - x);
    const QString name = d.company.name.isEmpty() ? tr("After-sales service") : d.company.name;
    fp.fittedLine(QRectF(x, ty, textW, fp.lineHeight(companyPt)), name, companyPt, smallPt, Qt::AlignLeft | Qt::AlignVCenter, true);
    ty += fp.lineHeight(companyPt);
    for (const QString &line : lines) {
        fp.fittedLine(QRectF(x, ty, textW, fp.lineHeight(smallPt)), line, smallPt, smallPt * 0.8, Qt::AlignLeft | Qt::AlignVCenter);
        ty += fp.lineHeight(smallPt);
    }

    // Title band.
    const double titlePt = m_l.font(u"title"_s);
    const double titleH = fp.lineHeight(titlePt);
    const double ty2 = y + h;
    fp.text(QRectF(m_left, ty2, m_width, titleH), tr("Service Work Order"), titlePt, Qt::AlignCenter, true);
    const double infoPt = m_l.font(u"small"_s);
    fp.text(QRectF(m_left, ty2, m_width, titleH), tr("Priority: %1").arg(labelOf(d.order.priority)), infoPt,
            Qt::AlignLeft | Qt::AlignBottom, false, m_form.color(u"muted"_s));
    if (d.order.reworkOf > 0)
        fp.text(QRectF(m_left, ty2, m_width, titleH), tr("Rework order"), infoPt, Qt::AlignRight | Qt::AlignBottom, true);
    fp.line(QPointF(m_left, ty2 + titleH + 0.6), QPointF(m_left + m_width, ty2 + titleH + 0.6), m_form.color(u"line"_s), 0.5);
    return ty2 + titleH + 1.5;
}

double WorkOrderRenderer::drawTitleBar(const QString &title, double y)
{
    const QRectF bar(m_left, y, m_width, m_l.sectionTitle);
    m_fp->rect(bar, m_form.color(u"line"_s), 0.2, m_form.color(u"titleFill"_s));
    m_fp->text(bar.adjusted(1.5, 0, -1.5, 0), title, m_l.font(u"section"_s), Qt::AlignLeft | Qt::AlignVCenter, true);
    return y + m_l.sectionTitle;
}

void WorkOrderRenderer::labelCell(const QRectF &r, const QString &label)
{
    m_fp->rect(r, m_form.color(u"line"_s), 0.2, m_form.color(u"labelFill"_s));
    m_fp->fittedText(r.adjusted(1, 0.3, -0.8, -0.3), label, m_l.font(u"label"_s), m_l.font(u"label"_s) * 0.75,
                     Qt::AlignLeft | Qt::AlignVCenter);
}

double WorkOrderRenderer::drawFields(const FormSection &s, double y)
{
    y = drawTitleBar(sectionTitle(s.title), y);
    const double half = m_width / 2;
    const double base = m_l.font(u"base"_s);
    for (const QList<FormField> &row : s.rows) {
        double x = m_left;
        for (const FormField &f : row) {
            const double w = f.span >= 2 ? m_width : half;
            labelCell(QRectF(x, y, m_l.labelWidth, m_l.row), fieldLabel(f.field));
            const QRectF value(x + m_l.labelWidth, y, w - m_l.labelWidth, m_l.row);
            m_fp->rect(value, m_form.color(u"line"_s));
            m_fp->fittedLine(value.adjusted(1.2, 0.3, -1, -0.3), fieldValue(f.field, *m_d), base, base * 0.7,
                             Qt::AlignLeft | Qt::AlignVCenter);
            x += w;
        }
        y += m_l.row;
    }
    return y;
}

double WorkOrderRenderer::textBoxHeight(const QString &field) const
{
    const int lines = m_l.lines.value(field, 2);
    return std::max(m_l.row, lines * m_fp->lineHeight(m_l.font(u"base"_s)) + 1.6) + m_textExtra;
}

double WorkOrderRenderer::drawText(const FormSection &s, double y)
{
    const double h = textBoxHeight(s.field);
    labelCell(QRectF(m_left, y, m_l.labelWidth, h), fieldLabel(s.field));
    const QRectF box(m_left + m_l.labelWidth, y, m_width - m_l.labelWidth, h);
    m_fp->rect(box, m_form.color(u"line"_s));
    const double base = m_l.font(u"base"_s);
    m_fp->fittedText(box.adjusted(1.2, 0.8, -1, -0.8), fieldValue(s.field, *m_d), base, base * 0.75);
    return y + h;
}

} // namespace as::print
