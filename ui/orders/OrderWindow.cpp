#include "orders/OrderWindow.h"

#include "orders/OrderChargesTab.h"
#include "orders/OrderExpensesTab.h"
#include "orders/OrderPartsTab.h"
#include "orders/OrderDepotTab.h"
#include "orders/OrderAttachmentsTab.h"
#include "orders/OrderStepDialog.h"
#include "services/OrderQueries.h"
#include "services/Services.h"
#include "widgets/TimelineView.h"
#include "widgets/ErrorLabel.h"
#include "widgets/ConflictDialog.h"
#include "widgets/Format.h"
#include "widgets/HistoryView.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace as {

namespace {
QPlainTextEdit *textBox(const QString &name, bool editable)
{
    auto *t = new QPlainTextEdit;
    t->setObjectName(name);
    t->setTabChangesFocus(true);
    t->setReadOnly(!editable);
    t->setMaximumHeight(90);
    return t;
}
} // namespace

OrderWindow::OrderWindow(Services &services, const Actor &actor, qint64 orderId, QWidget *parent)
    : QDialog(parent), m_services(services), m_actor(actor), m_id(orderId)
{
    m_title = new QLabel;
    m_title->setObjectName(u"pageTitle"_s);
    m_status = new QLabel;
    m_status->setObjectName(u"orderStatus"_s);
    m_deadlines = new QLabel;
    m_deadlines->setObjectName(u"deadlines"_s);
    m_deadlines->setWordWrap(true);
    m_customer = new QLabel;
    m_customer->setObjectName(u"customer"_s);
    m_customer->setWordWrap(true);
    m_customer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_product = new QLabel;
    m_product->setObjectName(u"product"_s);
    m_product->setWordWrap(true);
    m_error = makeErrorLabel();

    const bool editable = actor.can(Permission::EditOrders);
    m_symptom = textBox(u"symptom"_s, editable);
    m_diagnosis = textBox(u"diagnosis"_s, editable);
    m_plan = textBox(u"repairPlan"_s, editable);
    m_workDone = textBox(u"workDone"_s, editable);
    m_priority = new QComboBox;
    m_priority->setObjectName(u"priority"_s);
    for (Priority p : allValues<Priority>())
        m_priority->addItem(labelOf(p), codeOf(p));
    m_priority->setEnabled(editable);
    m_save = new QPushButton(tr("&Save changes"));
    m_save->setObjectName(u"saveWork"_s);
    m_save->setVisible(editable);
    connect(m_save, &QPushButton::clicked, this, [this] { saveWork(); });

    auto *who = new QGroupBox(tr("Customer and product"));
    auto *whoLayout = new QHBoxLayout(who);
    whoLayout->addWidget(m_customer, 1);
    whoLayout->addWidget(m_product, 1);

    auto *work = new QWidget;
    auto *workForm = new QFormLayout(work);
    workForm->addRow(tr("S&ymptom"), m_symptom);
    workForm->addRow(tr("&Diagnosis"), m_diagnosis);
    workForm->addRow(tr("Repair &plan"), m_plan);
    workForm->addRow(tr("&Work done"), m_workDone);
    workForm->addRow(tr("P&riority"), m_priority);
    workForm->addRow(QString(), m_save);

    m_timeline = new TimelineView;
    m_history = new HistoryView;

    m_tabs = new QTabWidget;
    m_tabs->addTab(work, tr("&Work"));
    m_charges = new OrderChargesTab(services, actor);
    m_tabs->addTab(m_charges, tr("&Charges"));
    connect(m_charges, &OrderChargesTab::changed, this, [this] {
        reload();
        Q_EMIT orderChanged(m_id);
    });
    m_expenses = new OrderExpensesTab(services, actor);
    m_tabs->addTab(m_expenses, tr("E&xpenses"));
    connect(m_expenses, &OrderExpensesTab::changed, this, [this] {
        reload();
        Q_EMIT orderChanged(m_id);
    });
    m_partsTab = new OrderPartsTab(services, actor);
    m_tabs->addTab(m_partsTab, tr("&Parts and follow-ups"));
    connect(m_partsTab, &OrderPartsTab::changed, this, [this] {
        reload();
        Q_EMIT orderChanged(m_id);
    });
    m_depotTab = new OrderDepotTab(services, actor);
    m_depotIndex = m_tabs->addTab(m_depotTab, tr("Carry-in &repair"));
    connect(m_depotTab, &OrderDepotTab::changed, this, [this] {
        reload();
        Q_EMIT orderChanged(m_id);
    });
    m_attachTab = new OrderAttachmentsTab(services, actor);
    m_tabs->addTab(m_attachTab, tr("&Attachments"));
    m_tabs->addTab(m_timeline, tr("&Timeline"));
    m_tabs->addTab(m_history, tr("&History"));

    m_steps = new QHBoxLayout;
    m_actions = new QHBoxLayout;
    auto *bottom = new QHBoxLayout;
    bottom->addLayout(m_steps);
    bottom->addStretch(1);
    bottom->addLayout(m_actions);
    auto *closeButton = new QPushButton(tr("Close window"));
    connect(closeButton, &QPushButton::clicked, this, &QDialog::reject);
    bottom->addWidget(closeButton);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addSpacing(12);
    header->addWidget(m_status);
    header->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_deadlines);
    layout->addWidget(who);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    layout->addLayout(bottom);
    resize(980, 720);
    reload();
}

void OrderWindow::reload()
{
    m_error->hide();
    auto o = m_services.orders.get(m_id);
    if (!o) {
        showError(o.error().message);
        return;
    }
    m_order = *o;
    fillHeader();
    m_charges->setOrder(m_order);
    m_expenses->setOrder(m_id);
    m_partsTab->setOrder(m_order);
    m_depotTab->setOrder(m_order);
    m_tabs->setTabVisible(m_depotIndex, m_order.serviceMode == ServiceMode::Depot);
    m_attachTab->setOrder(m_order.id);
    fillTimeline();
    m_history->load(m_services.audit, u"service_order"_s, m_id);
    rebuildSteps();
}

void OrderWindow::fillHeader()
{
    const Order &o = m_order;
    setWindowTitle(tr("Service order %1").arg(o.number));
    m_title->setText(o.number);
    m_status->setText(u"<b>%1</b> · %2 · %3 · %4"_s.arg(labelOf(o.status), labelOf(o.category), labelOf(o.priority),
                                                        labelOf(o.warranty)));
    QStringList lines;
    lines << tr("Opened %1 via %2").arg(fmt::dateTime(o.openedAt), labelOf(o.channel));
    if (isOpen(o.status) && o.resolveDue.isValid()) {
        const qint64 left = m_services.clock.nowUtc().secsTo(o.resolveDue);
        lines << (left < 0 ? tr("<span style='color:#b00020'><b>Overdue</b> by %1 (due %2)</span>").arg(fmt::duration(-left), fmt::dateTime(o.resolveDue))
                           : tr("Resolve by %1 (%2 left)").arg(fmt::dateTime(o.resolveDue), fmt::duration(left)));
    }
    if (o.appointmentStart.isValid())
        lines << tr("Visit %1–%2").arg(fmt::dateTime(o.appointmentStart), fmt::dateTime(o.appointmentEnd).right(5)) +
                     (o.rescheduleCount > 0 ? u" "_s + tr("(rescheduled %n time(s))", nullptr, o.rescheduleCount) : QString());
    if (o.technicianId > 0) {
        auto t = m_services.users.byId(o.technicianId);
        if (t)
            lines << tr("Technician: %1").arg(t->displayName);
    }
    if (!o.acceptedByName.isEmpty())
        lines << tr("Accepted by %1 at %2").arg(o.acceptedByName, fmt::dateTime(o.acceptedAt));
    if (!o.cancelReason.isEmpty())
        lines << tr("Cancelled: %1").arg(o.cancelReason);
    if (o.reworkOf > 0) {
        auto orig = m_services.orders.get(o.reworkOf);
        if (orig)
            lines << tr("Rework of %1").arg(orig->number);
    }
    m_deadlines->setText(lines.join(u" · "_s));
    const QString phoneText = m_actor.can(Permission::ViewPhoneNumbers) ? o.contactPhone : phone::mask(o.contactPhone);
    m_customer->setText(u"<b>%1</b><br>%2<br>%3"_s.arg(o.customerName.toHtmlEscaped(), phoneText, o.address.toHtmlEscaped()));
    if (o.productId > 0) {
        auto p = m_services.customers.product(o.productId);
        if (p)
            m_product->setText(tr("<b>%1</b><br>Serial %2<br>Purchased %3, %4 months warranty")
                                   .arg(p->model.toHtmlEscaped(), p->serial.toHtmlEscaped(), fmt::date(p->purchaseDate))
                                   .arg(p->warrantyMonths));
    } else {
        m_product->setText(tr("No registered product."));
    }
    m_symptom->setPlainText(o.symptom);
    m_diagnosis->setPlainText(o.diagnosis);
    m_plan->setPlainText(o.repairPlan);
    m_workDone->setPlainText(o.workDone);
    m_priority->setCurrentIndex(m_priority->findData(codeOf(o.priority)));
}

void OrderWindow::fillTimeline()
{
    auto events = m_services.orders.events(m_id);
    if (!events)
        return;
    m_timeline->setEvents(*events, [](const StatusEvent &e) {
        static const QHash<QString, const char *> kinds{
            {u"created"_s, QT_TR_NOOP("Opened")},
            {u"assigned"_s, QT_TR_NOOP("Technician assigned")},
            {u"rescheduled"_s, QT_TR_NOOP("Visit rescheduled")},
            {u"updated"_s, QT_TR_NOOP("Details changed")},
            {u"rework"_s, QT_TR_NOOP("Rework")},
            {u"expense"_s, QT_TR_NOOP("Expense claimed")},
            {u"quote"_s, QT_TR_NOOP("Quote")},
            {u"consent"_s, QT_TR_NOOP("Customer agreed to the quote")},
            {u"acknowledged"_s, QT_TR_NOOP("Acknowledged")},
            {u"followup"_s, QT_TR_NOOP("Follow-up call")},
            {u"reschedule"_s, QT_TR_NOOP("Visit rescheduled")},   // demo data and imports before 2026-12
        };
        // "status" is how demo data and imports before 2026-12 wrote a transition.
        const bool transition = e.kind == u"transition"_s || e.kind == u"status"_s;
        return transition ? tr("%1 → %2").arg(labelOfCode<OrderStatus>(e.fromStatus), labelOfCode<OrderStatus>(e.toStatus))
               : kinds.contains(e.kind)  ? tr(kinds.value(e.kind))
                                         : e.kind;
    });
}

void OrderWindow::rebuildSteps()
{
    for (QPushButton *b : m_stepButtons)
        b->deleteLater();
    m_stepButtons.clear();
    auto add = [this](const QString &label, const QString &name, std::function<void()> action) {
        auto *b = new QPushButton(label);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, std::move(action));
        m_steps->addWidget(b);
        m_stepButtons << b;
    };
    for (OrderStatus to : m_services.orders.availableTransitions(m_actor, m_order))
        add(OrderStepDialog::stepLabel(m_order.status, to), u"step_"_s + codeOf(to), [this, to] { runStep(to); });
    const bool activeVisit = m_order.status == OrderStatus::Scheduled || m_order.status == OrderStatus::InProgress ||
                             m_order.status == OrderStatus::AwaitingParts;
    if (activeVisit && (m_actor.can(Permission::DispatchOrders) || m_order.technicianId == m_actor.userId))
        add(tr("Reschedule…"), u"reschedule"_s, [this] {
            OrderStepDialog d(m_services, m_actor, m_order, OrderStepDialog::Step::Reschedule, OrderStatus::New, this);
            if (d.exec() == QDialog::Accepted) {
                reload();
                Q_EMIT orderChanged(m_id);
            }
        });
    if (isOpen(m_order.status) && m_order.status != OrderStatus::New && m_actor.can(Permission::DispatchOrders))
        add(tr("Reassign…"), u"reassign"_s, [this] {
            OrderStepDialog d(m_services, m_actor, m_order, OrderStepDialog::Step::Assign, OrderStatus::New, this);
            if (d.exec() == QDialog::Accepted) {
                reload();
                Q_EMIT orderChanged(m_id);
            }
        });
    if ((m_order.status == OrderStatus::Accepted || m_order.status == OrderStatus::Closed) && m_actor.can(Permission::CreateOrders))
        add(tr("Open rework order"), u"rework"_s, [this] {
            auto id = m_services.orders.createRework(m_actor, m_id, tr("Rework of %1: %2").arg(m_order.number, m_order.symptom));
            if (!id) {
                showError(id.error().message);
                return;
            }
            reload();
            Q_EMIT orderChanged(*id);
        });
}

void OrderWindow::runStep(OrderStatus to)
{
    if (!saveWork())
        return;
    OrderStepDialog d(m_services, m_actor, m_order, OrderStepDialog::Step::Transition, to, this);
    if (d.exec() != QDialog::Accepted)
        return;
    reload();
    Q_EMIT orderChanged(m_id);
}

bool OrderWindow::saveWork()
{
    if (!m_actor.can(Permission::EditOrders))
        return true;
    Order edited = m_order;
    edited.symptom = m_symptom->toPlainText();
    edited.diagnosis = m_diagnosis->toPlainText();
    edited.repairPlan = m_plan->toPlainText();
    edited.workDone = m_workDone->toPlainText();
    edited.priority = fromCode<Priority>(m_priority->currentData().toString()).value_or(m_order.priority);
    if (edited.symptom.trimmed() == m_order.symptom && edited.diagnosis.trimmed() == m_order.diagnosis &&
        edited.repairPlan.trimmed() == m_order.repairPlan && edited.workDone.trimmed() == m_order.workDone &&
        edited.priority == m_order.priority)
        return true;
    Error error;
    const auto outcome = saveResolvingConflicts(
        this, tr("Service order %1").arg(m_order.number), edited, [this](const Order &o) { return m_services.orders.updateWork(m_actor, o); },
        [this] { return m_services.orders.get(m_id); },
        [](const Order &mine, const Order &theirs) -> QList<ConflictDialog::Field> {
            return {{tr("Symptom"), mine.symptom, theirs.symptom}, {tr("Diagnosis"), mine.diagnosis, theirs.diagnosis},
                    {tr("Repair plan"), mine.repairPlan, theirs.repairPlan}, {tr("Work done"), mine.workDone, theirs.workDone},
                    {tr("Priority"), labelOf(mine.priority), labelOf(theirs.priority)},
                    {tr("Status"), labelOf(mine.status), labelOf(theirs.status)}};
        },
        [this](const Order &) { reload(); }, &error);
    if (outcome == SaveOutcome::Failed)
        showError(error.message);
    if (outcome != SaveOutcome::Saved)
        return false;
    reload();
    Q_EMIT orderChanged(m_id);
    return true;
}

void OrderWindow::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace as
