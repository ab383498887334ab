#include "reports/KpiCharts.h"

#include "reports/ChartScale.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace as::kpicharts {

namespace {

QChartView *viewFor(QChart *chart)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(260);
    return view;
}

} // namespace

QChartView *bars(const QString &title, const QStringList &categories, const QList<BarSet> &sets, BarClicked onBar,
                 const QList<double> &cumulative)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    auto *series = new QBarSeries;
    double maxV = 0;
    for (int s = 0; s < sets.size(); ++s) {
        auto *set = new QBarSet(sets.at(s).name);
        for (double v : sets.at(s).values) {
            *set << v;
            maxV = std::max(maxV, v);
        }
        if (onBar)
            QObject::connect(set, &QBarSet::clicked, set, [onBar, s](int index) { onBar(s, index); });
        series->append(set);
    }
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories.isEmpty() ? QStringList{QString()} : categories);
    x->setLabelsAngle(categories.size() > 6 ? -45 : 0);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, maxV > 0 ? maxV * 1.1 : 1);
    y->setLabelFormat(u"%.0f"_s);
    y->applyNiceNumbers();
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    if (!cumulative.isEmpty()) {
        auto *line = new QLineSeries;
        line->setName(ReportData::tr("Cumulative share"));
        for (int i = 0; i < cumulative.size(); ++i)
            line->append(i, cumulative.at(i) * 100.0);
        chart->addSeries(line);
        auto *y2 = new QValueAxis;
        y2->setRange(0, 100);
        y2->setLabelFormat(u"%.0f%%"_s);
        chart->addAxis(y2, Qt::AlignRight);
        line->attachAxis(x);
        line->attachAxis(y2);
    }
    if (sets.size() < 2 && cumulative.isEmpty())
        chart->legend()->hide();
    return viewFor(chart);
}

void setTrend(QChartView *view, const QString &title, const QList<TrendPoint> &points, KpiKey key, std::optional<double> target)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    QStringList months;
    auto *line = new QLineSeries;
    line->setName(Kpi::title(key));
    double lo = 100, hi = 0;
    for (int i = 0; i < points.size(); ++i) {
        months << points.at(i).month.first.toString(u"yyyy-MM"_s);
        for (const KpiValue &v : points.at(i).values)
            if (v.key == key && v.value) {
                line->append(i, *v.value * 100.0);
                lo = std::min(lo, *v.value * 100.0);
                hi = std::max(hi, *v.value * 100.0);
            }
    }
    chart->addSeries(line);
    auto *x = new QBarCategoryAxis;
    x->append(months.isEmpty() ? QStringList{QString()} : months);
    x->setLabelsAngle(-45);
    chart->addAxis(x, Qt::AlignBottom);
    line->attachAxis(x);
    auto *y = new QValueAxis;
    if (target) {
        lo = std::min(lo, *target * 100.0);
        hi = std::max(hi, *target * 100.0);
    }
    const PercentScale scale = percentScale(lo, hi);
    y->setRange(scale.lo, scale.hi);
    y->setTickCount(scale.intervals + 1);   // whole-number ticks: the target line sits where its label says
    y->setLabelFormat(u"%.0f%%"_s);
    chart->addAxis(y, Qt::AlignLeft);
    line->attachAxis(y);
    if (target) {
        auto *t = new QLineSeries;
        t->setName(ReportData::tr("Target"));
        QPen pen(QColor(0xc6, 0x28, 0x28));
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(1.5);
        t->setPen(pen);
        t->append(0, *target * 100.0);
        t->append(std::max(0, int(points.size()) - 1), *target * 100.0);
        chart->addSeries(t);
        t->attachAxis(x);
        t->attachAxis(y);
    }
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    QChart *old = view->chart();
    view->setChart(chart);
    if (old && old != chart)
        delete old;
}

QChartView *trend(const QString &title, const QList<TrendPoint> &points, KpiKey key, std::optional<double> target)
{
    auto *view = new QChartView;
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(260);
    setTrend(view, title, points, key, target);
    return view;
}

} // namespace as::kpicharts
