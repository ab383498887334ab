#pragma once

#include "models/PagedTableModel.h"
#include "services/Actor.h"
#include "services/ComplaintQueries.h"

#include <QDateTime>
#include <QTimeZone>

#include <functional>

namespace as {

// All complaints, a page at a time (200,000 in the benchmark database), with the list's filters
// and search. Complaints overdue or due soon (acknowledgement, remedy proposal) are coloured.
class ComplaintListModel : public PagedTableModel
{
    Q_OBJECT

public:
    using Now = std::function<QDateTime()>;

    ComplaintListModel(Database &db, const Actor &actor, const QTimeZone &site, Now now, QObject *parent = nullptr);
    void setFilter(const ComplaintQueries::Filter &filter);
    const ComplaintQueries::Filter &filter() const { return m_filter; }

protected:
    QString columnTitle(int column) const override;
    QVariant display(int column, const QVariant &raw, const QVector<QVariant> &row) const override;
    QVariant foreground(int column, const QVector<QVariant> &row) const override;
    QVariant background(int column, const QVector<QVariant> &row) const override;
    Qt::Alignment alignment(int column) const override;

private:
    ComplaintQueries::Urgency urgencyOf(const QVector<QVariant> &row) const;
    Database &m_db;
    Actor m_actor;
    QTimeZone m_site;
    Now m_now;
    ComplaintQueries::Filter m_filter;
};

} // namespace as
