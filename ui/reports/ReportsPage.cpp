#include "reports/ReportsPage.h"

#include "reports/DrillDownDialog.h"
#include "reports/KpiCharts.h"
#include "reports/KpiTile.h"
#include "reports/ReportExportDialog.h"
#include "reports/ReportWorker.h"
#include "services/Services.h"
#include "storage/Database.h"
#include "widgets/DateField.h"

#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QEventLoop>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace as {

ReportsPage::ReportsPage(Services &services, const Actor &actor, QWidget *parent)
    : Page(parent), m_services(services), m_actor(actor)
{
    setObjectName(u"reportsPage"_s);
    m_mode = new QComboBox;
    m_mode->setObjectName(u"periodMode"_s);
    m_mode->addItem(tr("Month"));
    m_mode->addItem(tr("Date range"));
    m_month = new QDateEdit;
    m_month->setObjectName(u"month"_s);
    m_month->setDisplayFormat(u"yyyy-MM"_s);
    const QDate today = services.clock.nowUtc().toTimeZone(services.settings.siteTimeZone()).date();
    m_month->setDate(QDate(today.year(), today.month(), 1).addMonths(-1));
    m_from = new DateField;
    m_to = new DateField;
    m_from->setValue(m_month->date());
    m_to->setValue(m_month->date().addMonths(1).addDays(-1));
    m_compare = new QComboBox;
    m_compare->setObjectName(u"compare"_s);
    m_compare->addItem(tr("Previous period"));
    m_compare->addItem(tr("Same period last year"));
    auto *show = new QPushButton(tr("Show"));
    show->setObjectName(u"show"_s);
    auto *exportButton = new QPushButton(tr("Export report…"));
    exportButton->setObjectName(u"exportReport"_s);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Period:")));
    bar->addWidget(m_mode);
    bar->addWidget(m_month);
    bar->addWidget(m_from);
    bar->addWidget(m_to);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Compare with:")));
    bar->addWidget(m_compare);
    bar->addWidget(show);
    m_busyBar = new QProgressBar;
    m_busyBar->setObjectName(u"busy"_s);
    m_busyBar->setRange(0, 0);   // busy: no percentage
    m_busyBar->setTextVisible(true);
    m_busyBar->setFormat(tr("Computing…"));
    m_busyBar->setMaximumWidth(200);
    m_busyBar->setToolTip(tr("Computing the figures in the background; the page stays usable."));
    m_busyBar->hide();
    bar->addWidget(m_busyBar);
    bar->addStretch(1);
    bar->addWidget(exportButton);
    m_message = new QLabel;
    m_message->setObjectName(u"message"_s);
    m_message->setWordWrap(true);

    auto *content = new QWidget;
    auto *col = new QVBoxLayout(content);
    auto *tiles = new QGridLayout;
    int i = 0;
    for (KpiKey k : Kpi::all()) {
        auto *t = new KpiTile(k);
        connect(t, &KpiTile::clicked, this, &ReportsPage::kpiMenu);
        m_tiles.insert(k, t);
        tiles->addWidget(t, i / 4, i % 4);
        ++i;
    }
    col->addLayout(tiles);
    auto *trendBar = new QHBoxLayout;
    trendBar->addWidget(new QLabel(tr("12-month trend of:")));
    m_trendKpi = new QComboBox;
    m_trendKpi->setObjectName(u"trendKpi"_s);
    for (KpiKey k : Kpi::rates())
        m_trendKpi->addItem(Kpi::title(k), int(k));
    trendBar->addWidget(m_trendKpi);
    trendBar->addStretch(1);
    col->addLayout(trendBar);
    m_charts = new QGridLayout;
    col->addLayout(m_charts);
    col->addWidget(new QLabel(tr("Technicians (double-click a row for their orders)")));
    m_technicians = new QTableWidget;
    m_technicians->setObjectName(u"technicians"_s);
    m_technicians->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_technicians->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_technicians->verticalHeader()->hide();
    m_technicians->setMinimumHeight(220);
    col->addWidget(m_technicians);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);

    auto *l = new QVBoxLayout(this);
    l->addLayout(bar);
    l->addWidget(m_message);
    l->addWidget(scroll, 1);

    auto modeChanged = [this] {
        const bool month = m_mode->currentIndex() == 0;
        m_month->setVisible(month);
        m_from->setVisible(!month);
        m_to->setVisible(!month);
    };
    connect(m_mode, &QComboBox::currentIndexChanged, this, modeChanged);
    modeChanged();
    connect(show, &QPushButton::clicked, this, &ReportsPage::compute);
    // Stepping through months with the arrows computes once, after the last step.
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(400);
    connect(debounce, &QTimer::timeout, this, &ReportsPage::compute);
    connect(m_month, &QDateEdit::dateChanged, debounce, qOverload<>(&QTimer::start));
    connect(m_compare, &QComboBox::currentIndexChanged, this, &ReportsPage::compute);
    connect(m_trendKpi, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_trend || !m_computed)
            return;
        const auto k = KpiKey(m_trendKpi->currentData().toInt());
        const KpiValue *v = m_data.kpi(k);
        kpicharts::setTrend(m_trend, tr("12-month trend: %1").arg(Kpi::title(k)), m_data.trends, k, v ? v->target : std::nullopt);
    });
    connect(exportButton, &QPushButton::clicked, this, &ReportsPage::exportReport);
    connect(m_technicians, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (row >= 0 && row < m_data.technicians.size())
            openDrillDown(KpiDrillDown::technician(m_services.db.dialect(), m_data.period, m_data.technicians.at(row).id));
    });
    if (!actor.can(Permission::ViewReports)) {
        m_message->setText(tr("Your role cannot read reports."));
        exportButton->setEnabled(false);
        show->setEnabled(false);
    }
}

Period ReportsPage::period() const
{
    const QTimeZone zone = m_services.settings.siteTimeZone();
    if (m_mode->currentIndex() == 0) {
        const QDate d = m_month->date();
        return Period::month(d.year(), d.month(), zone);
    }
    QDate a = m_from->value(), b = m_to->value();
    if (!a.isValid())
        a = m_month->date();
    if (!b.isValid() || b < a)
        b = a;
    return Period::range(a, b, zone);
}

void ReportsPage::setMonth(const QDate &firstDay)
{
    m_mode->setCurrentIndex(0);
    const QSignalBlocker block(m_month);
    m_month->setDate(firstDay);
    compute();
}

void ReportsPage::setRange(const QDate &first, const QDate &last)
{
    m_mode->setCurrentIndex(1);
    m_from->setValue(first);
    m_to->setValue(last);
    compute();
}

ReportsPage::~ReportsPage()
{
    // The workers use only copies and their own connection; wait for them so none outlives the page.
    for (const QPointer<QThread> &w : std::as_const(m_workers))
        if (w) {
            w->wait();
            delete w.data();
        }
}

void ReportsPage::refresh()
{
    // The figures of a large database take a second or two: computed when first shown and on
    // request, not every time another PC saves something.
    if (!m_computed) {
        if (!m_busy)
            compute();
    } else if (isVisible() && !m_busy && !(m_ownWrites.isValid() && m_ownWrites.elapsed() < 5000)) {
        m_message->setText(tr("Data may have changed since these figures were computed; click Show to update them."));
    }
}

void ReportsPage::setBusy(bool busy)
{
    m_busy = busy;
    m_busyBar->setVisible(busy);
    // Arrow with an hourglass: working in the background, still usable (not the blocking wait cursor).
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
    if (busy)
        m_busyBar->setFormat(tr("Computing %1…").arg(period().label()));
}

void ReportsPage::compute()
{
    if (!m_actor.can(Permission::ViewReports))
        return;
    const int request = ++m_request;
    setBusy(true);
    m_ownWrites.start();
    const ReportRequest r = ReportRequest::from(m_services.db, m_actor, period(), m_services.clock.nowUtc());
    auto result = std::make_shared<std::optional<Result<ReportData>>>();
    auto opened = std::make_shared<bool>(false);
    QThread *worker = QThread::create([r, result, opened] { result->emplace(buildReportOnOwnConnection(r, opened.get())); });
    worker->setObjectName(u"report-worker"_s);
    connect(worker, &QThread::finished, this, [this, request, result, opened, worker] {
        m_workers.removeAll(QPointer<QThread>(worker));
        worker->deleteLater();
        if (!result->has_value())
            return;
        if (!*opened && request == m_request) {
            // A second connection is refused (e.g. a server limit): compute here, as before.
            QApplication::setOverrideCursor(Qt::WaitCursor);
            result->emplace(ReportData::build(m_services.kpis, m_services.settings, m_actor, period(), m_services.clock.nowUtc()));
            QApplication::restoreOverrideCursor();
        }
        showResult(request, std::move(**result));
    });
    m_workers << worker;
    worker->start(QThread::LowPriority);
}

bool ReportsPage::waitForResult(int timeoutMs)
{
    if (!m_busy)
        return m_computed;
    QEventLoop loop;
    connect(this, &ReportsPage::computed, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return !m_busy && m_computed;
}

void ReportsPage::showResult(int request, Result<ReportData> data)
{
    if (request != m_request)
        return;   // the user asked for another period meanwhile
    setBusy(false);
    m_ownWrites.start();
    if (!data) {
        m_message->setText(data.error().message);
        Q_EMIT computed();
        return;
    }
    m_data = std::move(*data);
    m_computed = true;
    const bool lastYear = m_compare->currentIndex() == 1;
    const QList<KpiValue> &compared = lastYear ? m_data.lastYearKpis : m_data.previousKpis;
    const QString comparedLabel = lastYear ? m_data.lastYear.label() : m_data.previous.label();
    for (const KpiValue &v : m_data.kpis) {
        const KpiValue *c = nullptr;
        for (const KpiValue &x : compared)
            if (x.key == v.key)
                c = &x;
        m_tiles.value(v.key)->setValue(v, c, comparedLabel);
    }
    QStringList notes;
    if (!m_services.kpis.hasComplaints())
        notes << tr("Complaints are not recorded in this database yet: the complaint rate is empty.");
    m_message->setText(notes.join(u' '));
    buildCharts();
    fillTechnicians();
    Q_EMIT computed();
}

void ReportsPage::setChart(int row, int column, QWidget *chart)
{
    if (QLayoutItem *old = m_charts->itemAtPosition(row, column)) {
        QWidget *w = old->widget();
        m_charts->removeItem(old);
        delete old;
        if (w)
            w->deleteLater();
    }
    m_charts->addWidget(chart, row, column);
}

void ReportsPage::buildCharts()
{
    const Dialect *dlp = &m_services.db.dialect();
    const Period p = m_data.period;
    const auto k = KpiKey(m_trendKpi->currentData().toInt());
    const KpiValue *kv = m_data.kpi(k);
    m_trend = kpicharts::trend(tr("12-month trend: %1").arg(Kpi::title(k)), m_data.trends, k, kv ? kv->target : std::nullopt);
    setChart(0, 0, m_trend);

    QStringList weeks;
    kpicharts::BarSet opened{tr("Opened"), {}}, completed{tr("Completed"), {}};
    for (const WeekRow &w : m_data.weeks) {
        weeks << w.start.toString(u"MM-dd"_s);
        opened.values << double(w.opened);
        completed.values << double(w.completed);
    }
    const QList<WeekRow> weekRows = m_data.weeks;
    setChart(0, 1, kpicharts::bars(tr("Orders opened and completed per week"), weeks, {opened, completed}, [this, weekRows, p, dlp](int set, int i) {
        const Period w = Period::range(weekRows.at(i).start, weekRows.at(i).end, p.zone);
        openDrillDown(set == 0 ? KpiDrillDown::weekOpened(*dlp, w) : KpiDrillDown::weekCompleted(*dlp, w));
    }));

    QStringList ages;
    kpicharts::BarSet open{tr("Open orders"), {}};
    for (const BacklogBucket &b : m_data.backlog) {
        ages << b.label();
        open.values << double(b.orders);
    }
    const QList<BacklogBucket> buckets = m_data.backlog;
    setChart(1, 0, kpicharts::bars(tr("Backlog at period end by age"), ages, {open}, [this, buckets, p, dlp](int, int i) {
        openDrillDown(KpiDrillDown::backlogBucket(*dlp, p, buckets.at(i).minDays, buckets.at(i).maxDays));
    }));

    auto countChart = [this](const QString &title, const QList<CountRow> &rows, int limit, bool money, bool pareto,
                             std::function<DrillDown(const QString &)> drill) {
        QStringList labels;
        kpicharts::BarSet set{title, {}};
        QList<double> cumulative;
        QStringList keys;
        for (int i = 0; i < rows.size() && i < limit; ++i) {
            labels << rows.at(i).label;
            keys << rows.at(i).key;
            set.values << (money ? double(rows.at(i).valueFen) / 100.0 : double(rows.at(i).count));
            cumulative << rows.at(i).cumulative;
        }
        return kpicharts::bars(title, labels, {set}, [this, keys, drill](int, int i) { openDrillDown(drill(keys.at(i))); },
                               pareto ? cumulative : QList<double>{});
    };
    setChart(1, 1, countChart(tr("Faults by product model (Pareto, top 15)"), m_data.faults, 15, false, true,
                              [p, dlp](const QString &key) { return KpiDrillDown::model(*dlp, p, key); }));
    setChart(2, 0, countChart(tr("Complaints by category"), m_data.complaintsByCategory, 10, false, false,
                              [p, dlp](const QString &key) { return KpiDrillDown::complaints(*dlp, p, u"category"_s, key); }));
    setChart(2, 1, countChart(tr("Complaints by responsibility"), m_data.complaintsByResponsibility, 10, false, false,
                              [p, dlp](const QString &key) { return KpiDrillDown::complaints(*dlp, p, u"responsibility"_s, key); }));
    QString partsTitle = tr("Parts consumption by category (yuan)");
    if (m_data.parts.turnover)
        partsTitle += u" · "_s + tr("turnover %1").arg(QString::number(*m_data.parts.turnover, 'f', 2));
    setChart(3, 0, countChart(partsTitle, m_data.parts.byCategory, 12, true, false,
                              [p, dlp](const QString &key) { return KpiDrillDown::partsCategory(*dlp, p, key); }));
}

void ReportsPage::fillTechnicians()
{
    ReportTable t;
    for (const ReportTable &x : m_data.tables())
        if (x.id == u"technicians"_s)
            t = x;
    m_technicians->clear();
    m_technicians->setColumnCount(int(t.columns.size()));
    QStringList headers;
    for (const auto &c : t.columns)
        headers << c.title;
    m_technicians->setHorizontalHeaderLabels(headers);
    m_technicians->setRowCount(int(t.rows.size()));
    for (int r = 0; r < t.rows.size(); ++r)
        for (int c = 0; c < t.columns.size(); ++c) {
            const QVariant v = t.rows.at(r).value(c);
            QString text;
            if (v.isValid() && !v.isNull())
                text = t.columns.at(c).type == ReportTable::Type::Fraction ? QString::number(v.toDouble() * 100.0, 'f', 1) + u" %"_s
                                                                           : v.toString();
            auto *item = new QTableWidgetItem(text);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_technicians->setItem(r, c, item);
        }
    m_technicians->resizeColumnsToContents();
}

void ReportsPage::kpiMenu(KpiKey key)
{
    if (!m_computed)
        return;
    if (!Kpi::isRate(key)) {
        openKpi(key, KpiDrillDown::Part::Denominator);
        return;
    }
    QMenu menu(this);
    menu.addAction(tr("Records counted (numerator)"), this, [this, key] { openKpi(key, KpiDrillDown::Part::Numerator); });
    menu.addAction(tr("All records (denominator)"), this, [this, key] { openKpi(key, KpiDrillDown::Part::Denominator); });
    if (key != KpiKey::RepeatRepair && key != KpiKey::ComplaintRate)
        menu.addAction(tr("Records that missed"), this, [this, key] { openKpi(key, KpiDrillDown::Part::Missed); });
    menu.exec(QCursor::pos());
}

void ReportsPage::openKpi(KpiKey key, KpiDrillDown::Part part)
{
    const KpiValue *v = m_data.kpi(key);
    if (v && !v->available) {
        m_message->setText(tr("%1: the records are not kept in this database.").arg(Kpi::title(key)));
        return;
    }
    openDrillDown(KpiDrillDown::kpi(m_services.db.dialect(), key, part, m_data.period));
}

void ReportsPage::openDrillDown(const DrillDown &drill)
{
    DrillDownDialog dlg(m_services.db, drill, this);
    connect(&dlg, &DrillDownDialog::orderActivated, this, &ReportsPage::orderActivated);
    dlg.exec();
}

void ReportsPage::exportReport()
{
    if (m_busy || !m_computed) {
        if (!m_busy)
            compute();
        m_message->setText(tr("The figures are being computed; export the report when they are shown."));
        return;
    }
    ReportExportDialog dlg(m_data, this);
    dlg.exec();
}

void ReportsPage::saveState(QSettings &s) const
{
    s.setValue(u"reports/compare"_s, m_compare->currentIndex());
    s.setValue(u"reports/trendKpi"_s, m_trendKpi->currentIndex());
}

void ReportsPage::restoreState(QSettings &s)
{
    m_compare->setCurrentIndex(s.value(u"reports/compare"_s, 0).toInt());
    m_trendKpi->setCurrentIndex(s.value(u"reports/trendKpi"_s, 0).toInt());
}

void ReportsPage::screenshotDialogs(const Shoot &shoot)
{
    if (!m_computed && !m_busy)
        compute();
    waitForResult();
    shoot(u"reports-computed"_s, this);   // the page once the figures are shown (the page shot shows the busy state)
    show();
    DrillDownDialog drill(m_services.db, KpiDrillDown::kpi(m_services.db.dialect(), KpiKey::OnTimeCompletion, KpiDrillDown::Part::Missed,
                                                           m_data.period),
                          this);
    shoot(u"report-drilldown"_s, &drill);
    ReportExportDialog exportDialog(m_data, this);
    shoot(u"report-export"_s, &exportDialog);
}

} // namespace as
