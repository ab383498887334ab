#include "orders/NewOrderDialog.h"

#include "customers/CustomerDialog.h"
#include "customers/ProductDialog.h"
#include "services/Services.h"
#include "storage/Database.h"
#include "widgets/CustomerPicker.h"
#include "widgets/ErrorLabel.h"
#include "widgets/Format.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace as {

namespace {
template <typename E>
QComboBox *enumCombo(const QString &name, E current)
{
    auto *c = new QComboBox;
    c->setObjectName(name);
    for (E v : allValues<E>())
        c->addItem(labelOf(v), codeOf(v));
    c->setCurrentIndex(c->findData(codeOf(current)));
    return c;
}
} // namespace

NewOrderDialog::NewOrderDialog(Services &services, const Actor &actor, QWidget *parent)
    : QDialog(parent), m_services(services), m_actor(actor)
{
    setWindowTitle(tr("New service order"));
    m_picker = new CustomerPicker(services, actor);
    m_picker->setObjectName(u"customerPicker"_s);
    m_picker->setNoMatchText(tr("No customer matches \"%1\". Press F2 to create one."));
    auto *newCustomerButton = new QPushButton(tr("New customer… (F2)"));
    newCustomerButton->setObjectName(u"newCustomer"_s);
    newCustomerButton->setVisible(actor.can(Permission::EditCustomers));
    m_picker->addTrailingWidget(newCustomerButton);

    m_product = new QComboBox;
    m_product->setObjectName(u"product"_s);
    auto *registerButton = new QPushButton(tr("Register product… (F3)"));
    registerButton->setObjectName(u"registerProduct"_s);
    registerButton->setVisible(actor.can(Permission::EditCustomers));
    m_warranty = new QLabel;
    m_warranty->setObjectName(u"warranty"_s);
    m_openOrders = new QLabel;
    m_openOrders->setObjectName(u"openOrders"_s);
    m_openOrders->setWordWrap(true);
    m_openOrders->setStyleSheet(u"color: #8a5a00;"_s);
    m_openOrders->hide();

    m_channel = enumCombo(u"channel"_s, Channel::Phone);
    m_category = enumCombo(u"category"_s, OrderCategory::Repair);
    m_mode = enumCombo(u"serviceMode"_s, ServiceMode::OnSite);
    m_complexity = enumCombo(u"complexity"_s, Complexity::General);
    m_priority = enumCombo(u"priority"_s, Priority::Normal);
    m_symptom = new QPlainTextEdit;
    m_symptom->setObjectName(u"symptom"_s);
    m_symptom->setTabChangesFocus(true);
    m_symptom->setPlaceholderText(tr("What the customer reports, in their words"));
    m_symptom->setMaximumHeight(80);
    m_answer = new QPlainTextEdit;
    m_answer->setObjectName(u"answer"_s);
    m_answer->setTabChangesFocus(true);
    m_answer->setMaximumHeight(70);
    m_answer->setPlaceholderText(tr("The answer given; the consultation is closed when saved"));
    m_error = makeErrorLabel();

    auto *productRow = new QHBoxLayout;
    productRow->addWidget(m_product, 1);
    productRow->addWidget(registerButton);
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_channel);
    kindRow->addWidget(m_mode);
    kindRow->addWidget(m_complexity);
    kindRow->addWidget(m_priority);

    auto *form = new QFormLayout;
    auto *customerLabel = new QLabel(tr("&Customer"));
    customerLabel->setBuddy(m_picker->searchField());
    form->addRow(customerLabel, m_picker);
    auto *productLabel = new QLabel(tr("&Product"));
    productLabel->setBuddy(m_product);
    form->addRow(productLabel, productRow);
    form->addRow(tr("Warranty"), m_warranty);
    form->addRow(QString(), m_openOrders);
    auto *categoryLabel = new QLabel(tr("C&ategory"));
    categoryLabel->setBuddy(m_category);
    form->addRow(categoryLabel, m_category);
    form->addRow(tr("Channel, mode, complexity, priority"), kindRow);
    auto *symptomLabel = new QLabel(tr("&Symptom"));
    symptomLabel->setBuddy(m_symptom);
    form->addRow(symptomLabel, m_symptom);
    m_answerLabel = new QLabel(tr("A&nswer"));
    m_answerLabel->setBuddy(m_answer);
    form->addRow(m_answerLabel, m_answer);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(u"save"_s);
    m_save->setToolTip(tr("Ctrl+Enter"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewOrderDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(720);

    connect(m_picker, &CustomerPicker::customerChosen, this, [this](const Customer &c) {
        m_customer = c;
        fillProducts();
        m_product->setFocus();
    });
    connect(m_picker, &CustomerPicker::errorOccurred, this, &NewOrderDialog::showError);
    connect(newCustomerButton, &QPushButton::clicked, this, &NewOrderDialog::newCustomer);
    connect(registerButton, &QPushButton::clicked, this, &NewOrderDialog::registerProduct);
    connect(m_product, &QComboBox::currentIndexChanged, this, &NewOrderDialog::updateProductInfo);
    connect(m_category, &QComboBox::currentIndexChanged, this, &NewOrderDialog::updateCategory);
    auto *f2 = new QShortcut(QKeySequence(Qt::Key_F2), this);
    connect(f2, &QShortcut::activated, this, &NewOrderDialog::newCustomer);
    auto *f3 = new QShortcut(QKeySequence(Qt::Key_F3), this);
    connect(f3, &QShortcut::activated, this, &NewOrderDialog::registerProduct);
    for (auto key : {Qt::CTRL | Qt::Key_Return, Qt::CTRL | Qt::Key_Enter}) {
        auto *s = new QShortcut(QKeySequence(key), this);
        connect(s, &QShortcut::activated, this, &NewOrderDialog::accept);
    }
    fillProducts();
    updateCategory();
    m_picker->setFocus();
}

void NewOrderDialog::setSearchText(const QString &text)
{
    m_picker->setSearchText(text);
}

QLineEdit *NewOrderDialog::customerSearch() const
{
    return m_picker->searchField();
}

void NewOrderDialog::selectCustomer(qint64 customerId)
{
    m_picker->selectCustomer(customerId);
}

void NewOrderDialog::prefill(qint64 customerId, qint64 productId, const QString &symptom)
{
    if (!m_picker->selectCustomer(customerId))
        return;
    if (productId > 0)
        fillProducts(productId);
    if (!symptom.trimmed().isEmpty())
        m_symptom->setPlainText(symptom.trimmed());
    m_symptom->setFocus();
}

void NewOrderDialog::fillProducts(qint64 selectProductId)
{
    m_product->blockSignals(true);
    m_product->clear();
    m_products.clear();
    m_product->addItem(tr("(no registered product)"), 0);
    if (m_customer.id > 0) {
        auto list = m_services.customers.products(m_customer.id);
        if (list)
            for (const Product &p : *list) {
                if (p.archived)
                    continue;
                m_products << p;
                m_product->addItem(u"%1  %2"_s.arg(p.model, p.serial), p.id);
            }
    }
    int index = m_products.isEmpty() ? 0 : 1;
    if (selectProductId > 0)
        index = std::max(0, m_product->findData(selectProductId));
    m_product->setCurrentIndex(index);
    m_product->blockSignals(false);
    updateProductInfo();
}

void NewOrderDialog::updateProductInfo()
{
    const qint64 id = m_product->currentData().toLongLong();
    m_openOrders->hide();
    const Product *product = nullptr;
    for (const Product &p : m_products)
        if (p.id == id)
            product = &p;
    if (!product) {
        m_warranty->setText(labelOf(WarrantyStatus::Unknown));
        return;
    }
    const WarrantyStatus w =
        warranty::statusAt(*product, m_services.clock.nowUtc().toTimeZone(m_services.settings.siteTimeZone()).date());
    const QDate end = warranty::endDate(*product);
    m_warranty->setText(end.isValid() ? tr("%1 (until %2)").arg(labelOf(w), fmt::date(end)) : labelOf(w));
    m_warranty->setStyleSheet(w == WarrantyStatus::In ? u"color: #1b6e20; font-weight: bold;"_s : u"font-weight: bold;"_s);
    auto open = m_services.orders.openOrdersForSerial(product->serial);
    if (open && !open->isEmpty()) {
        QStringList lines;
        for (const auto &o : *open)
            lines << tr("%1 (%2, opened %3)").arg(o.number, labelOf(o.status), fmt::dateTime(o.openedAt));
        m_openOrders->setText(tr("Open orders for this serial number: %1").arg(lines.join(u"; "_s)));
        m_openOrders->show();
    }
}

void NewOrderDialog::updateCategory()
{
    const bool consultation = m_category->currentData().toString() == codeOf(OrderCategory::Consultation);
    m_answer->setVisible(consultation);
    m_answerLabel->setVisible(consultation);
}

void NewOrderDialog::newCustomer()
{
    if (!m_actor.can(Permission::EditCustomers))
        return;
    CustomerDialog dlg(m_services, m_actor, this);
    static const QRegularExpression digits(u"^[+\\d][\\d\\s-]{5,}$"_s);
    const QString typed = m_picker->searchField()->text().trimmed();
    if (digits.match(typed).hasMatch())
        dlg.setPhone(typed);
    if (dlg.exec() == QDialog::Accepted)
        selectCustomer(dlg.customerId());
}

void NewOrderDialog::registerProduct()
{
    if (m_customer.id <= 0) {
        showError(Error::validation(tr("Choose the customer first, then register the product."), u"customer"_s));
        return;
    }
    ProductDialog dlg(m_services, m_actor, m_customer.id, this);
    if (dlg.exec() == QDialog::Accepted)
        fillProducts(dlg.productId());
}

void NewOrderDialog::showError(const Error &e)
{
    m_error->setText(e.message);
    m_error->show();
    const QHash<QString, QWidget *> fields{{u"customer"_s, m_picker->searchField()}, {u"product"_s, m_product}, {u"symptom"_s, m_symptom},
                                           {u"answer"_s, m_answer}, {u"contact_phone"_s, m_picker->searchField()}};
    if (QWidget *w = fields.value(e.field))
        w->setFocus();
}

void NewOrderDialog::accept()
{
    OrderDraft d;
    d.customerId = m_customer.id;
    d.productId = m_product->currentData().toLongLong();
    d.channel = fromCode<Channel>(m_channel->currentData().toString()).value_or(Channel::Phone);
    d.category = fromCode<OrderCategory>(m_category->currentData().toString()).value_or(OrderCategory::Repair);
    d.serviceMode = fromCode<ServiceMode>(m_mode->currentData().toString()).value_or(ServiceMode::OnSite);
    d.complexity = fromCode<Complexity>(m_complexity->currentData().toString()).value_or(Complexity::General);
    d.priority = fromCode<Priority>(m_priority->currentData().toString()).value_or(Priority::Normal);
    d.symptom = m_symptom->toPlainText();
    if (d.category == OrderCategory::Consultation)
        d.answer = m_answer->toPlainText();
    auto id = m_services.orders.create(m_actor, d);
    if (!id) {
        showError(id.error());
        return;
    }
    m_orderId = *id;
    QDialog::accept();
}

} // namespace as
