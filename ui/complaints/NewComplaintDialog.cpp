#include "complaints/NewComplaintDialog.h"

#include "services/Services.h"
#include "storage/Database.h"
#include "widgets/CustomerPicker.h"
#include "widgets/ErrorLabel.h"
#include "widgets/Format.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
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

QLabel *buddy(const QString &text, QWidget *w)
{
    auto *l = new QLabel(text);
    l->setBuddy(w);
    return l;
}
} // namespace

NewComplaintDialog::NewComplaintDialog(Services &services, const Actor &actor, QWidget *parent)
    : QDialog(parent), m_services(services), m_actor(actor)
{
    setWindowTitle(tr("New complaint"));
    m_picker = new CustomerPicker(services, actor);
    m_picker->setObjectName(u"customerPicker"_s);
    m_product = new QComboBox;
    m_product->setObjectName(u"product"_s);
    m_orders = new QListWidget;
    m_orders->setObjectName(u"orders"_s);
    m_orders->setMaximumHeight(90);
    m_phone = new QLineEdit;
    m_phone->setObjectName(u"contactPhone"_s);
    m_phone->setPlaceholderText(tr("Empty: the customer's phone"));
    m_category = enumCombo(u"category"_s, ComplaintCategory::Quality);
    m_severity = enumCombo(u"severity"_s, ComplaintSeverity::Normal);
    m_content = new QPlainTextEdit;
    m_content->setObjectName(u"content"_s);
    m_content->setTabChangesFocus(true);
    m_content->setPlaceholderText(tr("What the customer complains about, in their words"));
    m_content->setMaximumHeight(90);
    m_expectation = new QPlainTextEdit;
    m_expectation->setObjectName(u"expectation"_s);
    m_expectation->setTabChangesFocus(true);
    m_expectation->setPlaceholderText(tr("What the customer expects (apology, repair, replacement, refund…)"));
    m_expectation->setMaximumHeight(60);
    m_error = makeErrorLabel();

    auto *form = new QFormLayout;
    form->addRow(buddy(tr("&Customer"), m_picker->searchField()), m_picker);
    form->addRow(buddy(tr("&Product"), m_product), m_product);
    form->addRow(buddy(tr("&Orders concerned"), m_orders), m_orders);
    form->addRow(buddy(tr("Contact p&hone"), m_phone), m_phone);
    form->addRow(buddy(tr("C&ategory"), m_category), m_category);
    form->addRow(buddy(tr("Se&verity"), m_severity), m_severity);
    form->addRow(buddy(tr("C&ontent"), m_content), m_content);
    form->addRow(buddy(tr("Customer &expects"), m_expectation), m_expectation);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(u"save"_s);
    m_save->setToolTip(tr("Ctrl+Enter"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewComplaintDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(680);

    connect(m_picker, &CustomerPicker::customerChosen, this, [this](const Customer &c) {
        m_customer = c;
        fillCustomerData();
        m_product->setFocus();
    });
    connect(m_picker, &CustomerPicker::errorOccurred, this, &NewComplaintDialog::showError);
    for (auto key : {Qt::CTRL | Qt::Key_Return, Qt::CTRL | Qt::Key_Enter}) {
        auto *s = new QShortcut(QKeySequence(key), this);
        connect(s, &QShortcut::activated, this, &NewComplaintDialog::accept);
    }
    fillCustomerData();
    m_picker->setFocus();
}

QLineEdit *NewComplaintDialog::customerSearch() const
{
    return m_picker->searchField();
}

void NewComplaintDialog::selectCustomer(qint64 customerId)
{
    m_picker->selectCustomer(customerId);
}

void NewComplaintDialog::selectOrder(qint64 orderId)
{
    auto o = m_services.orders.get(orderId);
    if (!o) {
        showError(o.error());
        return;
    }
    if (!m_picker->selectCustomer(o->customerId))
        return;
    if (o->productId > 0)
        m_product->setCurrentIndex(std::max(0, m_product->findData(o->productId)));
    for (int i = 0; i < m_orders->count(); ++i)
        if (m_orders->item(i)->data(Qt::UserRole).toLongLong() == orderId)
            m_orders->item(i)->setCheckState(Qt::Checked);
    m_content->setFocus();
}

void NewComplaintDialog::fillCustomerData()
{
    m_product->clear();
    m_product->addItem(tr("(no registered product)"), 0);
    m_orders->clear();
    if (m_customer.id <= 0)
        return;
    auto products = m_services.customers.products(m_customer.id);
    if (products)
        for (const Product &p : *products)
            if (!p.archived)
                m_product->addItem(u"%1  %2"_s.arg(p.model, p.serial), p.id);
    m_product->setCurrentIndex(m_product->count() > 1 ? 1 : 0);
    auto orders = m_services.customers.orders(m_customer.id, 20);
    if (orders)
        for (const auto &o : *orders) {
            auto *item = new QListWidgetItem(u"%1  %2  %3  %4"_s.arg(o.number, fmt::dateTime(o.openedAt), labelOfCode<OrderStatus>(o.status),
                                                                     o.symptom.simplified().left(40)));
            item->setData(Qt::UserRole, o.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
            m_orders->addItem(item);
        }
}

void NewComplaintDialog::showError(const Error &e)
{
    m_error->setText(e.message);
    m_error->show();
    const QHash<QString, QWidget *> fields{{u"customer"_s, m_picker->searchField()}, {u"product"_s, m_product}, {u"orders"_s, m_orders},
                                           {u"contact_phone"_s, m_phone}, {u"content"_s, m_content},
                                           {u"received_at"_s, m_content}};
    if (QWidget *w = fields.value(e.field))
        w->setFocus();
}

void NewComplaintDialog::accept()
{
    ComplaintDraft d;
    d.customerId = m_customer.id;
    d.productId = m_product->currentData().toLongLong();
    for (int i = 0; i < m_orders->count(); ++i)
        if (m_orders->item(i)->checkState() == Qt::Checked)
            d.orderIds << m_orders->item(i)->data(Qt::UserRole).toLongLong();
    d.contactPhone = m_phone->text();
    d.category = fromCode<ComplaintCategory>(m_category->currentData().toString()).value_or(ComplaintCategory::Quality);
    d.severity = fromCode<ComplaintSeverity>(m_severity->currentData().toString()).value_or(ComplaintSeverity::Normal);
    d.content = m_content->toPlainText();
    d.expectation = m_expectation->toPlainText();
    auto id = m_services.complaints.create(m_actor, d);
    if (!id) {
        showError(id.error());
        return;
    }
    m_complaintId = *id;
    QDialog::accept();
}

} // namespace as
