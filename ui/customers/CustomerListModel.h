#pragma once

#include "models/PagedTableModel.h"
#include "services/Actor.h"
#include "services/CustomerQueries.h"

namespace as {

class CustomerListModel : public PagedTableModel
{
    Q_OBJECT

public:
    using Column = CustomerQueries::Column;

    CustomerListModel(Database &db, const Actor &actor, QObject *parent = nullptr);
    void setFilter(const CustomerQueries::Filter &filter);
    const CustomerQueries::Filter &filter() const { return m_filter; }

protected:
    QString columnTitle(int column) const override;
    QVariant display(int column, const QVariant &raw, const QVector<QVariant> &row) const override;
    Qt::Alignment alignment(int column) const override;

private:
    Database &m_db;
    Actor m_actor;
    CustomerQueries::Filter m_filter;
};

} // namespace as
