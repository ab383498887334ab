#include "followups/CallPanel.h"

#include "domain/Customer.h"
#include "services/Services.h"
#include "widgets/ErrorLabel.h"
#include "widgets/Format.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace as {

CallPanel::CallPanel(Services &services, const Actor &actor, QWidget *parent)
    : QWidget(parent), m_services(services), m_actor(actor)
{
    m_customer = new QLabel;
    m_customer->setObjectName(u"callCustomer"_s);
    m_customer->setStyleSheet(u"font-size: 15pt; font-weight: bold;"_s);
    m_phone = new QLabel;
    m_phone->setObjectName(u"callPhone"_s);
    m_phone->setStyleSheet(u"font-size: 15pt;"_s);
    m_phone->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_product = new QLabel;
    m_product->setWordWrap(true);
    m_order = new QLabel;
    m_order->setWordWrap(true);
    m_attemptsInfo = new QLabel;
    m_attemptsInfo->setWordWrap(true);
    m_history = new QTableWidget(0, 4);
    m_history->setObjectName(u"callHistory"_s);
    m_history->setHorizontalHeaderLabels({tr("Order"), tr("Opened"), tr("Status"), tr("Symptom")});
    m_history->verticalHeader()->hide();
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setFocusPolicy(Qt::NoFocus);
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->setMaximumHeight(150);

    m_reached = new QRadioButton(tr("&Reached"));
    m_reached->setObjectName(u"outcomeReached"_s);
    m_notReached = new QRadioButton(tr("&Not reached"));
    m_notReached->setObjectName(u"outcomeNotReached"_s);
    m_refused = new QRadioButton(tr("Re&fused"));
    m_refused->setObjectName(u"outcomeRefused"_s);
    m_outcomes = new QButtonGroup(this);
    m_outcomes->addButton(m_reached);
    m_outcomes->addButton(m_notReached);
    m_outcomes->addButton(m_refused);
    m_reached->setChecked(true);
    m_satisfaction = new QComboBox;
    m_satisfaction->setObjectName(u"satisfaction"_s);
    m_satisfaction->addItem(tr("No rating"), 0);
    m_satisfaction->addItem(tr("5 – very satisfied"), 5);
    m_satisfaction->addItem(tr("4 – satisfied"), 4);
    m_satisfaction->addItem(tr("3 – neutral"), 3);
    m_satisfaction->addItem(tr("2 – dissatisfied"), 2);
    m_satisfaction->addItem(tr("1 – very dissatisfied"), 1);
    m_comments = new QPlainTextEdit;
    m_comments->setObjectName(u"callComments"_s);
    m_comments->setTabChangesFocus(true);
    m_comments->setMaximumHeight(90);
    m_newNeed = new QCheckBox(tr("New service &need: open a new order after recording"));
    m_newNeed->setObjectName(u"newNeed"_s);
    m_record = new QPushButton(tr("Record call (Ctrl+Enter)"));
    m_record->setObjectName(u"recordCall"_s);
    m_record->setDefault(true);
    m_error = makeErrorLabel();

    auto *outcomeRow = new QHBoxLayout;
    outcomeRow->addWidget(m_reached);
    outcomeRow->addWidget(m_notReached);
    outcomeRow->addWidget(m_refused);
    outcomeRow->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("Outcome"), outcomeRow);
    auto *satLabel = new QLabel(tr("&Satisfaction"));
    satLabel->setBuddy(m_satisfaction);
    form->addRow(satLabel, m_satisfaction);
    auto *commentsLabel = new QLabel(tr("&Comments"));
    commentsLabel->setBuddy(m_comments);
    form->addRow(commentsLabel, m_comments);
    form->addRow(QString(), m_newNeed);
    auto *callBox = new QGroupBox(tr("Call outcome"));
    auto *callLayout = new QVBoxLayout(callBox);
    callLayout->addLayout(form);
    callLayout->addWidget(m_error);
    callLayout->addWidget(m_record, 0, Qt::AlignRight);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_customer);
    layout->addWidget(m_phone);
    layout->addWidget(m_product);
    layout->addWidget(m_order);
    layout->addWidget(m_attemptsInfo);
    layout->addWidget(new QLabel(tr("Order history")));
    layout->addWidget(m_history);
    layout->addWidget(callBox);
    layout->addStretch(1);

    connect(m_record, &QPushButton::clicked, this, &CallPanel::record);
    connect(m_outcomes, &QButtonGroup::buttonToggled, this, [this] { updateForm(); });
    for (auto key : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *sc = new QShortcut(key, this);
        sc->setContext(Qt::WidgetWithChildrenShortcut);
        connect(sc, &QShortcut::activated, this, &CallPanel::record);
    }
    setFollowUp(0);
}

void CallPanel::setOutcome(CallOutcome o)
{
    (o == CallOutcome::Reached ? m_reached : o == CallOutcome::NotReached ? m_notReached : m_refused)->setChecked(true);
}

CallOutcome CallPanel::outcome() const
{
    if (m_notReached->isChecked())
        return CallOutcome::NotReached;
    if (m_refused->isChecked())
        return CallOutcome::Refused;
    return CallOutcome::Reached;
}

void CallPanel::updateForm()
{
    const bool open = m_followUp.id > 0 && m_followUp.status == FollowUpStatus::Pending && m_actor.can(Permission::RecordFollowUps);
    for (QWidget *w : std::initializer_list<QWidget *>{m_reached, m_notReached, m_refused, m_comments, m_record})
        w->setEnabled(open);
    m_satisfaction->setEnabled(open && outcome() == CallOutcome::Reached);
    m_newNeed->setEnabled(open && outcome() == CallOutcome::Reached && m_actor.can(Permission::CreateOrders));
}

void CallPanel::setFollowUp(qint64 id)
{
    m_error->hide();
    m_followUp = {};
    m_history->setRowCount(0);
    m_comments->clear();
    m_satisfaction->setCurrentIndex(0);
    m_newNeed->setChecked(false);
    m_reached->setChecked(true);
    if (id > 0) {
        auto f = m_services.followups.get(id);
        if (!f) {
            m_error->setText(f.error().message);
            m_error->show();
        } else {
            m_followUp = *f;
        }
    }
    if (m_followUp.id == 0) {
        m_customer->setText(tr("Select a call in the list."));
        for (QLabel *l : {m_phone, m_product, m_order, m_attemptsInfo})
            l->clear();
        updateForm();
        return;
    }
    auto c = m_services.customers.get(m_followUp.customerId);
    QString phoneText;
    if (c) {
        m_customer->setText(c->name);
        phoneText = c->phone;
    }
    QString productText;
    if (m_followUp.productId > 0) {
        auto products = m_services.customers.products(m_followUp.customerId);
        if (products)
            for (const Product &p : *products)
                if (p.id == m_followUp.productId)
                    productText = tr("Product: %1, serial %2").arg(p.model, p.serial.isEmpty() ? tr("unknown") : p.serial);
    }
    m_product->setText(productText);
    QString orderText;
    if (m_followUp.orderId > 0) {
        auto o = m_services.orders.get(m_followUp.orderId);
        if (o) {
            if (!o->contactPhone.isEmpty())
                phoneText = o->contactPhone;
            orderText = tr("Order %1: %2. Work done: %3").arg(o->number, o->symptom.simplified(), o->workDone.simplified());
        }
    }
    m_order->setText(orderText);
    m_phone->setText(m_actor.can(Permission::ViewPhoneNumbers) ? phoneText : phone::mask(phoneText));
    QString attempts = tr("%1, due %2. %3")
                           .arg(m_followUp.kind == FollowUpKind::Months
                                    ? tr("%n month(s) after acceptance", nullptr, m_followUp.months)
                                    : labelOf(m_followUp.kind),
                                fmt::date(m_followUp.dueDate), labelOf(m_followUp.status));
    auto calls = m_services.followups.calls(m_followUp.id);
    if (calls && !calls->isEmpty()) {
        QStringList lines;
        for (const auto &call : *calls)
            lines << tr("%1 %2: %3").arg(fmt::dateTime(call.at), call.agent, labelOf(call.outcome));
        attempts += u"\n"_s + tr("Earlier calls:") + u"\n"_s + lines.join(u'\n');
    }
    m_attemptsInfo->setText(attempts);
    auto history = m_services.customers.orders(m_followUp.customerId, 10);
    if (history) {
        m_history->setRowCount(int(history->size()));
        for (int r = 0; r < history->size(); ++r) {
            const auto &o = history->at(r);
            const QStringList cells{o.number, fmt::dateTime(o.openedAt), labelOfCode<OrderStatus>(o.status), o.symptom.simplified()};
            for (int col = 0; col < cells.size(); ++col)
                m_history->setItem(r, col, new QTableWidgetItem(cells[col]));
        }
        m_history->resizeColumnsToContents();
    }
    if (m_followUp.status == FollowUpStatus::Pending && m_followUp.comments.isEmpty() == false)
        m_comments->setPlainText(m_followUp.comments);
    updateForm();
}

void CallPanel::record()
{
    if (m_followUp.id == 0 || !m_record->isEnabled())
        return;
    m_error->hide();
    CallRecord call;
    call.outcome = outcome();
    call.satisfaction = call.outcome == CallOutcome::Reached ? m_satisfaction->currentData().toInt() : 0;
    call.comments = m_comments->toPlainText();
    if (m_newNeed->isEnabled() && m_newNeed->isChecked() && openNewOrder) {
        call.newOrderId = openNewOrder(m_followUp.customerId, m_followUp.productId, call.comments);
        if (call.newOrderId == 0) {
            m_error->setText(tr("No new order was saved; the call is not recorded yet. Untick \"new service need\" to record "
                                "it without an order."));
            m_error->show();
            return;
        }
    }
    auto st = m_services.followups.record(m_actor, m_followUp.id, m_followUp.rowVersion, call);
    if (!st.ok()) {
        m_error->setText(st.error().message);
        m_error->show();
        return;
    }
    const qint64 id = m_followUp.id;
    Q_EMIT recorded(id);
}

} // namespace as
