#pragma once

#include "reports/KpiDrillDown.h"
#include "reports/ReportData.h"
#include "services/Actor.h"
#include "shell/Page.h"

#include <QElapsedTimer>
#include <QMap>
#include <QPointer>

class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QProgressBar;
class QThread;
class QTableWidget;
class QChartView;

namespace as {

struct Services;
class DateField;
class KpiTile;

// Reports: the KPI dashboard of a period (a month by default, or any range) compared with the
// previous period or the same period last year: a tile per KPI, charts, the technician table;
// clicking a tile, bar or row lists the records behind the number; exports PDF/XLSX/CSV.
class ReportsPage : public Page
{
    Q_OBJECT

public:
    ReportsPage(Services &services, const Actor &actor, QWidget *parent = nullptr);
    ~ReportsPage() override;
    QString pageId() const override { return QStringLiteral("reports"); }
    QString title() const override { return tr("Reports"); }
    void refresh() override;
    void saveState(QSettings &s) const override;
    void restoreState(QSettings &s) override;
    void screenshotDialogs(const Shoot &shoot) override;

    Period period() const;
    void setMonth(const QDate &firstDay);
    void setRange(const QDate &first, const QDate &last);
    const ReportData &data() const { return m_data; }
    KpiTile *tile(KpiKey k) const { return m_tiles.value(k); }
    QTableWidget *technicianTable() const { return m_technicians; }
    // A computation runs in a worker thread on its own connection; only the newest request's
    // result is shown (an older one still running is discarded when it arrives).
    bool isComputing() const { return m_busy; }
    // Tests, screenshots: process events until the newest request's result is shown.
    bool waitForResult(int timeoutMs = 60000);

public Q_SLOTS:
    void compute();
    // Opens the list behind a number (modal); returns the dialog's result.
    void openDrillDown(const DrillDown &drill);
    void openKpi(KpiKey key, KpiDrillDown::Part part);
    void exportReport();

Q_SIGNALS:
    void orderActivated(qint64 orderId);
    // The newest request's figures (or its error) are on screen.
    void computed();

private:
    void showResult(int request, Result<ReportData> data);
    void setBusy(bool busy);
    void buildCharts();
    void fillTechnicians();
    void kpiMenu(KpiKey key);
    void setChart(int row, int column, QWidget *chart);

    Services &m_services;
    Actor m_actor;
    QComboBox *m_mode, *m_compare, *m_trendKpi;
    QDateEdit *m_month;
    DateField *m_from, *m_to;
    QLabel *m_message;
    QProgressBar *m_busyBar;
    QMap<KpiKey, KpiTile *> m_tiles;
    QGridLayout *m_charts;
    QChartView *m_trend = nullptr;
    QTableWidget *m_technicians;
    ReportData m_data;
    bool m_computed = false;
    bool m_busy = false;
    int m_request = 0;                      // the newest request; results of older ones are dropped
    QList<QPointer<QThread>> m_workers;
    QElapsedTimer m_ownWrites;              // our worker stores figures of closed months: not "another PC"
};

} // namespace as
