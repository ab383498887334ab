#include "customers/CustomersPage.h"

#include "import/ImportWizard.h"

#include "customers/CustomerDetailDialog.h"
#include "customers/CustomerDialog.h"
#include "customers/CustomerListModel.h"
#include "customers/ProductDialog.h"
#include "services/Services.h"
#include "widgets/ListPageWiring.h"
#include "widgets/ListView.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace as {

CustomersPage::CustomersPage(Services &services, const Actor &actor, QWidget *parent)
    : Page(parent), m_services(services), m_actor(actor)
{
    auto *title = new QLabel(tr("Customers"));
    title->setObjectName(u"pageTitle"_s);
    m_search = new QLineEdit;
    m_search->setObjectName(u"customerSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search by phone, name, serial number or order number"));
    m_search->setMinimumWidth(380);
    auto *add = new QPushButton(tr("&New customer…"));
    add->setObjectName(u"newCustomer"_s);
    add->setVisible(actor.can(Permission::EditCustomers));
    auto *import = new QPushButton(tr("&Import…"));
    import->setObjectName(u"importCustomers"_s);
    import->setVisible(actor.can(Permission::Import));
    connect(import, &QPushButton::clicked, this, [this] {
        if (ImportWizard::run(m_services, m_actor, u"customers"_s, this))
            refresh();
    });
    m_count = new QLabel;
    m_error = new QLabel;
    m_error->setObjectName(u"errorLabel"_s);
    m_error->hide();

    m_model = new CustomerListModel(services.db, actor, this);
    m_view = new ListView;
    m_view->setObjectName(u"customerList"_s);
    m_view->setModel(m_model);
    m_view->sortByColumn(CustomerQueries::Name, Qt::AscendingOrder);
    m_view->horizontalHeader()->resizeSection(CustomerQueries::Name, 160);
    m_view->horizontalHeader()->resizeSection(CustomerQueries::Phone, 130);
    m_view->horizontalHeader()->resizeSection(CustomerQueries::Address, 360);

    listpage::wireSearch(m_search, &m_debounce, m_view, m_model, [this] { applySearch(); });
    connect(add, &QPushButton::clicked, this, &CustomersPage::newCustomer);
    connect(m_view, &ListView::rowActivated, this, [this](int row) { openCustomer(m_model->keyAt(row)); });
    listpage::wireModel(m_model, m_error, [this] { updateCount(); });

    auto *bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addSpacing(16);
    bar->addWidget(m_search, 1);
    bar->addWidget(add);
    bar->addWidget(import);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    updateCount();
}

void CustomersPage::applySearch()
{
    m_error->hide();
    CustomerQueries::Filter f = m_model->filter();
    f.search = m_search->text();
    m_model->setFilter(f);
}

void CustomersPage::updateCount()
{
    listpage::showCount(m_count, m_model, tr("Showing the first %1 customers; scroll for more.").arg(m_model->rowCount()),
                        tr("%n customer(s)", nullptr, m_model->rowCount()));
}

void CustomersPage::refresh()
{
    m_model->refresh();
}

int CustomersPage::loadedRows() const
{
    return m_model->rowCount();
}

void CustomersPage::saveState(QSettings &s) const
{
    m_view->saveLayout(s, pageId());
}

void CustomersPage::restoreState(QSettings &s)
{
    m_view->restoreLayout(s, pageId());
}

void CustomersPage::screenshotDialogs(const Shoot &shoot)
{
    CustomerDialog create(m_services, m_actor, this);
    shoot(u"customer-new"_s, &create);
    if (m_model->rowCount() == 0)
        return;
    const qint64 id = m_model->keyAt(0);
    CustomerDetailDialog detail(m_services, m_actor, id, this);
    shoot(u"customer-detail"_s, &detail);
    auto products = m_services.customers.products(id);
    if (products && !products->isEmpty()) {
        ProductDialog pd(m_services, m_actor, id, this);
        pd.setProduct(products->first());
        shoot(u"product-edit"_s, &pd);
    }
}

void CustomersPage::newCustomer()
{
    CustomerDialog dlg(m_services, m_actor, this);
    static const QRegularExpression digits(u"^[+\\d][\\d\\s-]{5,}$"_s);
    if (digits.match(m_search->text().trimmed()).hasMatch())
        dlg.setPhone(m_search->text().trimmed());
    if (dlg.exec() != QDialog::Accepted)
        return;
    m_model->refresh();
    openCustomer(dlg.customerId());
}

void CustomersPage::openCustomer(qint64 id)
{
    if (id <= 0)
        return;
    CustomerDetailDialog dlg(m_services, m_actor, id, this);
    connect(&dlg, &CustomerDetailDialog::customerChanged, this, [this] { m_model->refresh(); });
    connect(&dlg, &CustomerDetailDialog::orderActivated, this, &CustomersPage::orderActivated);
    dlg.exec();
}

} // namespace as
