#include "complaints/ComplaintsPage.h"

#include "calendar/SlaPolicy.h"
#include "complaints/ComplaintActions.h"
#include "complaints/ComplaintAnalysisView.h"
#include "complaints/ComplaintListModel.h"
#include "complaints/ComplaintStepDialog.h"
#include "complaints/ComplaintWindow.h"
#include "complaints/LinkOrdersDialog.h"
#include "complaints/NewComplaintDialog.h"
#include "import/ImportWizard.h"
#include "services/Services.h"
#include "storage/Database.h"
#include "widgets/ListPageWiring.h"
#include "widgets/DateField.h"
#include "widgets/ListView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace as {

namespace {
constexpr auto kOpen = "open";
template <typename E>
QComboBox *filterCombo(const QString &name, const QString &all)
{
    auto *c = new QComboBox;
    c->setObjectName(name);
    c->addItem(all, QString());
    for (E v : allValues<E>())
        c->addItem(labelOf(v), codeOf(v));
    return c;
}
} // namespace

ComplaintsPage::ComplaintsPage(Services &services, const Actor &actor, QWidget *parent)
    : Page(parent), m_services(services), m_actor(actor)
{
    auto *title = new QLabel(tr("Complaints"));
    title->setObjectName(u"pageTitle"_s);
    m_search = new QLineEdit;
    m_search->setObjectName(u"complaintSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search by number, customer, phone or words of the complaint"));
    m_search->setMinimumWidth(320);
    m_status = new QComboBox;
    m_status->setObjectName(u"statusFilter"_s);
    m_status->addItem(tr("All states"), QString());
    m_status->addItem(tr("Open complaints"), QString::fromLatin1(kOpen));
    for (ComplaintStatus s : allValues<ComplaintStatus>())
        m_status->addItem(labelOf(s), codeOf(s));
    m_category = filterCombo<ComplaintCategory>(u"categoryFilter"_s, tr("All categories"));
    m_responsibility = filterCombo<Responsibility>(u"responsibilityFilter"_s, tr("Any responsibility"));
    m_severity = filterCombo<ComplaintSeverity>(u"severityFilter"_s, tr("Any severity"));
    m_deadline = new QComboBox;
    m_deadline->setObjectName(u"deadlineFilter"_s);
    m_deadline->addItem(tr("Any deadline"), QString());
    m_deadline->addItem(tr("Overdue"), u"overdue"_s);
    m_deadline->addItem(tr("Due soon"), u"soon"_s);
    m_count = new QLabel;
    m_error = new QLabel;
    m_error->setObjectName(u"errorLabel"_s);
    m_error->hide();

    const QTimeZone site = services.settings.siteTimeZone();
    const Clock &clock = services.clock;
    m_model = new ComplaintListModel(services.db, actor, site, [&clock] { return clock.nowUtc(); }, this);
    m_view = new ListView;
    m_view->setObjectName(u"complaintList"_s);
    m_view->setModel(m_model);
    m_view->sortByColumn(ComplaintQueries::Received, Qt::DescendingOrder);
    auto *h = m_view->horizontalHeader();
    h->resizeSection(ComplaintQueries::Number, 140);
    h->resizeSection(ComplaintQueries::Received, 130);
    h->resizeSection(ComplaintQueries::Status, 135);
    h->resizeSection(ComplaintQueries::Category, 120);
    h->resizeSection(ComplaintQueries::Due, 160);
    h->resizeSection(ComplaintQueries::Model, 140);
    h->resizeSection(ComplaintQueries::Content, 260);
    m_analysis = new ComplaintAnalysisView(services);
    m_analysis->setObjectName(u"complaintAnalysis"_s);

    listpage::wireSearch(m_search, &m_debounce, m_view, m_model, [this] { applyFilter(); });
    for (QComboBox *c : {m_status, m_category, m_responsibility, m_severity, m_deadline})
        connect(c, &QComboBox::currentIndexChanged, this, &ComplaintsPage::applyFilter);
    connect(m_view, &ListView::rowActivated, this, [this](int row) { openComplaint(m_model->keyAt(row)); });
    listpage::wireModel(m_model, m_error, [this] { updateCount(); });

    auto *bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addSpacing(16);
    bar->addWidget(m_search, 1);
    m_actions = new QHBoxLayout;
    bar->addLayout(m_actions);
    auto *add = new QPushButton(tr("&New complaint…"));
    add->setObjectName(u"newComplaint"_s);
    add->setVisible(actor.can(Permission::HandleComplaints));
    connect(add, &QPushButton::clicked, this, &ComplaintsPage::newComplaint);
    m_actions->addWidget(add);
    complaints::addPrintButton(m_actions, this, services, actor, [this] { return currentComplaintId(); });
    auto *import = new QPushButton(tr("&Import…"));
    import->setObjectName(u"importComplaints"_s);
    import->setVisible(actor.can(Permission::Import));
    connect(import, &QPushButton::clicked, this, [this] {
        if (ImportWizard::run(m_services, m_actor, u"complaints"_s, this))
            refresh();
    });
    m_actions->addWidget(import);

    auto *filters = new QHBoxLayout;
    for (QComboBox *c : {m_status, m_category, m_responsibility, m_severity, m_deadline})
        filters->addWidget(c);
    m_received.build(filters, u"received"_s, tr("Received &from"), tr("&to"), &m_debounce);
    filters->addStretch(1);
    auto *listTab = new QWidget;
    auto *listLayout = new QVBoxLayout(listTab);
    listLayout->setContentsMargins(0, 4, 0, 0);
    listLayout->addLayout(filters);
    listLayout->addWidget(m_error);
    listLayout->addWidget(m_view, 1);
    listLayout->addWidget(m_count);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"complaintTabs"_s);
    m_tabs->addTab(listTab, tr("List"));
    m_tabs->addTab(m_analysis, tr("Analysis"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int i) {
        if (i == 1)
            m_analysis->refresh();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);
    updateCount();
}

void ComplaintsPage::applyFilter()
{
    m_error->hide();
    ComplaintQueries::Filter f;
    f.search = m_search->text();
    const QString status = m_status->currentData().toString();
    if (status == QLatin1StringView(kOpen))
        f.openOnly = true;
    else if (auto s = fromCode<ComplaintStatus>(status))
        f.statuses = {*s};
    f.category = fromCode<ComplaintCategory>(m_category->currentData().toString());
    f.responsibility = fromCode<Responsibility>(m_responsibility->currentData().toString());
    f.severity = fromCode<ComplaintSeverity>(m_severity->currentData().toString());
    f.overdueOnly = m_deadline->currentData().toString() == u"overdue"_s;
    f.dueSoonOnly = m_deadline->currentData().toString() == u"soon"_s;
    f.receivedFrom = m_received.from->value();
    f.receivedTo = m_received.to->value();
    QString message;
    if (!m_received.valid(&message, tr("The \"received to\" date is before the \"received from\" date."))) {
        m_error->setText(message);
        m_error->show();
        return;
    }
    m_model->setFilter(f);
}

void ComplaintsPage::updateCount()
{
    listpage::showCount(m_count, m_model, tr("Showing the first %1 complaints; scroll for more.").arg(m_model->rowCount()),
                        tr("%n complaint(s)", nullptr, m_model->rowCount()));
}

void ComplaintsPage::newComplaint()
{
    NewComplaintDialog dlg(m_services, m_actor, this);
    if (dlg.exec() != QDialog::Accepted)
        return;
    m_model->refresh();
    openComplaint(dlg.complaintId());
}

void ComplaintsPage::openComplaint(qint64 id)
{
    complaints::openComplaint(this, m_services, m_actor, id);
    m_model->refresh();
}

void ComplaintsPage::screenshotDialogs(const Shoot &shoot)
{
    NewComplaintDialog dlg(m_services, m_actor, this);
    auto order = m_services.db.scalar(u"SELECT id FROM service_orders WHERE status = 'closed' ORDER BY id LIMIT 1"_s);
    if (order && !order->isNull())
        dlg.selectOrder(order->toLongLong());
    shoot(u"complaint-new"_s, &dlg);
    auto id = m_services.db.scalar(u"SELECT id FROM complaints WHERE status = 'remedy_proposed' ORDER BY id DESC LIMIT 1"_s);
    if (id && !id->isNull()) {
        ComplaintWindow w(m_services, m_actor, id->toLongLong(), this);
        shoot(u"complaint-window"_s, &w);
        w.tabs()->setCurrentIndex(1);
        shoot(u"complaint-window-timeline"_s, &w);
        ComplaintStepDialog step(m_services, m_actor, w.complaint(), ComplaintStatus::Approved, this);
        shoot(u"complaint-step-approve"_s, &step);
        LinkOrdersDialog link(m_services, m_actor, w.complaint(), this);
        shoot(u"complaint-link-orders"_s, &link);
    }
    auto informed = m_services.db.scalar(u"SELECT id FROM complaints WHERE status = 'investigating' ORDER BY id DESC LIMIT 1"_s);
    if (informed && !informed->isNull()) {
        auto c = m_services.complaints.get(informed->toLongLong());
        if (c) {
            ComplaintStepDialog step(m_services, m_actor, *c, ComplaintStatus::RemedyProposed, this);
            shoot(u"complaint-step-remedy"_s, &step);
        }
    }
    m_tabs->setCurrentIndex(1);
    shoot(u"complaint-analysis"_s, this);
    m_tabs->setCurrentIndex(0);
}

qint64 ComplaintsPage::currentComplaintId() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? m_model->keyAt(i.row()) : 0;
}

void ComplaintsPage::refresh()
{
    m_model->refresh();
    if (m_tabs->currentIndex() == 1)
        m_analysis->refresh();
}

int ComplaintsPage::loadedRows() const
{
    return m_model->rowCount();
}

void ComplaintsPage::saveState(QSettings &s) const
{
    m_view->saveLayout(s, pageId());
}

void ComplaintsPage::restoreState(QSettings &s)
{
    m_view->restoreLayout(s, pageId());
}

} // namespace as
