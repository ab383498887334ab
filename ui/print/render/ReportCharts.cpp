#include "ReportCharts.h"

#include "reports/ChartScale.h"

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace as::print::charts {

namespace {

const QColor kAxis(0x60, 0x60, 0x60);
const QColor kGrid(0xdd, 0xdd, 0xdd);

double niceMax(double v)
{
    if (v <= 0)
        return 1;
    const double mag = std::pow(10.0, std::floor(std::log10(v)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (v <= m * mag)
            return m * mag;
    return 10 * mag;
}

QString axisLabel(double v, bool percent)
{
    if (percent)
        return QString::number(v * 100.0, 'f', 0) + u"%"_s;
    if (v >= 10000)
        return QString::number(v / 1000.0, 'f', 0) + u"k"_s;
    return QString::number(v, 'g', 4);
}

// Title, then the plot rectangle left after the axis labels; draws the grid for [lo, hi].
QRectF frame(FormPainter &fp, const QRectF &mm, const QString &title, double lo, double hi, bool percent, int intervals = 4)
{
    fp.fittedLine(QRectF(mm.left(), mm.top(), mm.width(), 5), title, 9, 6, Qt::AlignLeft | Qt::AlignVCenter, true);
    const QRectF plot(mm.left() + 11, mm.top() + 10, mm.width() - 13, mm.height() - 17);
    for (int i = 0; i <= intervals; ++i) {
        const double y = plot.bottom() - plot.height() * i / double(intervals);
        fp.line({plot.left(), y}, {plot.right(), y}, i == 0 ? kAxis : kGrid, i == 0 ? 0.25 : 0.12);
        fp.text(QRectF(mm.left(), y - 2, 10, 4), axisLabel(lo + (hi - lo) * i / double(intervals), percent), 6,
                Qt::AlignRight | Qt::AlignVCenter);
    }
    return plot;
}

void xLabels(FormPainter &fp, const QRectF &plot, const QStringList &labels)
{
    if (labels.isEmpty())
        return;
    const double w = plot.width() / labels.size();
    double widest = 0;
    for (const QString &l : labels)
        widest = std::max(widest, fp.textWidth(l, 6));
    const int step = std::max(1, int(std::ceil((widest + 1.0) / w)));
    for (int i = 0; i < labels.size(); i += step)
        fp.fittedLine(QRectF(plot.left() + i * w - (step - 1) * w / 2, plot.bottom() + 0.8, w * step, 4), labels.at(i), 6, 4,
                      Qt::AlignHCenter | Qt::AlignTop);
}

} // namespace

QColor color(int i)
{
    static const QColor palette[] = {QColor(0x2f, 0x6f, 0xb3), QColor(0xe0, 0x8a, 0x2c), QColor(0x3a, 0x9a, 0x5b),
                                     QColor(0xc0, 0x3b, 0x3b), QColor(0x7b, 0x5e, 0xa7), QColor(0x8c, 0x8c, 0x8c)};
    return palette[i % 6];
}

void bars(FormPainter &fp, const QRectF &mm, const QString &title, const QStringList &labels, const QList<ChartSeries> &series,
          const QList<double> &line, bool percentAxis)
{
    double maxV = 0;
    for (const ChartSeries &s : series)
        for (double v : s.values)
            maxV = std::max(maxV, v);
    bool integral = true;
    for (const ChartSeries &s : series)
        for (double v : s.values)
            integral = integral && v == std::floor(v);
    double hi = percentAxis ? std::max(1.0, niceMax(maxV)) : niceMax(maxV);
    if (integral && !percentAxis && maxV < 40)
        hi = std::max(4.0, std::ceil(maxV / 4.0) * 4.0);   // whole numbers on the 4 grid lines
    const QRectF plot = frame(fp, mm, title, 0, hi, percentAxis);
    if (labels.isEmpty()) {
        fp.text(plot, QObject::tr("No data"), 8, Qt::AlignCenter, false, kAxis);
        return;
    }
    const double slot = plot.width() / labels.size();
    const double barW = slot * 0.8 / std::max<qsizetype>(1, series.size());
    for (int si = 0; si < series.size(); ++si) {
        const ChartSeries &s = series.at(si);
        for (int i = 0; i < s.values.size() && i < labels.size(); ++i) {
            const double h = plot.height() * s.values.at(i) / hi;
            fp.rect(QRectF(plot.left() + i * slot + slot * 0.1 + si * barW, plot.bottom() - h, barW, h), s.color, 0.05, s.color);
        }
    }
    if (!line.isEmpty()) {
        QPointF prev;
        for (int i = 0; i < line.size() && i < labels.size(); ++i) {
            const QPointF p(plot.left() + (i + 0.5) * slot, plot.bottom() - plot.height() * std::clamp(line.at(i), 0.0, 1.0));
            if (i > 0)
                fp.line(prev, p, color(3), 0.35);
            fp.rect(QRectF(p.x() - 0.6, p.y() - 0.6, 1.2, 1.2), color(3), 0.1, color(3));
            prev = p;
        }
        fp.text(QRectF(plot.right() - 20, plot.top() - 4.5, 20, 4), QObject::tr("cumulative %"), 6, Qt::AlignRight | Qt::AlignVCenter, false,
                color(3));
    }
    if (series.size() > 1) {
        double x = mm.right() - 2;
        for (int si = int(series.size()) - 1; si >= 0; --si) {
            const double w = fp.textWidth(series.at(si).name, 6) + 4;
            x -= w;
            fp.rect(QRectF(x, mm.top() + 6, 2, 2), series.at(si).color, 0.05, series.at(si).color);
            fp.text(QRectF(x + 2.5, mm.top() + 4.5, w, 5), series.at(si).name, 6, Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    xLabels(fp, plot, labels);
}

void trend(FormPainter &fp, const QRectF &mm, const QString &title, const QStringList &labels,
           const QList<std::optional<double>> &values, std::optional<double> target)
{
    double lo = 1.0, hi = 0.0;
    for (const auto &v : values)
        if (v) {
            lo = std::min(lo, *v);
            hi = std::max(hi, *v);
        }
    if (target) {
        lo = std::min(lo, *target);
        hi = std::max(hi, *target);
    }
    const PercentScale scale = percentScale(lo * 100.0, hi * 100.0);   // zoom to where the values are, whole-number ticks
    lo = scale.lo / 100.0;
    hi = scale.hi / 100.0;
    const QRectF plot = frame(fp, mm, title, lo, hi, true, scale.intervals);
    if (labels.isEmpty())
        return;
    const double slot = plot.width() / labels.size();
    auto yOf = [&](double v) { return plot.bottom() - plot.height() * (std::clamp(v, lo, hi) - lo) / (hi - lo); };
    if (target) {
        const double y = yOf(*target);
        for (double x = plot.left(); x < plot.right(); x += 3)
            fp.line({x, y}, {std::min(x + 1.8, plot.right()), y}, color(3), 0.25);
    }
    std::optional<QPointF> prev;
    for (int i = 0; i < values.size() && i < labels.size(); ++i) {
        if (!values.at(i)) {
            prev.reset();
            continue;
        }
        const QPointF p(plot.left() + (i + 0.5) * slot, yOf(*values.at(i)));
        if (prev)
            fp.line(*prev, p, color(0), 0.4);
        fp.rect(QRectF(p.x() - 0.6, p.y() - 0.6, 1.2, 1.2), color(0), 0.1, color(0));
        prev = p;
    }
    xLabels(fp, plot, labels);
}

} // namespace as::print::charts
