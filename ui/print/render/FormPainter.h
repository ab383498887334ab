#pragma once

#include <QColor>
#include <QFont>
#include <QPainter>
#include <QRectF>
#include <QStringList>

namespace as::print {

struct ModuleGrid;

// Drawing on a paged device in millimetres from the paper's top-left corner; fonts in points.
// Works the same on QPdfWriter, a printer and the preview (any resolution).
class FormPainter
{
public:
    FormPainter(QPainter &painter, const QStringList &families);

    double pxPerMm() const { return m_u; }
    QRectF dev(const QRectF &mm) const { return {mm.x() * m_u, mm.y() * m_u, mm.width() * m_u, mm.height() * m_u}; }
    QFont font(double pt, bool bold = false) const;
    // Height in mm of one line at this size.
    double lineHeight(double pt) const;
    double textWidth(const QString &text, double pt, bool bold = false) const;
    // Height in mm of the text wrapped to `widthMm`.
    double textHeight(const QString &text, double pt, double widthMm) const;

    void text(const QRectF &mm, const QString &text, double pt, int flags = Qt::AlignLeft | Qt::AlignVCenter,
              bool bold = false, const QColor &color = Qt::black);
    // Wrapped text that must stay inside the box: the size shrinks down to minPt, then the text is elided.
    void fittedText(const QRectF &mm, const QString &text, double pt, double minPt,
                    int flags = Qt::AlignLeft | Qt::AlignTop, bool bold = false);
    // One line that must fit the width: the size shrinks down to minPt, then the text is elided.
    void fittedLine(const QRectF &mm, const QString &text, double pt, double minPt,
                    int flags = Qt::AlignLeft | Qt::AlignVCenter, bool bold = false);
    void rect(const QRectF &mm, const QColor &line, double widthMm = 0.2, const QColor &fill = Qt::transparent);
    void line(const QPointF &a, const QPointF &b, const QColor &color, double widthMm = 0.2);
    // Dark modules as filled rectangles, `module` mm each, top-left at `origin`; bar height for 1-row codes.
    void modules(const ModuleGrid &grid, const QPointF &origin, double module, double barHeight = 0);
    void image(const QRectF &mm, const QImage &image);

private:
    QPainter &m_p;
    QStringList m_families;
    double m_u = 1;
};

} // namespace as::print
