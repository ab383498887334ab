#include "orders/OrdersPage.h"

#include "orders/NewOrderDialog.h"
#include "orders/OrderListModel.h"
#include "orders/OrderWindow.h"
#include "services/Services.h"
#include "storage/Database.h"
#include "widgets/ListPageWiring.h"
#include "widgets/DateField.h"
#include "widgets/ListView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace as {

namespace {
// Status filter entries: all, open ones, then each status (data: code, or "" / "open").
constexpr auto kOpen = "open";
} // namespace

OrdersPage::OrdersPage(Services &services, const Actor &actor, QWidget *parent)
    : Page(parent), m_services(services), m_actor(actor)
{
    auto *title = new QLabel(tr("Service orders"));
    title->setObjectName(u"pageTitle"_s);
    m_search = new QLineEdit;
    m_search->setObjectName(u"orderSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search by order number, phone, name or serial number"));
    m_search->setMinimumWidth(340);

    m_status = new QComboBox;
    m_status->setObjectName(u"statusFilter"_s);
    m_status->addItem(tr("All statuses"), QString());
    m_status->addItem(tr("Open orders"), QString::fromLatin1(kOpen));
    for (OrderStatus s : allValues<OrderStatus>())
        m_status->addItem(labelOf(s), codeOf(s));
    m_technician = new QComboBox;
    m_technician->setObjectName(u"technicianFilter"_s);
    fillTechnicians();
    m_category = new QComboBox;
    m_category->setObjectName(u"categoryFilter"_s);
    m_category->addItem(tr("All categories"), QString());
    for (OrderCategory c : allValues<OrderCategory>())
        m_category->addItem(labelOf(c), codeOf(c));
    m_warranty = new QComboBox;
    m_warranty->setObjectName(u"warrantyFilter"_s);
    m_warranty->addItem(tr("In and out of warranty"), QString());
    for (WarrantyStatus w : allValues<WarrantyStatus>())
        m_warranty->addItem(labelOf(w), codeOf(w));
    m_overdue = new QCheckBox(tr("&Overdue only"));
    m_overdue->setObjectName(u"overdueOnly"_s);

    m_count = new QLabel;
    m_error = new QLabel;
    m_error->setObjectName(u"errorLabel"_s);
    m_error->hide();

    const QTimeZone site = services.settings.siteTimeZone();
    const Clock &clock = services.clock;
    m_model = new OrderListModel(services.db, actor, site, [&clock] { return clock.nowUtc(); }, this);
    m_view = new ListView;
    m_view->setObjectName(u"orderList"_s);
    m_view->setModel(m_model);
    m_view->sortByColumn(OrderQueries::Opened, Qt::DescendingOrder);
    auto *h = m_view->horizontalHeader();
    h->resizeSection(OrderQueries::Number, 140);
    h->resizeSection(OrderQueries::Opened, 130);
    h->resizeSection(OrderQueries::Phone, 110);
    h->resizeSection(OrderQueries::Serial, 120);
    h->resizeSection(OrderQueries::Appointment, 130);
    h->resizeSection(OrderQueries::Symptom, 240);

    listpage::wireSearch(m_search, &m_debounce, m_view, m_model, [this] { applyFilter(); });
    for (QComboBox *c : {m_status, m_technician, m_category, m_warranty})
        connect(c, &QComboBox::currentIndexChanged, this, &OrdersPage::applyFilter);
    connect(m_overdue, &QCheckBox::toggled, this, &OrdersPage::applyFilter);
    connect(m_view, &ListView::rowActivated, this, [this](int row) { Q_EMIT orderActivated(m_model->keyAt(row)); });
    listpage::wireModel(m_model, m_error, [this] { updateCount(); });

    auto *bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addSpacing(16);
    bar->addWidget(m_search, 1);
    m_actions = new QHBoxLayout;
    bar->addLayout(m_actions);
    auto *add = new QPushButton(tr("&New order…"));
    add->setObjectName(u"newOrder"_s);
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    add->setToolTip(tr("Ctrl+N"));
    add->setVisible(actor.can(Permission::CreateOrders));
    connect(add, &QPushButton::clicked, this, &OrdersPage::newOrder);
    m_actions->addWidget(add);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_status);
    filters->addWidget(m_technician);
    filters->addWidget(m_category);
    filters->addWidget(m_warranty);
    m_opened.build(filters, u"opened"_s, tr("Opened &from"), tr("&to"), &m_debounce);
    filters->addSpacing(8);
    filters->addWidget(m_overdue);
    filters->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(filters);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    updateCount();
}

void OrdersPage::fillTechnicians()
{
    m_technician->clear();
    m_technician->addItem(tr("All technicians"), 0);
    m_technician->addItem(tr("Unassigned"), -1);
    auto techs = m_services.users.list(Role::Technician, false);
    if (techs)
        for (const User &u : *techs)
            m_technician->addItem(u.displayName, u.id);
}

void OrdersPage::applyFilter()
{
    m_error->hide();
    OrderQueries::Filter f;
    f.search = m_search->text();
    const QString status = m_status->currentData().toString();
    if (status == QLatin1StringView(kOpen))
        f.openOnly = true;
    else if (auto s = fromCode<OrderStatus>(status))
        f.statuses = {*s};
    f.technicianId = m_technician->currentData().toLongLong();
    f.category = fromCode<OrderCategory>(m_category->currentData().toString());
    f.warranty = fromCode<WarrantyStatus>(m_warranty->currentData().toString());
    f.openedFrom = m_opened.from->value();
    f.openedTo = m_opened.to->value();
    f.overdueOnly = m_overdue->isChecked();
    QString message;
    if (!m_opened.valid(&message, tr("The \"opened to\" date is before the \"opened from\" date."))) {
        m_error->setText(message);
        m_error->show();
        return;
    }
    m_model->setFilter(f);
}

void OrdersPage::updateCount()
{
    listpage::showCount(m_count, m_model, tr("Showing the first %1 orders; scroll for more.").arg(m_model->rowCount()),
                        tr("%n order(s)", nullptr, m_model->rowCount()));
}

void OrdersPage::newOrder()
{
    NewOrderDialog dlg(m_services, m_actor, this);
    static const QRegularExpression phoneLike(u"^[+\\d][\\d\\s-]{3,}$"_s);
    if (phoneLike.match(m_search->text().trimmed()).hasMatch())
        dlg.setSearchText(m_search->text().trimmed());
    if (dlg.exec() != QDialog::Accepted)
        return;
    m_model->refresh();
    Q_EMIT orderCreated(dlg.orderId());
}

void OrdersPage::screenshotDialogs(const Shoot &shoot)
{
    NewOrderDialog dlg(m_services, m_actor, this);
    auto q = m_services.db.scalar(u"SELECT customer_id FROM products WHERE archived_at IS NULL ORDER BY id LIMIT 1"_s);
    if (q && !q->isNull())
        dlg.selectCustomer(q->toLongLong());
    shoot(u"order-new"_s, &dlg);
    auto scheduled = m_services.db.scalar(u"SELECT id FROM service_orders WHERE status = 'in_progress' ORDER BY id DESC LIMIT 1"_s);
    if (scheduled && !scheduled->isNull()) {
        OrderWindow w(m_services, m_actor, scheduled->toLongLong(), this);
        shoot(u"order-window"_s, &w);
        w.tabs()->setCurrentIndex(1);
        shoot(u"order-window-charges"_s, &w);
        for (int i = 0; i < w.tabs()->count(); ++i) {
            if (w.tabs()->widget(i)->metaObject()->className() == QByteArray("as::OrderPartsTab")) {
                w.tabs()->setCurrentIndex(i);
                shoot(u"order-window-parts"_s, &w);
            }
        }
    }
    auto depot = m_services.db.scalar(u"SELECT id FROM service_orders WHERE service_mode = 'depot' AND status = 'in_progress' "
                                      "ORDER BY id DESC LIMIT 1"_s);
    if (depot && !depot->isNull()) {
        OrderWindow w(m_services, m_actor, depot->toLongLong(), this);
        for (int i = 0; i < w.tabs()->count(); ++i) {
            const QByteArray cls = w.tabs()->widget(i)->metaObject()->className();
            if (cls == QByteArray("as::OrderDepotTab") || cls == QByteArray("as::OrderAttachmentsTab")) {
                w.tabs()->setCurrentIndex(i);
                shoot(cls == QByteArray("as::OrderDepotTab") ? u"order-window-depot"_s : u"order-window-attachments"_s, &w);
            }
        }
    }
}

qint64 OrdersPage::currentOrderId() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? m_model->keyAt(i.row()) : 0;
}

void OrdersPage::refresh()
{
    m_model->refresh();
}

int OrdersPage::loadedRows() const
{
    return m_model->rowCount();
}

void OrdersPage::saveState(QSettings &s) const
{
    m_view->saveLayout(s, pageId());
}

void OrdersPage::restoreState(QSettings &s)
{
    m_view->restoreLayout(s, pageId());
}

} // namespace as
