#pragma once

#include "models/PagedTableModel.h"
#include "services/Actor.h"
#include "services/FollowUpQueries.h"

#include <functional>

namespace as {

// The follow-up calls of one queue view, a page at a time (2,000,000 in the benchmark database).
// Overdue calls are shown in red.
class FollowUpListModel : public PagedTableModel
{
    Q_OBJECT

public:
    using Column = FollowUpQueries::Column;
    using Now = std::function<QDateTime()>;
    using Today = std::function<QDate()>;

    FollowUpListModel(Database &db, const Actor &actor, Now now, Today today, QObject *parent = nullptr);
    void setFilter(const FollowUpQueries::Filter &filter);
    const FollowUpQueries::Filter &filter() const { return m_filter; }

protected:
    QString columnTitle(int column) const override;
    QVariant display(int column, const QVariant &raw, const QVector<QVariant> &row) const override;
    QVariant foreground(int column, const QVector<QVariant> &row) const override;
    Qt::Alignment alignment(int column) const override;

private:
    Database &m_db;
    Actor m_actor;
    Now m_now;
    Today m_today;
    FollowUpQueries::Filter m_filter;
};

} // namespace as
