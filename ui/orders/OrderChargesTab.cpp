#include "orders/OrderChargesTab.h"

#include "services/Services.h"
#include "widgets/ConflictDialog.h"
#include "widgets/Format.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace as {

namespace {
QDoubleSpinBox *yuan(const QString &name)
{
    auto *s = new QDoubleSpinBox;
    s->setObjectName(name);
    s->setRange(0, 1000000);
    s->setDecimals(2);
    s->setPrefix(u"¥ "_s);
    return s;
}
qint64 fen(const QDoubleSpinBox *s)
{
    return qint64(std::llround(s->value() * 100));
}
} // namespace

OrderChargesTab::OrderChargesTab(Services &services, const Actor &actor, QWidget *parent)
    : QWidget(parent), m_services(services), m_actor(actor)
{
    const bool may = actor.can(Permission::EditOrders);
    m_warranty = new QLabel;
    m_warranty->setWordWrap(true);
    m_misuse = new QCheckBox(tr("Fault caused by &misuse (charged although in warranty)"));
    m_misuse->setObjectName(u"misuse"_s);
    m_labour = yuan(u"labour"_s);
    m_rate = new QPushButton(tr("From the rate table"));
    m_rate->setObjectName(u"labourRate"_s);
    m_travel = yuan(u"travel"_s);
    m_parts = new QLabel;
    m_parts->setObjectName(u"partsCharge"_s);
    m_total = new QLabel;
    m_total->setObjectName(u"total"_s);
    m_save = new QPushButton(tr("Save &quote"));
    m_save->setObjectName(u"saveQuote"_s);
    m_consent = new QLabel;
    m_consent->setObjectName(u"consent"_s);
    m_consentBy = new QLineEdit;
    m_consentBy->setObjectName(u"consentBy"_s);
    m_consentBy->setPlaceholderText(tr("Who agreed (name)"));
    m_agree = new QPushButton(tr("Customer &agrees to the quote"));
    m_agree->setObjectName(u"recordConsent"_s);
    m_receipt = new QLabel;
    m_message = new QLabel;
    m_message->setObjectName(u"chargesMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();
    for (QWidget *w : std::initializer_list<QWidget *>{m_misuse, m_labour, m_rate, m_travel, m_save, m_consentBy, m_agree})
        w->setEnabled(may);

    auto *labourRow = new QHBoxLayout;
    labourRow->addWidget(m_labour, 1);
    labourRow->addWidget(m_rate);
    auto *consentRow = new QHBoxLayout;
    consentRow->addWidget(m_consentBy, 1);
    consentRow->addWidget(m_agree);
    auto *form = new QFormLayout;
    form->addRow(tr("Warranty"), m_warranty);
    form->addRow(QString(), m_misuse);
    auto *labourLabel = new QLabel(tr("&Labour"));   // a row of widgets gets no buddy by itself
    labourLabel->setBuddy(m_labour);
    form->addRow(labourLabel, labourRow);
    form->addRow(tr("&Travel"), m_travel);
    form->addRow(tr("Parts"), m_parts);
    form->addRow(tr("Total"), m_total);
    form->addRow(QString(), m_save);
    form->addRow(tr("Consent"), m_consent);
    form->addRow(QString(), consentRow);
    form->addRow(tr("Receipt number"), m_receipt);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);

    connect(m_labour, &QDoubleSpinBox::valueChanged, this, &OrderChargesTab::updateTotal);
    connect(m_travel, &QDoubleSpinBox::valueChanged, this, &OrderChargesTab::updateTotal);
    connect(m_rate, &QPushButton::clicked, this, [this] {
        auto rate = m_services.orders.labourRate(m_order.complexity);
        if (rate)
            m_labour->setValue(double(*rate) / 100.0);
        else
            showMessage(rate.error().message, true);
    });
    connect(m_save, &QPushButton::clicked, this, [this] { saveQuote(); });
    connect(m_agree, &QPushButton::clicked, this, [this] { recordConsent(); });
}

void OrderChargesTab::setOrder(const Order &order)
{
    m_order = order;
    m_message->hide();
    m_warranty->setText(order.warranty == WarrantyStatus::In
                            ? tr("In warranty: free unless the fault is misuse; parts free.")
                            : tr("%1: labour by the rate table, parts at cost plus mark-up, travel.").arg(labelOf(order.warranty)));
    m_misuse->setChecked(order.misuse);
    m_labour->blockSignals(true);
    m_travel->blockSignals(true);
    m_labour->setValue(double(order.labourFen) / 100.0);
    m_travel->setValue(double(order.travelFen) / 100.0);
    m_labour->blockSignals(false);
    m_travel->blockSignals(false);
    m_parts->setText(fmt::money(order.partsFen));
    m_consent->setText(order.consentAt.isValid() ? tr("Agreed by %1 at %2").arg(order.consentBy, fmt::dateTime(order.consentAt))
                                                 : tr("Not yet agreed"));
    m_consentBy->setText(order.consentBy.isEmpty() ? order.customerName : order.consentBy);
    m_receipt->setText(order.receiptNumber.isEmpty() ? tr("(given when the order is closed)") : order.receiptNumber);
    updateTotal();
}

void OrderChargesTab::updateTotal()
{
    m_total->setText(u"<b>%1</b>"_s.arg(fmt::money(fen(m_labour) + fen(m_travel) + m_order.partsFen)));
}

bool OrderChargesTab::saveQuote()
{
    Status st = saveWithRetry(this, [&] {
        return m_services.orders.setQuote(m_actor, m_order.id, m_order.rowVersion, fen(m_labour), fen(m_travel), m_misuse->isChecked());
    });
    if (!st.ok()) {
        showMessage(st.error().message, true);
        if (st.error().field == u"labour"_s)
            m_labour->setFocus();
        else if (st.error().field == u"travel"_s)
            m_travel->setFocus();
        return false;
    }
    Q_EMIT changed();
    showMessage(tr("Quote saved. The customer's agreement is needed before work starts."), false);
    return true;
}

bool OrderChargesTab::recordConsent()
{
    Status st = saveWithRetry(this, [&] { return m_services.orders.recordConsent(m_actor, m_order.id, m_order.rowVersion, m_consentBy->text()); });
    if (!st.ok()) {
        showMessage(st.error().message, true);
        m_consentBy->setFocus();
        return false;
    }
    Q_EMIT changed();
    return true;
}

void OrderChargesTab::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #b00020;"_s : u"color: #1b6e20;"_s);
    m_message->show();
}

} // namespace as
