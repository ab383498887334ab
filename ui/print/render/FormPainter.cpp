#include "FormPainter.h"

#include "Barcodes.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPaintDevice>
#include <QTextLayout>

namespace as::print {

FormPainter::FormPainter(QPainter &painter, const QStringList &families) : m_p(painter), m_families(families)
{
    m_u = painter.device()->logicalDpiX() / 25.4;
}

QFont FormPainter::font(double pt, bool bold) const
{
    QFont f;
    f.setFamilies(m_families);
    f.setPointSizeF(pt);
    f.setBold(bold);
    f.setKerning(true);
    // A hair of letter spacing turns Latin ligatures off, so "fi" stays two letters in copied PDF text.
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

double FormPainter::lineHeight(double pt) const
{
    // The tallest of the families: CJK glyphs come from the fallback font, whose lines are taller.
    double h = 0;
    for (const QString &family : m_families) {
        QFont f = font(pt);
        f.setFamilies({family});
        h = std::max(h, QFontMetricsF(f, m_p.device()).lineSpacing());
    }
    return h / m_u;
}

double FormPainter::textWidth(const QString &text, double pt, bool bold) const
{
    return QFontMetricsF(font(pt, bold), m_p.device()).horizontalAdvance(text) / m_u;
}

double FormPainter::textHeight(const QString &text, double pt, double widthMm) const
{
    const QRectF r = QFontMetricsF(font(pt), m_p.device())
                         .boundingRect(QRectF(0, 0, widthMm * m_u, 1e9), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
    return r.height() / m_u;
}

void FormPainter::text(const QRectF &mm, const QString &text, double pt, int flags, bool bold, const QColor &color)
{
    m_p.setFont(font(pt, bold));
    m_p.setPen(color);
    m_p.drawText(dev(mm), flags, text);
}

void FormPainter::fittedText(const QRectF &mm, const QString &text, double pt, double minPt, int flags, bool bold)
{
    const QRectF box = dev(mm);
    for (double size = pt; size >= minPt - 1e-6; size -= 0.5) {
        const QFont f = font(size, bold);
        const QRectF need = QFontMetricsF(f, m_p.device()).boundingRect(box, flags | Qt::TextWordWrap, text);
        if (need.height() <= box.height() + 0.5 && need.width() <= box.width() + 0.5) {
            m_p.setFont(f);
            m_p.setPen(Qt::black);
            m_p.drawText(box, flags | Qt::TextWordWrap, text);
            return;
        }
    }
    // Still too long at the smallest size: lay out line by line and elide the last line that fits.
    const QFont f = font(minPt, bold);
    const QFontMetricsF fm(f, m_p.device());
    QTextLayout layout(text, f, m_p.device());
    QTextOption opt;
    opt.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(opt);
    layout.beginLayout();
    QStringList lines;
    double y = 0;
    while (true) {
        QTextLine l = layout.createLine();
        if (!l.isValid())
            break;
        l.setLineWidth(box.width());
        if (y + 2 * fm.lineSpacing() > box.height() + 0.5) {   // the last line that fits: the rest, elided
            lines << fm.elidedText(text.mid(l.textStart()).simplified(), Qt::ElideRight, box.width());
            break;
        }
        lines << text.mid(l.textStart(), l.textLength()).trimmed();
        y += fm.lineSpacing();
    }
    layout.endLayout();
    m_p.setFont(f);
    m_p.setPen(Qt::black);
    y = box.top();
    for (const QString &line : lines) {
        m_p.drawText(QRectF(box.left(), y, box.width(), fm.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter, line);
        y += fm.lineSpacing();
    }
}

void FormPainter::fittedLine(const QRectF &mm, const QString &text, double pt, double minPt, int flags, bool bold)
{
    const QRectF box = dev(mm);
    const QString line = QString(text).replace(u'\n', u' ');
    double size = pt;
    while (size - 0.25 >= minPt && QFontMetricsF(font(size, bold), m_p.device()).horizontalAdvance(line) > box.width())
        size -= 0.25;
    const QFont f = font(size, bold);
    m_p.setFont(f);
    m_p.setPen(Qt::black);
    m_p.drawText(box, flags, QFontMetricsF(f, m_p.device()).elidedText(line, Qt::ElideRight, box.width()));
}

void FormPainter::rect(const QRectF &mm, const QColor &line, double widthMm, const QColor &fill)
{
    m_p.setPen(line.alpha() == 0 ? QPen(Qt::NoPen) : QPen(line, widthMm * m_u));
    m_p.setBrush(fill.alpha() == 0 ? QBrush(Qt::NoBrush) : QBrush(fill));
    m_p.drawRect(dev(mm));
    m_p.setBrush(Qt::NoBrush);
}

void FormPainter::line(const QPointF &a, const QPointF &b, const QColor &color, double widthMm)
{
    m_p.setPen(QPen(color, widthMm * m_u, Qt::SolidLine, Qt::FlatCap));
    m_p.drawLine(a * m_u, b * m_u);
}

void FormPainter::modules(const ModuleGrid &grid, const QPointF &origin, double module, double barHeight)
{
    m_p.setPen(Qt::NoPen);
    m_p.setBrush(Qt::black);
    const double rowH = grid.rows == 1 && barHeight > 0 ? barHeight : module;
    for (int r = 0; r < grid.rows; ++r) {
        int c = 0;
        while (c < grid.width) {   // runs of dark modules become one rectangle
            if (!grid.at(r, c)) {
                ++c;
                continue;
            }
            int end = c;
            while (end < grid.width && grid.at(r, end))
                ++end;
            m_p.drawRect(dev(QRectF(origin.x() + c * module, origin.y() + r * rowH, (end - c) * module, rowH)));
            c = end;
        }
    }
    m_p.setBrush(Qt::NoBrush);
}

void FormPainter::image(const QRectF &mm, const QImage &image)
{
    if (image.isNull())
        return;
    const QSizeF s = QSizeF(image.size()).scaled(mm.size(), Qt::KeepAspectRatio);
    const QRectF target(mm.x(), mm.y() + (mm.height() - s.height()) / 2, s.width(), s.height());
    m_p.drawImage(dev(target), image);
}

} // namespace as::print
