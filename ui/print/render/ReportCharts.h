#pragma once

#include "FormPainter.h"
#include "ReportDocument.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace as::print {

// Vector charts for the printed report, drawn with FormPainter in millimetres (crisp at any zoom).
struct ChartSeries {
    QString name;
    QList<double> values;
    QColor color;
};

namespace charts {
// Grouped vertical bars; `line` (0..1, right axis as %) drawn over them (Pareto's cumulative share).
void bars(FormPainter &fp, const QRectF &mm, const QString &title, const QStringList &labels, const QList<ChartSeries> &series,
          const QList<double> &line = {}, bool percentAxis = false);
// A line over months with an optional dashed target line; values are fractions shown as %.
void trend(FormPainter &fp, const QRectF &mm, const QString &title, const QStringList &labels,
           const QList<std::optional<double>> &values, std::optional<double> target);
QColor color(int i);
} // namespace charts

} // namespace as::print
