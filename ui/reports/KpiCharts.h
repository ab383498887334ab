#pragma once

#include "reports/ReportData.h"

#include <QStringList>

#include <functional>

class QChartView;

namespace as {

// The dashboard's Qt Charts. `onBar(set, index)` is called when a bar is clicked (drill-down).
namespace kpicharts {
using BarClicked = std::function<void(int set, int index)>;
struct BarSet {
    QString name;
    QList<double> values;
};
QChartView *bars(const QString &title, const QStringList &categories, const QList<BarSet> &sets, BarClicked onBar,
                 const QList<double> &cumulative = {});
// The 12-month trend of one rate (in %), with its target as a dashed line.
QChartView *trend(const QString &title, const QList<TrendPoint> &points, KpiKey key, std::optional<double> target);
void setTrend(QChartView *view, const QString &title, const QList<TrendPoint> &points, KpiKey key, std::optional<double> target);
} // namespace kpicharts

} // namespace as
