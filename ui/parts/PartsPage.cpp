#include "parts/PartsPage.h"

#include "import/ImportWizard.h"
#include "parts/MovementDialog.h"
#include "parts/PartDetailDialog.h"
#include "parts/PartDialog.h"
#include "parts/PurchaseRequestsView.h"
#include "parts/QueryListModel.h"
#include "services/PartQueries.h"
#include "services/Services.h"
#include "storage/Database.h"
#include "widgets/ListPageWiring.h"
#include "widgets/ListView.h"

#include <QCheckBox>
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
using K = QueryListModel::Kind;
}

PartsPage::PartsPage(Services &services, const Actor &actor, QWidget *parent)
    : Page(parent), m_services(services), m_actor(actor)
{
    m_model = new QueryListModel(services.db,
                                 {{tr("Code"), K::Text}, {tr("Name"), K::Text}, {tr("Specification"), K::Text},
                                  {tr("Category"), K::Text}, {tr("Compatible models"), K::Text}, {tr("Bin"), K::Text},
                                  {tr("Unit"), K::Text}, {tr("On hand"), K::Number}, {tr("Safety stock"), K::Number},
                                  {tr("Cost price"), K::Money}, {tr("Sale price"), K::Money}, {tr("Supplier"), K::Text}},
                                 this);
    m_model->setHighlight([](int column, const QVector<QVariant> &row) -> QVariant {
        if (column != PartQueries::OnHand)
            return {};
        const qint64 safety = row.value(PartQueries::SafetyStock).toLongLong();
        return safety > 0 && row.value(PartQueries::OnHand).toLongLong() <= safety ? QVariant(QColor(0xb0, 0x20, 0x20)) : QVariant();
    });
    m_reorder = new QueryListModel(services.db,
                                   {{tr("Code"), K::Text}, {tr("Name"), K::Text}, {tr("On hand"), K::Number},
                                    {tr("Safety stock"), K::Number}, {tr("Reorder quantity"), K::Number},
                                    {tr("Supplier"), K::Text}, {tr("Requested"), K::Number}},
                                   this);
    m_slow = new QueryListModel(services.db,
                                {{tr("Code"), K::Text}, {tr("Name"), K::Text}, {tr("Category"), K::Text}, {tr("On hand"), K::Number},
                                 {tr("Stock value"), K::Money}, {tr("Last issue"), K::DateTime}},
                                this);
    m_defective = new QueryListModel(services.db,
                                     {{tr("Date"), K::DateTime}, {tr("Code"), K::Text}, {tr("Name"), K::Text},
                                      {tr("Location"), K::Text}, {tr("Kind"), K::DefectKind}, {tr("Quantity"), K::Number},
                                      {tr("Value"), K::Money}, {tr("Note"), K::Text}},
                                     this);
    m_purchases = new PurchaseRequestsView(services, actor);
    m_slowDays = new QComboBox;
    m_slowDays->setObjectName(u"slowDays"_s);
    m_slowDays->addItem(tr("No issue in 90 days"), 90);
    m_slowDays->addItem(tr("No issue in 180 days"), 180);
    connect(m_slowDays, &QComboBox::currentIndexChanged, this, &PartsPage::reloadReports);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"partsTabs"_s);
    m_tabs->addTab(buildPartsTab(), tr("Parts"));
    m_tabs->addTab(buildReportsTab(m_reorder, &m_reorderView), tr("Reorder list"));
    m_tabs->addTab(m_purchases, tr("Purchase requests"));
    m_tabs->addTab(buildReportsTab(m_slow, &m_slowView, m_slowDays), tr("Slow-moving"));
    m_tabs->addTab(buildReportsTab(m_defective, &m_defectiveView), tr("Defective stock"));
    connect(m_purchases, &PurchaseRequestsView::stockChanged, this, &PartsPage::refresh);
    connect(m_reorderView, &ListView::rowActivated, this, [this](int row) { openPart(m_reorder->keyAt(row)); });
    connect(m_slowView, &ListView::rowActivated, this, [this](int row) { openPart(m_slow->keyAt(row)); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    applyFilter();
    reloadReports();
}

QWidget *PartsPage::buildPartsTab()
{
    auto *w = new QWidget;
    auto *title = new QLabel(tr("Parts & stock"));
    title->setObjectName(u"pageTitle"_s);
    m_search = new QLineEdit;
    m_search->setObjectName(u"partSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search by code, name, specification or compatible model"));
    m_search->setMinimumWidth(320);
    m_category = new QComboBox;
    m_category->setObjectName(u"categoryFilter"_s);
    m_category->addItem(tr("All categories"), QString());
    if (auto cats = m_services.parts.categories())
        for (const QString &c : *cats)
            m_category->addItem(c, c);
    m_location = new QComboBox;
    m_location->setObjectName(u"locationFilter"_s);
    m_location->addItem(tr("All locations"), 0);
    if (auto locs = m_services.parts.locations())
        for (const StockLocation &l : *locs)
            m_location->addItem(QString(l.code + u" – "_s + l.name), l.id);
    m_below = new QCheckBox(tr("At or below safety stock"));
    m_below->setObjectName(u"belowSafety"_s);
    m_count = new QLabel;
    m_error = new QLabel;
    m_error->setObjectName(u"errorLabel"_s);
    m_error->hide();

    m_view = new ListView;
    m_view->setObjectName(u"partList"_s);
    m_view->setModel(m_model);
    m_view->sortByColumn(PartQueries::Code, Qt::AscendingOrder);
    m_view->horizontalHeader()->resizeSection(PartQueries::Code, 120);
    m_view->horizontalHeader()->resizeSection(PartQueries::Name, 220);
    m_view->horizontalHeader()->resizeSection(PartQueries::Models, 180);

    listpage::wireSearch(m_search, &m_debounce, m_view, m_model, [this] { applyFilter(); }, [this] {
        if (m_model->rowCount() == 1)
            openPart(m_model->keyAt(0));   // a scanned or typed code opens the part at once
    });
    connect(m_category, &QComboBox::currentIndexChanged, this, &PartsPage::applyFilter);
    connect(m_location, &QComboBox::currentIndexChanged, this, [this] {
        applyFilter();
        reloadReports();
    });
    connect(m_below, &QCheckBox::toggled, this, &PartsPage::applyFilter);
    connect(m_view, &ListView::rowActivated, this, [this](int row) { openPart(m_model->keyAt(row)); });
    listpage::wireModel(m_model, m_error, [this] { updateCount(); });

    auto *bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addSpacing(12);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_category);
    bar->addWidget(m_location);
    bar->addWidget(m_below);
    auto *actions = new QHBoxLayout;
    auto button = [&](const QString &text, const QString &name, bool visible, auto fn) {
        auto *b = new QPushButton(text);
        b->setObjectName(name);
        b->setVisible(visible);
        connect(b, &QPushButton::clicked, this, fn);
        actions->addWidget(b);
    };
    const bool post = m_actor.can(Permission::PostStock);
    button(tr("&New part…"), u"newPart"_s, m_actor.can(Permission::ManageParts), [this] { newPart(); });
    button(tr("&Receive…"), u"receive"_s, post, [this] { postMovement(int(MovementType::Receipt)); });
    button(tr("&Issue to order…"), u"issue"_s, post, [this] { postMovement(int(MovementType::Issue)); });
    button(tr("Re&turn from order…"), u"return"_s, post, [this] { postMovement(int(MovementType::Return)); });
    button(tr("&Sell…"), u"sale"_s, post, [this] { postMovement(int(MovementType::Sale)); });
    button(tr("Trans&fer…"), u"transfer"_s, post, [this] { postMovement(int(MovementType::Transfer)); });
    button(tr("Scra&p…"), u"scrap"_s, post, [this] { postMovement(int(MovementType::Scrap)); });
    actions->addStretch(1);
    button(tr("Import parts…"), u"importParts"_s, m_actor.can(Permission::ManageParts), [this] {
        if (ImportWizard::run(m_services, m_actor, u"parts"_s, this))
            refresh();
    });
    button(tr("Import movements…"), u"importMovements"_s, m_actor.can(Permission::PostStock), [this] {
        if (ImportWizard::run(m_services, m_actor, u"movements"_s, this))
            refresh();
    });
    auto *layout = new QVBoxLayout(w);
    layout->addLayout(bar);
    layout->addLayout(actions);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    return w;
}

QWidget *PartsPage::buildReportsTab(QueryListModel *model, ListView **view, QWidget *extra)
{
    auto *w = new QWidget;
    *view = new ListView;
    (*view)->setModel(model);
    (*view)->horizontalHeader()->resizeSection(1, 240);
    auto *layout = new QVBoxLayout(w);
    if (extra) {
        auto *bar = new QHBoxLayout;
        bar->addWidget(extra);
        bar->addStretch(1);
        layout->addLayout(bar);
    }
    layout->addWidget(*view, 1);
    return w;
}

void PartsPage::applyFilter()
{
    m_error->hide();
    PartQueries::Filter f;
    f.search = m_search->text();
    f.category = m_category->currentData().toString();
    f.locationId = m_location->currentData().toLongLong();
    f.belowSafety = m_below->isChecked();
    m_model->setQuery(PartQueries::list(m_services.db.dialect(), f));
}

void PartsPage::reloadReports()
{
    m_reorder->setQuery(PartQueries::reorder(m_location->currentData().toLongLong()));
    m_slow->setQuery(PartQueries::slowMoving(m_services.clock.nowUtc().addDays(-m_slowDays->currentData().toInt())));
    m_defective->setQuery(PartQueries::defective());
}

void PartsPage::updateCount()
{
    listpage::showCount(m_count, m_model, tr("Showing the first %1 parts; scroll for more.").arg(m_model->rowCount()),
                        tr("%n part(s)", nullptr, m_model->rowCount()));
}

void PartsPage::refresh()
{
    m_model->refresh();
    m_reorder->refresh();
    m_slow->refresh();
    m_defective->refresh();
    m_purchases->reload();
}

int PartsPage::loadedRows() const
{
    return m_model->rowCount();
}

void PartsPage::saveState(QSettings &s) const
{
    m_view->saveLayout(s, pageId());
}

void PartsPage::restoreState(QSettings &s)
{
    m_view->restoreLayout(s, pageId());
}

void PartsPage::screenshotDialogs(const Shoot &shoot)
{
    for (int i = 1; i < m_tabs->count(); ++i) {
        m_tabs->setCurrentIndex(i);
        shoot(u"parts-tab-"_s + QString::number(i), this);
    }
    m_tabs->setCurrentIndex(0);
    PartDialog create(m_services, m_actor, this);
    shoot(u"part-new"_s, &create);
    MovementDialog receipt(m_services, m_actor, MovementType::Receipt, this);
    MovementDialog transfer(m_services, m_actor, MovementType::Transfer, this);
    if (m_model->rowCount() > 0) {
        const QString code = m_model->rawValue(0, PartQueries::Code).toString();
        receipt.setPartCode(code);
        transfer.setPartCode(code);
        PartDetailDialog detail(m_services, m_actor, m_model->keyAt(0), this);
        shoot(u"part-detail"_s, &detail);
    }
    shoot(u"stock-receipt"_s, &receipt);
    shoot(u"stock-transfer"_s, &transfer);
}

void PartsPage::newPart()
{
    PartDialog dlg(m_services, m_actor, this);
    if (dlg.exec() != QDialog::Accepted)
        return;
    m_model->refresh();
    openPart(dlg.partId());
}

void PartsPage::postMovement(int type)
{
    MovementDialog dlg(m_services, m_actor, MovementType(type), this);
    const int row = m_view->currentIndex().row();
    if (row >= 0)
        dlg.setPartCode(m_model->rawValue(row, PartQueries::Code).toString());
    if (m_location->currentData().toLongLong() > 0)
        dlg.setLocation(m_location->currentData().toLongLong());
    if (dlg.exec() == QDialog::Accepted)
        refresh();
}

void PartsPage::openPart(qint64 id)
{
    if (id <= 0)
        return;
    PartDetailDialog dlg(m_services, m_actor, id, this);
    connect(&dlg, &PartDetailDialog::partChanged, this, &PartsPage::refresh);
    dlg.exec();
}

} // namespace as
