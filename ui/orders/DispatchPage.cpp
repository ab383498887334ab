#include "orders/DispatchPage.h"

#include "orders/OrderStepDialog.h"
#include "services/Services.h"
#include "widgets/ErrorLabel.h"
#include "widgets/ConflictDialog.h"
#include "widgets/Format.h"

#include <QDateEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace as {

namespace {
QTableWidget *table(const QString &name, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()));
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QTableWidgetItem *cell(const QString &text, const QColor &fg = {})
{
    auto *i = new QTableWidgetItem(text);
    if (fg.isValid())
        i->setForeground(fg);
    return i;
}
} // namespace

DispatchPage::DispatchPage(Services &services, const Actor &actor, QWidget *parent)
    : Page(parent), m_services(services), m_actor(actor)
{
    auto *title = new QLabel(tr("Dispatch"));
    title->setObjectName(u"pageTitle"_s);
    m_date = new QDateEdit(services.clock.nowUtc().toTimeZone(services.settings.siteTimeZone()).date());
    m_date->setObjectName(u"day"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd ddd"_s);
    m_unassigned = table(u"unassigned"_s, {tr("Order"), tr("Dispatch by"), tr("Priority"), tr("Customer"), tr("Address"), tr("Symptom")});
    m_technicians = table(u"technicians"_s, {tr("Technician"), tr("Open orders"), tr("Visits that day")});
    m_day = table(u"technicianDay"_s, {tr("Visit"), tr("Order"), tr("Status"), tr("Customer"), tr("Address"), tr("Rescheduled")});
    m_assign = new QPushButton(tr("&Assign to technician"));
    m_assign->setObjectName(u"assign"_s);
    m_book = new QPushButton(tr("&Book visit…"));
    m_book->setObjectName(u"book"_s);
    m_reschedule = new QPushButton(tr("&Reschedule…"));
    m_reschedule->setObjectName(u"reschedule"_s);
    const bool may = actor.can(Permission::DispatchOrders);
    for (QPushButton *b : {m_assign, m_book, m_reschedule})
        b->setEnabled(may);
    m_error = makeErrorLabel();

    auto *left = new QGroupBox(tr("Waiting for a technician"));
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(m_unassigned);
    auto *assignRow = new QHBoxLayout;
    assignRow->addStretch(1);
    assignRow->addWidget(m_assign);
    leftLayout->addLayout(assignRow);
    auto *right = new QGroupBox(tr("Technicians"));
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(m_technicians, 1);
    rightLayout->addWidget(new QLabel(tr("Visits of the chosen technician that day, and orders not yet booked:")));
    rightLayout->addWidget(m_day, 2);
    auto *dayButtons = new QHBoxLayout;
    dayButtons->addStretch(1);
    dayButtons->addWidget(m_book);
    dayButtons->addWidget(m_reschedule);
    rightLayout->addLayout(dayButtons);
    auto *split = new QSplitter;
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addSpacing(16);
    auto *dayLabel = new QLabel(tr("&Day"));
    dayLabel->setBuddy(m_date);
    bar->addWidget(dayLabel);
    bar->addWidget(m_date);
    bar->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_error);
    layout->addWidget(split, 1);

    connect(m_date, &QDateEdit::dateChanged, this, [this] { fillTechnicians(); fillDay(); });
    connect(m_technicians, &QTableWidget::itemSelectionChanged, this, &DispatchPage::fillDay);
    connect(m_assign, &QPushButton::clicked, this, &DispatchPage::assignSelected);
    connect(m_book, &QPushButton::clicked, this, [this] { bookSelected(false); });
    connect(m_reschedule, &QPushButton::clicked, this, [this] { bookSelected(true); });
    connect(m_unassigned, &QTableWidget::cellDoubleClicked, this, [this](int row) { Q_EMIT orderActivated(m_unassignedRows.value(row).id); });
    connect(m_day, &QTableWidget::cellDoubleClicked, this, [this](int row) { Q_EMIT orderActivated(m_dayRows.value(row).id); });
    refresh();
}

void DispatchPage::setDay(const QDate &day)
{
    m_date->setDate(day);
}

void DispatchPage::refresh()
{
    m_error->hide();
    fillUnassigned();
    fillTechnicians();
    fillDay();
}

int DispatchPage::loadedRows() const
{
    return m_unassigned->rowCount();
}

void DispatchPage::fillUnassigned()
{
    const int keep = m_unassigned->currentRow();
    m_unassigned->setRowCount(0);
    auto rows = m_services.orders.unassigned();
    if (!rows) {
        showError(rows.error().message);
        return;
    }
    m_unassignedRows = *rows;
    const QDateTime now = m_services.clock.nowUtc();
    m_unassigned->setRowCount(int(m_unassignedRows.size()));
    for (int r = 0; r < m_unassignedRows.size(); ++r) {
        const auto &o = m_unassignedRows[r];
        const bool late = o.dispatchDue.isValid() && o.dispatchDue < now;
        const QColor fg = late ? QColor(0xb0, 0x00, 0x20) : QColor();
        m_unassigned->setItem(r, 0, cell(o.number, fg));
        m_unassigned->setItem(r, 1, cell(late ? tr("overdue %1").arg(fmt::duration(o.dispatchDue.secsTo(now)))
                                              : fmt::dateTime(o.dispatchDue), fg));
        m_unassigned->setItem(r, 2, cell(labelOf(o.priority)));
        m_unassigned->setItem(r, 3, cell(o.customerName));
        m_unassigned->setItem(r, 4, cell(o.address));
        m_unassigned->setItem(r, 5, cell(o.symptom.simplified().left(60)));
    }
    m_unassigned->resizeColumnsToContents();
    if (m_unassigned->rowCount() > 0)
        m_unassigned->selectRow(std::clamp(keep, 0, m_unassigned->rowCount() - 1));
}

void DispatchPage::fillTechnicians()
{
    const qint64 keep = selectedTechnician();
    m_technicians->blockSignals(true);
    m_technicians->setRowCount(0);
    auto load = m_services.orders.technicianLoad(m_date->date());
    if (!load) {
        m_technicians->blockSignals(false);
        showError(load.error().message);
        return;
    }
    m_technicians->setRowCount(int(load->size()));
    int select = 0;
    for (int r = 0; r < load->size(); ++r) {
        const auto &t = load->at(r);
        auto *name = cell(t.name);
        name->setData(Qt::UserRole, t.technicianId);
        m_technicians->setItem(r, 0, name);
        m_technicians->setItem(r, 1, cell(QString::number(t.openOrders)));
        m_technicians->setItem(r, 2, cell(QString::number(t.appointmentsThatDay)));
        if (t.technicianId == keep)
            select = r;
    }
    m_technicians->resizeColumnsToContents();
    if (m_technicians->rowCount() > 0)
        m_technicians->selectRow(select);
    m_technicians->blockSignals(false);
}

void DispatchPage::fillDay()
{
    m_day->setRowCount(0);
    m_dayRows.clear();
    const qint64 tech = selectedTechnician();
    if (tech <= 0)
        return;
    auto rows = m_services.orders.technicianDay(tech, m_date->date());
    if (!rows) {
        showError(rows.error().message);
        return;
    }
    m_dayRows = *rows;
    m_day->setRowCount(int(m_dayRows.size()));
    for (int r = 0; r < m_dayRows.size(); ++r) {
        const auto &o = m_dayRows[r];
        m_day->setItem(r, 0, cell(o.appointmentStart.isValid()
                                      ? u"%1–%2"_s.arg(fmt::dateTime(o.appointmentStart).right(5), fmt::dateTime(o.appointmentEnd).right(5))
                                      : tr("not booked")));
        m_day->setItem(r, 1, cell(o.number));
        m_day->setItem(r, 2, cell(labelOf(o.status)));
        m_day->setItem(r, 3, cell(o.customerName));
        m_day->setItem(r, 4, cell(o.address));
        m_day->setItem(r, 5, cell(o.rescheduleCount > 0 ? tr("%n time(s)", nullptr, o.rescheduleCount) : QString()));
    }
    m_day->resizeColumnsToContents();
}

qint64 DispatchPage::selectedTechnician() const
{
    const int row = m_technicians->currentRow();
    if (row < 0 || !m_technicians->item(row, 0))
        return 0;
    return m_technicians->item(row, 0)->data(Qt::UserRole).toLongLong();
}

bool DispatchPage::assignSelected()
{
    m_error->hide();
    const int row = m_unassigned->currentRow();
    const qint64 tech = selectedTechnician();
    if (row < 0 || row >= m_unassignedRows.size() || tech <= 0) {
        showError(tr("Choose an order on the left and a technician on the right."));
        return false;
    }
    const auto &o = m_unassignedRows[row];
    Status st = saveWithRetry(this, [&] { return m_services.orders.assign(m_actor, o.id, o.rowVersion, tech); });
    if (!st.ok()) {
        showError(st.error().kind == Error::Kind::Conflict ? st.error().message + u' ' + tr("The board has been reloaded.")
                                                           : st.error().message);
        refresh();
        return false;
    }
    refresh();
    return true;
}

void DispatchPage::bookSelected(bool reschedule)
{
    m_error->hide();
    const int row = m_day->currentRow();
    if (row < 0 || row >= m_dayRows.size()) {
        showError(tr("Choose one of the technician's orders below."));
        return;
    }
    auto order = m_services.orders.get(m_dayRows[row].id);
    if (!order) {
        showError(order.error().message);
        return;
    }
    const bool booked = order->status != OrderStatus::Dispatched;
    if (reschedule != booked) {
        showError(reschedule ? tr("Order %1 has no visit booked yet: book it first.").arg(order->number)
                             : tr("Order %1 already has a visit: reschedule it instead.").arg(order->number));
        return;
    }
    OrderStepDialog dlg(m_services, m_actor, *order,
                        reschedule ? OrderStepDialog::Step::Reschedule : OrderStepDialog::Step::Transition,
                        OrderStatus::Scheduled, this);
    if (dlg.exec() == QDialog::Accepted)
        refresh();
}

void DispatchPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace as
