#include "followups/FollowUpsPage.h"

#include "followups/CallPanel.h"
#include "followups/FollowUpListModel.h"
#include "followups/FollowUpStatsView.h"
#include "orders/NewOrderDialog.h"
#include "services/Services.h"
#include "storage/Database.h"
#include "widgets/ListPageWiring.h"
#include "widgets/ErrorLabel.h"
#include "widgets/ListView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace as {

using View = FollowUpQueries::View;

FollowUpsPage::FollowUpsPage(Services &services, const Actor &actor, QWidget *parent)
    : Page(parent), m_services(services), m_actor(actor)
{
    auto *title = new QLabel(tr("Follow-up calls"));
    title->setObjectName(u"pageTitle"_s);
    m_search = new QLineEdit;
    m_search->setObjectName(u"followUpSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search by customer name or phone"));
    m_viewBox = new QComboBox;
    m_viewBox->setObjectName(u"queueView"_s);
    m_viewBox->addItem(tr("To call now (due today and overdue)"), int(View::CallNow));
    m_viewBox->addItem(tr("Due today"), int(View::DueToday));
    m_viewBox->addItem(tr("Overdue"), int(View::Overdue));
    m_viewBox->addItem(tr("Upcoming (next 7 days)"), int(View::Upcoming));
    m_viewBox->addItem(tr("All calls to make"), int(View::AllPending));
    m_viewBox->addItem(tr("Finished calls"), int(View::Finished));
    m_count = new QLabel;
    m_error = makeErrorLabel();

    const QTimeZone site = services.settings.siteTimeZone();
    const Clock &clock = services.clock;
    m_model = new FollowUpListModel(
        services.db, actor, [&clock] { return clock.nowUtc(); },
        [&clock, site] { return clock.nowUtc().toTimeZone(site).date(); }, this);
    m_view = new ListView;
    m_view->setObjectName(u"followUpList"_s);
    m_view->setModel(m_model);
    m_view->sortByColumn(FollowUpQueries::Due, Qt::AscendingOrder);
    m_view->setColumnHidden(FollowUpQueries::Months, true);
    auto *h = m_view->horizontalHeader();
    h->resizeSection(FollowUpQueries::Due, 100);
    h->resizeSection(FollowUpQueries::Kind, 150);
    h->resizeSection(FollowUpQueries::Phone, 110);
    h->resizeSection(FollowUpQueries::Order, 140);
    h->resizeSection(FollowUpQueries::NextCall, 130);
    h->resizeSection(FollowUpQueries::DoneAt, 130);

    m_panel = new CallPanel(services, actor);
    m_panel->setObjectName(u"callPanel"_s);
    m_panel->openNewOrder = [this](qint64 c, qint64 p, const QString &note) { return newOrderFor(c, p, note); };
    auto *split = new QSplitter;
    split->addWidget(m_view);
    split->addWidget(m_panel);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({720, 480});

    auto *cancel = new QPushButton(tr("Cancel this call…"));
    cancel->setObjectName(u"cancelFollowUp"_s);
    cancel->setVisible(actor.can(Permission::RecordFollowUps));
    connect(cancel, &QPushButton::clicked, this, &FollowUpsPage::cancelCurrent);

    auto *queue = new QWidget;
    auto *queueLayout = new QVBoxLayout(queue);
    queueLayout->setContentsMargins(0, 0, 0, 0);
    queueLayout->addWidget(split, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(cancel);
    queueLayout->addLayout(bottom);

    m_stats = new FollowUpStatsView(services);
    m_tabs = new QTabWidget;
    m_tabs->addTab(queue, tr("Call queue"));
    m_tabs->addTab(m_stats, tr("Coverage and satisfaction"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int i) {
        if (i == 1)
            m_stats->reload();
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addSpacing(16);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_viewBox);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &FollowUpsPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(m_viewBox, &QComboBox::currentIndexChanged, this, &FollowUpsPage::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FollowUpsPage::showCurrent);
    connect(m_view, &ListView::rowActivated, this, [this](int) { m_panel->setFocus(); });
    connect(m_panel, &CallPanel::recorded, this, &FollowUpsPage::afterRecord);
    listpage::wireModel(m_model, m_error, [this] { updateCount(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &FollowUpsPage::showCurrent);
    updateCount();
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);   // the first call to make, ready for the agent
}

void FollowUpsPage::applyFilter()
{
    m_error->hide();
    FollowUpQueries::Filter f;
    f.view = View(m_viewBox->currentData().toInt());
    f.search = m_search->text();
    m_model->setFilter(f);
    m_view->sortByColumn(f.view == View::Finished ? FollowUpQueries::DoneAt : FollowUpQueries::Due,
                         f.view == View::Finished ? Qt::DescendingOrder : Qt::AscendingOrder);
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
}

void FollowUpsPage::updateCount()
{
    listpage::showCount(m_count, m_model, tr("Showing the first %1 calls; scroll for more.").arg(m_model->rowCount()),
                        tr("%n call(s)", nullptr, m_model->rowCount()));
}

void FollowUpsPage::showCurrent()
{
    const QModelIndex i = m_view->currentIndex();
    m_panel->setFollowUp(i.isValid() ? m_model->keyAt(i.row()) : 0);
}

void FollowUpsPage::afterRecord(qint64 followUpId)
{
    // The recorded call leaves the queue (or waits for its retry): go on with the call now in its place.
    int row = m_model->rowOfKey(followUpId);
    m_model->refresh();
    if (row < 0)
        row = 0;
    row = std::min(row, m_model->rowCount() - 1);
    if (row >= 0) {
        m_view->selectRow(row);
        m_view->setCurrentIndex(m_model->index(row, 0));
    }
    showCurrent();
    m_view->setFocus();
    updateCount();
}

void FollowUpsPage::cancelCurrent()
{
    const qint64 id = m_panel->followUpId();
    if (id == 0)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Cancel follow-up call"),
                                                 tr("Reason (for example: customer asked not to be called):"), QLineEdit::Normal,
                                                 QString(), &ok);
    if (!ok)
        return;
    auto f = m_services.followups.get(id);
    Status st = f ? m_services.followups.cancel(m_actor, id, f->rowVersion, reason) : Status(f.error());
    if (!st.ok()) {
        m_error->setText(st.error().message);
        m_error->show();
        return;
    }
    afterRecord(id);
}

qint64 FollowUpsPage::newOrderFor(qint64 customerId, qint64 productId, const QString &note)
{
    NewOrderDialog dlg(m_services, m_actor, this);
    dlg.prefill(customerId, productId, note);
    if (dlg.exec() != QDialog::Accepted)
        return 0;
    return dlg.orderId();
}

void FollowUpsPage::refresh()
{
    const qint64 keep = m_panel->followUpId();
    m_model->refresh();
    const int row = m_model->rowOfKey(keep);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
    updateCount();
}

int FollowUpsPage::loadedRows() const
{
    return m_model->rowCount();
}

void FollowUpsPage::saveState(QSettings &s) const
{
    m_view->saveLayout(s, pageId());
}

void FollowUpsPage::restoreState(QSettings &s)
{
    m_view->restoreLayout(s, pageId());
    m_view->setColumnHidden(FollowUpQueries::Months, true);
}

void FollowUpsPage::screenshotDialogs(const Shoot &shoot)
{
    m_tabs->setCurrentIndex(1);
    shoot(u"followups-stats"_s, this);
    m_tabs->setCurrentIndex(0);
    m_viewBox->setCurrentIndex(m_viewBox->findData(int(View::AllPending)));
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    shoot(u"followups-all-pending"_s, this);
    m_viewBox->setCurrentIndex(0);
}

} // namespace as
