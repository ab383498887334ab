#include "customers/CustomerListModel.h"

#include "domain/Customer.h"
#include "storage/Database.h"
#include "widgets/Format.h"

namespace as {

CustomerListModel::CustomerListModel(Database &db, const Actor &actor, QObject *parent)
    : PagedTableModel(db, parent), m_db(db), m_actor(actor)
{
    setFilter({});
}

void CustomerListModel::setFilter(const CustomerQueries::Filter &filter)
{
    m_filter = filter;
    setListQuery(CustomerQueries::list(m_db.dialect(), m_filter));
}

QString CustomerListModel::columnTitle(int column) const
{
    switch (column) {
    case CustomerQueries::Name: return tr("Name");
    case CustomerQueries::Phone: return tr("Phone");
    case CustomerQueries::Type: return tr("Type");
    case CustomerQueries::Address: return tr("Address");
    case CustomerQueries::Products: return tr("Products");
    case CustomerQueries::Orders: return tr("Orders");
    case CustomerQueries::LastOrder: return tr("Last order");
    case CustomerQueries::Created: return tr("Customer since");
    default: return {};
    }
}

QVariant CustomerListModel::display(int column, const QVariant &raw, const QVector<QVariant> &) const
{
    switch (column) {
    case CustomerQueries::Phone:
        return m_actor.can(Permission::ViewPhoneNumbers) ? raw.toString() : phone::mask(raw.toString());
    case CustomerQueries::Type:
        return labelOfCode<CustomerType>(raw.toString());
    case CustomerQueries::LastOrder:
        return raw.isNull() ? QString() : fmt::dateTime(raw.toString());
    case CustomerQueries::Created:
        return fmt::date(raw.toString().left(10));
    default:
        return raw;
    }
}

Qt::Alignment CustomerListModel::alignment(int column) const
{
    return column == CustomerQueries::Products || column == CustomerQueries::Orders ? Qt::AlignRight : Qt::AlignLeft;
}

} // namespace as
