#include "orders/OrderListModel.h"

#include "domain/Customer.h"
#include "storage/Database.h"
#include "util/Time.h"
#include "widgets/Format.h"

#include <QColor>

namespace as {

OrderListModel::OrderListModel(Database &db, const Actor &actor, const QTimeZone &site, Now now, QObject *parent)
    : PagedTableModel(db, parent), m_db(db), m_actor(actor), m_site(site), m_now(std::move(now))
{
    setFilter({});
}

void OrderListModel::setFilter(const OrderQueries::Filter &filter)
{
    m_filter = filter;
    setListQuery(OrderQueries::list(m_db.dialect(), m_filter, m_now(), m_site));
}

QString OrderListModel::columnTitle(int column) const
{
    switch (column) {
    case OrderQueries::Number: return tr("Order");
    case OrderQueries::Status: return tr("Status");
    case OrderQueries::Opened: return tr("Opened");
    case OrderQueries::Customer: return tr("Customer");
    case OrderQueries::Phone: return tr("Phone");
    case OrderQueries::Model: return tr("Model");
    case OrderQueries::Serial: return tr("Serial number");
    case OrderQueries::Category: return tr("Category");
    case OrderQueries::Priority: return tr("Priority");
    case OrderQueries::Technician: return tr("Technician");
    case OrderQueries::Warranty: return tr("Warranty");
    case OrderQueries::Appointment: return tr("Appointment");
    case OrderQueries::TimeLeft: return tr("Time left");
    case OrderQueries::Symptom: return tr("Symptom");
    default: return {};
    }
}

OrderQueries::Urgency OrderListModel::urgencyOf(const QVector<QVariant> &row) const
{
    const QVariant due = row.value(OrderQueries::TimeLeft);
    return OrderQueries::urgency(row.value(OrderQueries::Status).toString(),
                                 due.isNull() ? QDateTime() : time::fromDb(due.toString()), m_now());
}

QVariant OrderListModel::display(int column, const QVariant &raw, const QVector<QVariant> &row) const
{
    switch (column) {
    case OrderQueries::Status: return labelOfCode<OrderStatus>(raw.toString());
    case OrderQueries::Opened: return fmt::dateTime(raw.toString());
    case OrderQueries::Phone:
        return m_actor.can(Permission::ViewPhoneNumbers) ? raw.toString() : phone::mask(raw.toString());
    case OrderQueries::Category: return labelOfCode<OrderCategory>(raw.toString());
    case OrderQueries::Priority: return labelOfCode<Priority>(raw.toString());
    case OrderQueries::Warranty: return labelOfCode<WarrantyStatus>(raw.toString());
    case OrderQueries::Appointment: return raw.isNull() ? QString() : fmt::dateTime(raw.toString());
    case OrderQueries::TimeLeft: {
        if (raw.isNull())
            return QString();
        const qint64 secs = m_now().secsTo(time::fromDb(raw.toString()));
        return secs < 0 ? tr("overdue %1").arg(fmt::duration(-secs)) : fmt::duration(secs);
    }
    case OrderQueries::Symptom: return raw.toString().simplified().left(80);
    default: Q_UNUSED(row); return raw;
    }
}

QVariant OrderListModel::foreground(int column, const QVector<QVariant> &row) const
{
    if (column != OrderQueries::TimeLeft && column != OrderQueries::Number)
        return {};
    switch (urgencyOf(row)) {
    case OrderQueries::Urgency::Overdue: return QColor(0xb0, 0x00, 0x20);
    case OrderQueries::Urgency::DueSoon: return QColor(0x8a, 0x5a, 0x00);
    default: return {};
    }
}

QVariant OrderListModel::background(int column, const QVector<QVariant> &row) const
{
    if (column != OrderQueries::TimeLeft)
        return {};
    switch (urgencyOf(row)) {
    case OrderQueries::Urgency::Overdue: return QColor(0xfd, 0xe2, 0xe4);
    case OrderQueries::Urgency::DueSoon: return QColor(0xff, 0xf1, 0xc9);
    default: return {};
    }
}

Qt::Alignment OrderListModel::alignment(int column) const
{
    return column == OrderQueries::TimeLeft ? Qt::AlignRight : Qt::AlignLeft;
}

} // namespace as
