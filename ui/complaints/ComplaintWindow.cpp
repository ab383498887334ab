#include "complaints/ComplaintWindow.h"

#include "complaints/LinkOrdersDialog.h"

#include "complaints/ComplaintActions.h"
#include "complaints/ComplaintStepDialog.h"
#include "services/ComplaintQueries.h"
#include "services/Services.h"
#include "widgets/TimelineView.h"
#include "widgets/ConflictDialog.h"
#include "widgets/ErrorLabel.h"
#include "widgets/Format.h"
#include "widgets/HistoryView.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace as {

namespace {
QPlainTextEdit *textBox(const QString &name, bool editable, int height = 80)
{
    auto *t = new QPlainTextEdit;
    t->setObjectName(name);
    t->setTabChangesFocus(true);
    t->setReadOnly(!editable);
    t->setMaximumHeight(height);
    return t;
}

template <typename E>
QComboBox *enumCombo(const QString &name, bool withNone = false)
{
    auto *c = new QComboBox;
    c->setObjectName(name);
    if (withNone)
        c->addItem(ComplaintWindow::tr("(not decided)"), QString());
    for (E v : allValues<E>())
        c->addItem(labelOf(v), codeOf(v));
    return c;
}
} // namespace

ComplaintWindow::ComplaintWindow(Services &services, const Actor &actor, qint64 complaintId, QWidget *parent)
    : QDialog(parent), m_services(services), m_actor(actor), m_id(complaintId)
{
    const bool edit = actor.can(Permission::HandleComplaints);
    m_title = new QLabel;
    m_title->setObjectName(u"pageTitle"_s);
    m_status = new QLabel;
    m_status->setObjectName(u"status"_s);
    m_deadlines = new QLabel;
    m_deadlines->setObjectName(u"deadlines"_s);
    m_deadlines->setWordWrap(true);
    m_customer = new QLabel;
    m_customer->setWordWrap(true);
    m_customer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_product = new QLabel;
    m_product->setWordWrap(true);
    m_error = makeErrorLabel();

    m_content = textBox(u"content"_s, false, 110);
    m_expectation = textBox(u"expectation"_s, false, 60);
    m_category = enumCombo<ComplaintCategory>(u"category"_s);
    m_severity = enumCombo<ComplaintSeverity>(u"severity"_s);
    m_responsibility = enumCombo<Responsibility>(u"responsibility"_s);
    m_remedy = enumCombo<Remedy>(u"remedy"_s, true);
    m_department = new QLineEdit;
    m_department->setObjectName(u"department"_s);
    m_assignee = new QComboBox;
    m_assignee->setObjectName(u"assignee"_s);
    m_assignee->addItem(tr("(nobody yet)"), 0);
    if (auto users = services.users.list())
        for (const User &u : *users)
            if (roleAllows(u.role, Permission::HandleComplaints))
                m_assignee->addItem(u.displayName, u.id);
    m_amount = new QDoubleSpinBox;
    m_amount->setObjectName(u"compensation"_s);
    m_amount->setRange(0, 10000000);
    m_amount->setDecimals(2);
    m_amount->setPrefix(u"¥ "_s);
    m_investigation = textBox(u"investigation"_s, edit);
    m_rootCause = textBox(u"rootCause"_s, edit, 60);
    for (QWidget *w : std::initializer_list<QWidget *>{m_category, m_severity, m_responsibility, m_remedy, m_department, m_assignee, m_amount})
        w->setEnabled(edit);
    m_save = new QPushButton(tr("&Save changes"));
    m_save->setObjectName(u"save"_s);
    m_save->setVisible(edit);
    connect(m_save, &QPushButton::clicked, this, &ComplaintWindow::saveHandling);

    auto *said = new QFormLayout;
    said->addRow(tr("Content"), m_content);
    said->addRow(tr("Customer expects"), m_expectation);
    auto *kind = new QHBoxLayout;
    kind->addWidget(m_category);
    kind->addWidget(new QLabel(tr("Severity")));
    kind->addWidget(m_severity);
    auto *who = new QHBoxLayout;
    who->addWidget(m_department, 1);
    who->addWidget(new QLabel(tr("Responsible person")));
    who->addWidget(m_assignee, 1);
    auto *remedyRow = new QHBoxLayout;
    remedyRow->addWidget(m_remedy, 1);
    remedyRow->addWidget(new QLabel(tr("Amount")));
    remedyRow->addWidget(m_amount);
    auto *handling = new QFormLayout;
    handling->addRow(tr("Category"), kind);
    handling->addRow(tr("Department"), who);
    handling->addRow(tr("Investigation"), m_investigation);
    handling->addRow(tr("Root cause"), m_rootCause);
    handling->addRow(tr("Responsibility"), m_responsibility);
    handling->addRow(tr("Remedy"), remedyRow);
    handling->addRow(QString(), m_save);

    auto *mainTab = new QWidget;
    auto *mainLayout = new QVBoxLayout(mainTab);
    auto *saidBox = new QGroupBox(tr("What the customer said"));
    saidBox->setLayout(said);
    auto *handlingBox = new QGroupBox(tr("Handling"));
    handlingBox->setLayout(handling);
    mainLayout->addWidget(saidBox);
    mainLayout->addWidget(handlingBox);

    m_timeline = new TimelineView;
    m_history = new HistoryView;
    m_tabs = new QTabWidget;
    m_tabs->addTab(mainTab, tr("Complaint"));
    m_tabs->addTab(m_timeline, tr("Timeline"));
    m_tabs->addTab(m_history, tr("History"));

    auto *head = new QHBoxLayout;
    head->addWidget(m_title);
    head->addSpacing(12);
    head->addWidget(m_status);
    head->addStretch(1);
    auto *parties = new QHBoxLayout;
    auto *customerBox = new QGroupBox(tr("Customer"));
    (new QVBoxLayout(customerBox))->addWidget(m_customer);
    auto *productBox = new QGroupBox(tr("Product and orders"));
    auto *productLayout = new QVBoxLayout(productBox);
    productLayout->addWidget(m_product);
    m_linkOrders = new QPushButton(tr("&Link orders…"));
    m_linkOrders->setObjectName(u"linkOrders"_s);
    m_linkOrders->setVisible(actor.can(Permission::HandleComplaints));
    connect(m_linkOrders, &QPushButton::clicked, this, [this] {
        if (!saveHandling())
            return;
        LinkOrdersDialog d(m_services, m_actor, m_complaint, this);
        if (d.exec() != QDialog::Accepted)
            return;
        reload();
        Q_EMIT complaintChanged(m_id);
    });
    productLayout->addWidget(m_linkOrders, 0, Qt::AlignLeft);
    parties->addWidget(customerBox, 1);
    parties->addWidget(productBox, 1);
    m_steps = new QHBoxLayout;
    m_actions = new QHBoxLayout;
    auto *bottom = new QHBoxLayout;
    bottom->addLayout(m_steps);
    bottom->addStretch(1);
    bottom->addLayout(m_actions);
    auto *close = new QPushButton(tr("Close"));
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    bottom->addWidget(close);
    complaints::addPrintButton(m_actions, this, services, actor, [this] { return m_id; });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(m_deadlines);
    layout->addLayout(parties);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    layout->addLayout(bottom);
    resize(920, 760);
    reload();
}

void ComplaintWindow::reload()
{
    m_error->hide();
    auto c = m_services.complaints.get(m_id);
    if (!c) {
        showError(c.error().message);
        return;
    }
    m_complaint = *c;
    fillHeader();
    fillTimeline();
    m_history->load(m_services.audit, u"complaint"_s, m_id);
    rebuildSteps();
}

void ComplaintWindow::fillHeader()
{
    const Complaint &c = m_complaint;
    setWindowTitle(tr("Complaint %1").arg(c.number));
    m_title->setText(tr("Complaint %1").arg(c.number));
    m_status->setText(u"<b>%1</b>"_s.arg(labelOf(c.status).toHtmlEscaped()));
    QStringList lines{tr("Received %1").arg(fmt::dateTime(c.receivedAt))};
    const QDateTime now = m_services.clock.nowUtc();
    auto due = [&](const QString &what, const QDateTime &at, const QDateTime &done) {
        if (done.isValid())
            lines << tr("%1 done %2").arg(what, fmt::dateTime(done));
        else if (at.isValid())
            lines << (at < now ? tr("%1 OVERDUE since %2").arg(what, fmt::dateTime(at)) : tr("%1 due %2").arg(what, fmt::dateTime(at)));
    };
    due(tr("Acknowledgement"), c.ackDue, c.acknowledgedAt);
    due(tr("Remedy proposal"), c.remedyDue, c.remedyProposedAt);
    if (c.approvedAt.isValid())
        lines << tr("Approved %1").arg(fmt::dateTime(c.approvedAt));
    if (c.closedAt.isValid())
        lines << tr("Closed %1").arg(fmt::dateTime(c.closedAt));
    if (c.reopenCount > 0)
        lines << tr("Reopened %n time(s)", nullptr, c.reopenCount);
    QString text = lines.join(u" · "_s);
    if (c.customerId > 0) {
        auto n = m_services.complaints.recentCaseCount(c.customerId, now);
        if (n && *n >= OrderService::RepeatCaseThreshold)
            text += u"<br><span style='color:#b00020'><b>"_s +
                    tr("Repeat case: %n order(s) or complaint(s) in the last 12 months.", nullptr, *n).toHtmlEscaped() + u"</b></span>"_s;
    }
    m_deadlines->setText(text);
    const QString phoneText = m_actor.can(Permission::ViewPhoneNumbers) ? c.contactPhone : phone::mask(c.contactPhone);
    m_customer->setText(u"<b>%1</b><br>%2"_s.arg(c.customerName.toHtmlEscaped(), phoneText));
    QStringList product{c.model.isEmpty() ? tr("No product model.") : u"<b>%1</b>"_s.arg(c.model.toHtmlEscaped())};
    if (auto orders = m_services.complaints.orders(m_id))
        for (const auto &o : *orders)
            product << tr("Order %1 (%2)").arg(o.number, labelOfCode<OrderStatus>(o.status)).toHtmlEscaped();
    m_product->setText(product.join(u"<br>"_s));
    m_content->setPlainText(c.content);
    m_expectation->setPlainText(c.expectation);
    m_category->setCurrentIndex(m_category->findData(codeOf(c.category)));
    m_severity->setCurrentIndex(m_severity->findData(codeOf(c.severity)));
    m_responsibility->setCurrentIndex(m_responsibility->findData(codeOf(c.responsibility)));
    m_remedy->setCurrentIndex(c.remedy ? m_remedy->findData(codeOf(*c.remedy)) : 0);
    m_amount->setValue(double(c.compensationFen) / 100.0);
    m_department->setText(c.department);
    m_assignee->setCurrentIndex(std::max(0, m_assignee->findData(c.assigneeId)));
    m_investigation->setPlainText(c.investigation);
    m_rootCause->setPlainText(c.rootCause);
    const bool locked = c.status == ComplaintStatus::Approved || c.status == ComplaintStatus::CustomerInformed ||
                        c.status == ComplaintStatus::Closed;
    const bool edit = m_actor.can(Permission::HandleComplaints) && c.status != ComplaintStatus::Closed;
    m_remedy->setEnabled(edit && !locked);
    m_amount->setEnabled(edit && !locked);
    m_save->setEnabled(edit);
    m_linkOrders->setEnabled(edit);
}

void ComplaintWindow::fillTimeline()
{
    auto events = m_services.complaints.events(m_id);
    if (!events)
        return;
    m_timeline->setEvents(*events, [](const StatusEvent &e) {
        static const QHash<QString, const char *> kinds{
            {u"created"_s, QT_TR_NOOP("Received")},
            {u"acknowledged"_s, QT_TR_NOOP("Acknowledged")},
            {u"updated"_s, QT_TR_NOOP("Details changed")},
            {u"imported"_s, QT_TR_NOOP("Imported")},
            {u"orders_linked"_s, QT_TR_NOOP("Orders linked")},
        };
        QString what = kinds.contains(e.kind) ? tr(kinds.value(e.kind)) : e.kind;
        if (e.kind == u"transition"_s || e.kind == u"reopened"_s)
            what = tr("%1 → %2").arg(labelOfCode<ComplaintStatus>(e.fromStatus), labelOfCode<ComplaintStatus>(e.toStatus));
        if (e.kind == u"reopened"_s)
            what = tr("Customer not satisfied: %1").arg(what);
        return what;
    });
}

void ComplaintWindow::rebuildSteps()
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
    if (!m_complaint.acknowledgedAt.isValid() && m_complaint.status != ComplaintStatus::Closed &&
        m_actor.can(Permission::HandleComplaints))
        add(tr("Acknowledge"), u"acknowledge"_s, [this] {
            Status st = saveWithRetry(this, [&] { return m_services.complaints.acknowledge(m_actor, m_id, m_complaint.rowVersion); });
            if (!st)
                showError(st.error().message);
            reload();
            Q_EMIT complaintChanged(m_id);
        });
    for (ComplaintStatus to : m_services.complaints.availableTransitions(m_actor, m_complaint))
        add(ComplaintStepDialog::stepLabel(m_complaint.status, to), u"step_"_s + codeOf(to), [this, to] { runStep(to); });
}

void ComplaintWindow::runStep(ComplaintStatus to)
{
    if (!saveHandling())
        return;
    ComplaintStepDialog d(m_services, m_actor, m_complaint, to, this);
    if (d.exec() != QDialog::Accepted)
        return;
    reload();
    Q_EMIT complaintChanged(m_id);
}

Complaint ComplaintWindow::edited() const
{
    Complaint e = m_complaint;
    e.category = fromCode<ComplaintCategory>(m_category->currentData().toString()).value_or(e.category);
    e.severity = fromCode<ComplaintSeverity>(m_severity->currentData().toString()).value_or(e.severity);
    e.responsibility = fromCode<Responsibility>(m_responsibility->currentData().toString()).value_or(e.responsibility);
    e.remedy = fromCode<Remedy>(m_remedy->currentData().toString());
    e.compensationFen = qRound64(m_amount->value() * 100.0);
    e.department = m_department->text().trimmed();
    e.assigneeId = m_assignee->currentData().toLongLong();
    e.investigation = m_investigation->toPlainText().trimmed();
    e.rootCause = m_rootCause->toPlainText().trimmed();
    return e;
}

bool ComplaintWindow::saveHandling()
{
    if (!m_actor.can(Permission::HandleComplaints) || m_complaint.status == ComplaintStatus::Closed)
        return true;
    Complaint e = edited();
    if (e.category == m_complaint.category && e.severity == m_complaint.severity && e.responsibility == m_complaint.responsibility &&
        e.remedy == m_complaint.remedy && e.compensationFen == m_complaint.compensationFen && e.department == m_complaint.department &&
        e.assigneeId == m_complaint.assigneeId && e.investigation == m_complaint.investigation && e.rootCause == m_complaint.rootCause)
        return true;
    Error error;
    const auto outcome = saveResolvingConflicts(
        this, tr("Complaint %1").arg(m_complaint.number), e, [this](const Complaint &c) { return m_services.complaints.update(m_actor, c); },
        [this] { return m_services.complaints.get(m_id); },
        [](const Complaint &mine, const Complaint &theirs) -> QList<ConflictDialog::Field> {
            auto remedy = [](const Complaint &c) { return c.remedy ? labelOf(*c.remedy) : QString(); };
            return {{tr("Investigation"), mine.investigation, theirs.investigation},
                    {tr("Root cause"), mine.rootCause, theirs.rootCause},
                    {tr("Responsibility"), labelOf(mine.responsibility), labelOf(theirs.responsibility)},
                    {tr("Remedy"), remedy(mine), remedy(theirs)},
                    {tr("Status"), labelOf(mine.status), labelOf(theirs.status)}};
        },
        [this](const Complaint &) { reload(); }, &error);
    if (outcome == SaveOutcome::Failed)
        showError(error.message);
    if (outcome != SaveOutcome::Saved)
        return false;
    reload();
    Q_EMIT complaintChanged(m_id);
    return true;
}

void ComplaintWindow::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace as
