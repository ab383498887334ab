#include "customers/CustomerDetailDialog.h"

#include "complaints/ComplaintActions.h"
#include "customers/CustomerDialog.h"
#include "customers/ProductDialog.h"
#include "services/Services.h"
#include "widgets/Format.h"
#include "widgets/HistoryView.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace as {

namespace {
QTableWidget *makeTable(const QStringList &headers)
{
    auto *t = new QTableWidget;
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    return t;
}
} // namespace

CustomerDetailDialog::CustomerDetailDialog(Services &services, const Actor &actor, qint64 customerId, QWidget *parent)
    : QDialog(parent), m_services(services), m_actor(actor), m_id(customerId)
{
    m_title = new QLabel;
    m_title->setObjectName(u"pageTitle"_s);
    m_flag = new QLabel;
    m_flag->setObjectName(u"flagLabel"_s);
    m_flag->hide();
    m_info = new QLabel;
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_info->setWordWrap(true);

    m_productTable = makeTable({tr("Model"), tr("Type"), tr("Serial number"), tr("Purchased"), tr("Warranty today"), tr("Covered until")});
    m_orderTable = makeTable({tr("Order"), tr("Opened"), tr("Category"), tr("Status"), tr("Model"), tr("Symptom")});
    m_history = new HistoryView;
    m_tabs = new QTabWidget;
    m_tabs->addTab(m_productTable, tr("Products"));
    m_tabs->addTab(m_orderTable, tr("Service orders"));
    m_tabs->addTab(m_history, tr("History"));

    auto *edit = new QPushButton(tr("&Edit customer…"));
    auto *add = new QPushButton(tr("&Register product…"));
    auto *editProduct = new QPushButton(tr("Edit &product…"));
    const bool canEdit = actor.can(Permission::EditCustomers);
    edit->setVisible(canEdit);
    add->setVisible(canEdit);
    editProduct->setVisible(canEdit);
    connect(edit, &QPushButton::clicked, this, &CustomerDetailDialog::editCustomer);
    connect(add, &QPushButton::clicked, this, &CustomerDetailDialog::addProduct);
    connect(editProduct, &QPushButton::clicked, this, &CustomerDetailDialog::editProduct);
    connect(m_productTable, &QTableWidget::cellDoubleClicked, this, [this, canEdit] {
        if (canEdit)
            this->editProduct();
    });
    connect(m_orderTable, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (auto *item = m_orderTable->item(row, 0))
            Q_EMIT orderActivated(item->data(Qt::UserRole).toLongLong());
    });
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *head = new QHBoxLayout;
    head->addWidget(m_title);
    head->addWidget(m_flag);
    head->addStretch();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(edit);
    buttons->addWidget(add);
    buttons->addWidget(editProduct);
    complaints::addNewComplaintButton(buttons, this, m_services, m_actor, {}, [this] { return m_id; });
    buttons->addStretch();
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(m_info);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);
    resize(900, 560);
    reload();
}

void CustomerDetailDialog::reload()
{
    auto c = m_services.customers.get(m_id);
    if (!c) {
        m_title->setText(c.error().message);
        return;
    }
    m_customer = *c;
    setWindowTitle(tr("Customer %1").arg(m_customer.name));
    m_title->setText(m_customer.name);
    const bool full = m_actor.can(Permission::ViewPhoneNumbers);
    auto shown = [full](const QString &p) { return full ? p : phone::mask(p); };
    QStringList lines;
    lines << tr("Phone: %1").arg(shown(m_customer.phone) + (m_customer.phone2.isEmpty() ? QString() : u" / "_s + shown(m_customer.phone2)));
    if (!m_customer.email.isEmpty())
        lines << tr("E-mail: %1").arg(m_customer.email);
    lines << tr("Address: %1").arg(m_customer.address);
    lines << tr("Type: %1").arg(labelOf(m_customer.type)) + u"    "_s + tr("Customer since %1").arg(fmt::date(m_customer.createdAt.date()));
    if (!m_customer.notes.isEmpty())
        lines << tr("Notes: %1").arg(m_customer.notes);
    m_info->setText(lines.join(u'\n'));

    auto cases = m_services.customers.recentCaseCount(m_id, m_services.clock.nowUtc());
    m_flag->setVisible(cases && *cases >= CustomerService::RepeatCaseThreshold);
    if (cases)
        m_flag->setText(tr("Repeat case: %n order(s) in 12 months", nullptr, *cases));

    const QDate today = m_services.clock.nowUtc().toTimeZone(fmt::siteTimeZone()).date();
    auto products = m_services.customers.products(m_id);
    m_products = products ? *products : QList<Product>();
    m_productTable->setRowCount(int(m_products.size()));
    for (int r = 0; r < m_products.size(); ++r) {
        const Product &p = m_products.at(r);
        const QDate end = warranty::endDate(p);
        const QStringList cells = {p.model, p.productType, p.serial, fmt::date(p.purchaseDate), labelOf(warranty::statusAt(p, today)),
                                   end.isValid() ? fmt::date(end.addDays(-1)) : QString()};
        for (int col = 0; col < cells.size(); ++col)
            m_productTable->setItem(r, col, new QTableWidgetItem(cells.at(col)));
    }
    m_productTable->resizeColumnsToContents();

    auto orders = m_services.customers.orders(m_id);
    const auto list = orders ? *orders : QList<CustomerService::OrderSummary>();
    m_orderTable->setRowCount(int(list.size()));
    for (int r = 0; r < list.size(); ++r) {
        const auto &o = list.at(r);
        const QStringList cells = {o.number, fmt::dateTime(o.openedAt), labelOfCode<OrderCategory>(o.category),
                                   labelOfCode<OrderStatus>(o.status), o.model, o.symptom};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            item->setData(Qt::UserRole, o.id);
            m_orderTable->setItem(r, col, item);
        }
    }
    m_orderTable->resizeColumnsToContents();
    m_tabs->setTabText(0, tr("Products (%1)").arg(m_products.size()));
    m_tabs->setTabText(1, tr("Service orders (%1)").arg(list.size()));
    m_history->load(m_services.audit, u"customer"_s, m_id);
}

void CustomerDetailDialog::editCustomer()
{
    CustomerDialog dlg(m_services, m_actor, this);
    dlg.setCustomer(m_customer);
    if (dlg.exec() == QDialog::Accepted) {
        reload();
        Q_EMIT customerChanged(m_id);
    }
}

void CustomerDetailDialog::addProduct()
{
    ProductDialog dlg(m_services, m_actor, m_id, this);
    if (dlg.exec() == QDialog::Accepted) {
        reload();
        Q_EMIT customerChanged(m_id);
    }
}

void CustomerDetailDialog::editProduct()
{
    const int row = m_productTable->currentRow();
    if (row < 0 || row >= m_products.size()) {
        QMessageBox::information(this, tr("Edit product"), tr("Select a product first."));
        return;
    }
    ProductDialog dlg(m_services, m_actor, m_id, this);
    dlg.setProduct(m_products.at(row));
    if (dlg.exec() == QDialog::Accepted) {
        reload();
        Q_EMIT customerChanged(m_id);
    }
}

} // namespace as
