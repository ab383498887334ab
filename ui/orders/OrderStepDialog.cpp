#include "orders/OrderStepDialog.h"

#include "services/Services.h"
#include "widgets/ErrorLabel.h"
#include "widgets/ConflictDialog.h"
#include "widgets/Format.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace as {

QString OrderStepDialog::stepLabel(OrderStatus from, OrderStatus to)
{
    switch (to) {
    case OrderStatus::Dispatched: return tr("Dispatch…");
    case OrderStatus::Scheduled: return tr("Book the visit…");
    case OrderStatus::InProgress: return from == OrderStatus::AwaitingParts ? tr("Resume work") : tr("Start work");
    case OrderStatus::AwaitingParts: return tr("Waiting for parts…");
    case OrderStatus::Completed: return tr("Complete…");
    case OrderStatus::Accepted: return tr("Record acceptance…");
    case OrderStatus::Closed: return tr("Close…");
    case OrderStatus::Cancelled: return tr("Cancel order…");
    case OrderStatus::New: break;
    }
    return labelOf(to);
}

OrderStepDialog::OrderStepDialog(Services &services, const Actor &actor, const Order &order, Step step, OrderStatus to,
                                 QWidget *parent)
    : QDialog(parent), m_services(services), m_actor(actor), m_order(order), m_step(step), m_to(to)
{
    auto *form = new QFormLayout;
    const QTimeZone site = services.settings.siteTimeZone();
    auto dateTimeEdit = [&](const QString &name, const QDateTime &value) {
        // Shown in the site's time (QDateTimeEdit has no time zone setting in Qt 6.4).
        const QDateTime local = value.toTimeZone(site);
        auto *e = new QDateTimeEdit(QDateTime(local.date(), local.time()));
        e->setObjectName(name);
        e->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
        e->setCalendarPopup(true);
        return e;
    };
    const bool booking = step == Step::Reschedule || (step == Step::Transition && to == OrderStatus::Scheduled);
    if (step == Step::Assign || (step == Step::Transition && to == OrderStatus::Dispatched)) {
        setWindowTitle(tr("Dispatch %1").arg(order.number));
        m_technician = new QComboBox;
        m_technician->setObjectName(u"technician"_s);
        auto load = services.orders.technicianLoad(services.clock.nowUtc().toTimeZone(site).date());
        if (load)
            for (const auto &t : *load)
                m_technician->addItem(tr("%1 (%n open order(s))", nullptr, t.openOrders).arg(t.name), t.technicianId);
        m_technician->setCurrentIndex(std::max(0, m_technician->findData(order.technicianId)));
        form->addRow(tr("&Technician"), m_technician);
    } else if (booking) {
        setWindowTitle(step == Step::Reschedule ? tr("Reschedule %1").arg(order.number) : tr("Book the visit for %1").arg(order.number));
        QDateTime start = order.appointmentStart.isValid() ? order.appointmentStart : services.clock.nowUtc().addSecs(3600);
        start = start.addSecs(-start.time().second());
        m_start = dateTimeEdit(u"appointmentStart"_s, start);
        m_hours = new QSpinBox;
        m_hours->setObjectName(u"appointmentHours"_s);
        m_hours->setRange(1, 12);
        m_hours->setSuffix(tr(" h"));
        m_hours->setValue(order.appointmentStart.isValid() && order.appointmentEnd.isValid()
                              ? std::max<qint64>(1, order.appointmentStart.secsTo(order.appointmentEnd) / 3600)
                              : 2);
        form->addRow(tr("Visit &from"), m_start);
        form->addRow(tr("&Window"), m_hours);
        if (step == Step::Reschedule) {
            m_line = new QLineEdit;
            m_line->setObjectName(u"reason"_s);
            form->addRow(tr("&Reason"), m_line);
            form->addRow(QString(), new QLabel(tr("Rescheduled %n time(s) so far.", nullptr, order.rescheduleCount)));
        }
    } else {
        setWindowTitle(tr("%1: %2").arg(order.number, labelOf(to)));
        switch (to) {
        case OrderStatus::Completed:
            m_text = new QPlainTextEdit(order.workDone);
            m_text->setObjectName(u"workDone"_s);
            m_text->setTabChangesFocus(true);
            form->addRow(tr("&Work done"), m_text);
            break;
        case OrderStatus::Accepted:
            m_line = new QLineEdit(order.customerName);
            m_line->setObjectName(u"acceptedBy"_s);
            m_when = dateTimeEdit(u"acceptedAt"_s, services.clock.nowUtc());
            form->addRow(tr("Accepted &by (signed the form)"), m_line);
            form->addRow(tr("Accepted &at"), m_when);
            break;
        case OrderStatus::Closed:
            m_line = new QLineEdit(order.receiptNumber);
            m_line->setObjectName(u"receiptNumber"_s);
            form->addRow(tr("Charges"), new QLabel(fmt::money(order.totalFen())));
            form->addRow(tr("&Receipt number"), m_line);
            break;
        case OrderStatus::Cancelled:
            m_line = new QLineEdit;
            m_line->setObjectName(u"reason"_s);
            form->addRow(tr("&Reason"), m_line);
            break;
        default:
            m_text = new QPlainTextEdit;
            m_text->setObjectName(u"note"_s);
            m_text->setTabChangesFocus(true);
            m_text->setMaximumHeight(70);
            form->addRow(tr("&Note"), m_text);
            break;
        }
    }
    m_error = makeErrorLabel();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &OrderStepDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

void OrderStepDialog::showError(const Error &e)
{
    m_error->setText(e.message);
    m_error->show();
    QWidget *w = nullptr;
    if (e.field == u"technician"_s)
        w = m_technician;
    else if (e.field.startsWith(u"appointment"_s))
        w = m_start;
    else if (e.field == u"work_done"_s)
        w = m_text;
    else if (e.field == u"accepted_at"_s)
        w = m_when;
    else if (e.field == u"accepted_by"_s || e.field == u"receipt_number"_s || e.field == u"reason"_s)
        w = m_line;
    if (w)
        w->setFocus();
}

QDateTime OrderStepDialog::siteTime(const QDateTimeEdit *edit) const
{
    const QDateTime shown = edit->dateTime();
    return QDateTime(shown.date(), shown.time(), m_services.settings.siteTimeZone()).toUTC();
}

void OrderStepDialog::accept()
{
    auto &orders = m_services.orders;
    const int rv = m_order.rowVersion;
    Status st = saveWithRetry(this, [&]() -> Status {
        if (m_step == Step::Assign)
            return orders.assign(m_actor, m_order.id, rv, m_technician->currentData().toLongLong());
        if (m_step == Step::Reschedule)
            return orders.setAppointment(m_actor, m_order.id, rv, siteTime(m_start),
                                         siteTime(m_start).addSecs(m_hours->value() * 3600), m_line->text());
        TransitionData d;
        switch (m_to) {
        case OrderStatus::Dispatched:
            return orders.assign(m_actor, m_order.id, rv, m_technician->currentData().toLongLong());
        case OrderStatus::Scheduled:
            return orders.setAppointment(m_actor, m_order.id, rv, siteTime(m_start),
                                         siteTime(m_start).addSecs(m_hours->value() * 3600));
        case OrderStatus::Completed: d.workDone = m_text->toPlainText(); break;
        case OrderStatus::Accepted: d.acceptedBy = m_line->text(); d.acceptedAt = siteTime(m_when); break;
        case OrderStatus::Closed: d.receiptNumber = m_line->text(); break;
        case OrderStatus::Cancelled: d.reason = m_line->text(); break;
        default: d.note = m_text ? m_text->toPlainText() : QString(); break;
        }
        return orders.transition(m_actor, m_order.id, rv, m_to, d);
    });
    if (!st.ok()) {
        if (st.error().kind == Error::Kind::Conflict)
            showError(Error::conflict(st.error().message + u' ' + tr("Close this window and look at the order again.")));
        else
            showError(st.error());
        return;
    }
    QDialog::accept();
}

} // namespace as
