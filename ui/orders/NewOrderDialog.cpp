#include "orders/NewOrderDialog.h"

#include "customers/CustomerDialog.h"
#include "customers/ProductDialog.h"
#include "services/CustomerQueries.h"
#include "services/Services.h"
#include "storage/Database.h"
#include "widgets/ErrorLabel.h"
#include "widgets/Format.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
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
    m_search = new QLineEdit;
    m_search->setObjectName(u"customerSearch"_s);
    m_search->setPlaceholderText(tr("Phone fragment or name, then Down and Enter"));
    m_search->installEventFilter(this);
    m_matches = new QListWidget;
    m_matches->setObjectName(u"customerMatches"_s);
    m_matches->setMaximumHeight(120);
    m_matches->installEventFilter(this);
    auto *newCustomerButton = new QPushButton(tr("New customer… (F2)"));
    newCustomerButton->setObjectName(u"newCustomer"_s);
    newCustomerButton->setVisible(actor.can(Permission::EditCustomers));
    m_customerInfo = new QLabel(tr("No customer chosen yet."));
    m_customerInfo->setObjectName(u"customerInfo"_s);
    m_customerInfo->setWordWrap(true);
    m_repeat = new QLabel;
    m_repeat->setObjectName(u"repeatCase"_s);
    m_repeat->setStyleSheet(u"color: #b00020; font-weight: bold;"_s);
    m_repeat->hide();

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

    auto *customerRow = new QHBoxLayout;
    customerRow->addWidget(m_search, 1);
    customerRow->addWidget(newCustomerButton);
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
    customerLabel->setBuddy(m_search);
    form->addRow(customerLabel, customerRow);
    form->addRow(QString(), m_matches);
    form->addRow(QString(), m_customerInfo);
    form->addRow(QString(), m_repeat);
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

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(120);
    connect(&m_debounce, &QTimer::timeout, this, &NewOrderDialog::findCustomers);
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_debounce.start(); });
    connect(m_matches, &QListWidget::itemActivated, this, [this] { pickCurrentMatch(); });
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
    m_matches->hide();
    fillProducts();
    updateCategory();
    m_search->setFocus();
}

void NewOrderDialog::setSearchText(const QString &text)
{
    m_search->setText(text);
    findCustomers();
}

bool NewOrderDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_search) {
        if (key->key() == Qt::Key_Down && m_matches->count() > 0) {
            m_matches->setFocus();
            m_matches->setCurrentRow(0);
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier) {
            m_debounce.stop();
            findCustomers();
            if (m_matches->count() == 1)
                pickCurrentMatch();
            else if (m_matches->count() > 1) {
                m_matches->setFocus();
                m_matches->setCurrentRow(0);
            }
            return true;   // Enter here picks a customer; it never saves the order
        }
    } else if (watched == m_matches) {
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier) {
            pickCurrentMatch();
            return true;
        }
        if (key->key() == Qt::Key_Up && m_matches->currentRow() <= 0) {
            m_search->setFocus();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void NewOrderDialog::findCustomers()
{
    m_matches->clear();
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        m_matches->hide();
        return;
    }
    CustomerQueries::Filter f;
    f.search = text;
    const ListQuery q = CustomerQueries::list(m_services.db.dialect(), f);
    auto page = q.fetch(m_services.db, 8);
    if (!page) {
        showError(page.error());
        return;
    }
    const bool showPhone = m_actor.can(Permission::ViewPhoneNumbers);
    for (const auto &row : page->rows) {
        const QString phoneText = showPhone ? row[CustomerQueries::Phone].toString() : phone::mask(row[CustomerQueries::Phone].toString());
        auto *item = new QListWidgetItem(u"%1   %2   %3"_s.arg(row[CustomerQueries::Name].toString(), phoneText,
                                                                 row[CustomerQueries::Address].toString()));
        item->setData(Qt::UserRole, row.last());
        m_matches->addItem(item);
    }
    if (m_matches->count() == 0)
        m_matches->addItem(tr("No customer matches \"%1\". Press F2 to create one.").arg(text));
    m_matches->setVisible(true);
}

void NewOrderDialog::pickCurrentMatch()
{
    QListWidgetItem *item = m_matches->currentItem();
    if (!item && m_matches->count() > 0)
        item = m_matches->item(0);
    if (!item || !item->data(Qt::UserRole).isValid())
        return;
    selectCustomer(item->data(Qt::UserRole).toLongLong());
}

void NewOrderDialog::selectCustomer(qint64 customerId)
{
    auto c = m_services.customers.get(customerId);
    if (!c) {
        showError(c.error());
        return;
    }
    m_customer = *c;
    const QString phoneText = m_actor.can(Permission::ViewPhoneNumbers) ? c->phone : phone::mask(c->phone);
    m_customerInfo->setText(u"<b>%1</b> &nbsp; %2<br>%3"_s.arg(c->name.toHtmlEscaped(), phoneText, c->address.toHtmlEscaped()));
    auto n = m_services.orders.recentCaseCount(c->id, m_services.clock.nowUtc());
    const bool repeat = n && *n >= OrderService::RepeatCaseThreshold;
    m_repeat->setText(repeat ? tr("Repeat case: %n order(s) or complaint(s) in the last 12 months.", nullptr, *n) : QString());
    m_repeat->setVisible(repeat);
    m_matches->hide();
    m_search->setText(c->name);
    fillProducts();
    m_product->setFocus();
}

void NewOrderDialog::prefill(qint64 customerId, qint64 productId, const QString &symptom)
{
    selectCustomer(customerId);
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
    if (digits.match(m_search->text().trimmed()).hasMatch())
        dlg.setPhone(m_search->text().trimmed());
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
    const QHash<QString, QWidget *> fields{{u"customer"_s, m_search}, {u"product"_s, m_product}, {u"symptom"_s, m_symptom},
                                           {u"answer"_s, m_answer}, {u"contact_phone"_s, m_search}};
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
