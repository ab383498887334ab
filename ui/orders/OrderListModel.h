#pragma once

#include "models/PagedTableModel.h"
#include "services/Actor.h"
#include "services/OrderQueries.h"

#include <QDateTime>
#include <QTimeZone>
#include <functional>

namespace as {

// All service orders, a page at a time (1,000,000 in the demo database), with the list's
// filters and search. Overdue and due-soon orders are coloured; "time left" sorts by deadline.
class OrderListModel : public PagedTableModel
{
    Q_OBJECT

public:
    using Column = OrderQueries::Column;
    using Now = std::function<QDateTime()>;

    OrderListModel(Database &db, const Actor &actor, const QTimeZone &site, Now now, QObject *parent = nullptr);
    void setFilter(const OrderQueries::Filter &filter);
    const OrderQueries::Filter &filter() const { return m_filter; }

protected:
    QString columnTitle(int column) const override;
    QVariant display(int column, const QVariant &raw, const QVector<QVariant> &row) const override;
    QVariant foreground(int column, const QVector<QVariant> &row) const override;
    QVariant background(int column, const QVector<QVariant> &row) const override;
    Qt::Alignment alignment(int column) const override;

private:
    OrderQueries::Urgency urgencyOf(const QVector<QVariant> &row) const;
    Database &m_db;
    Actor m_actor;
    QTimeZone m_site;
    Now m_now;
    OrderQueries::Filter m_filter;
};

} // namespace as
