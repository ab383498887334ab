#include "complaints/ComplaintListModel.h"

#include "domain/Customer.h"
#include "storage/Database.h"
#include "util/Time.h"
#include "widgets/Format.h"

#include <QColor>

namespace as {

namespace Q = ComplaintQueries;
using Q::Urgency;

ComplaintListModel::ComplaintListModel(Database &db, const Actor &actor, const QTimeZone &site, Now now, QObject *parent)
    : PagedTableModel(db, parent), m_db(db), m_actor(actor), m_site(site), m_now(std::move(now))
{
    setFilter({});
}

void ComplaintListModel::setFilter(const ComplaintQueries::Filter &filter)
{
    m_filter = filter;
    setListQuery(ComplaintQueries::list(m_db.dialect(), m_filter, m_now(), m_site));
}

QString ComplaintListModel::columnTitle(int column) const
{
    switch (column) {
    case Q::Number: return tr("Complaint");
    case Q::Status: return tr("Status");
    case Q::Due: return tr("Next deadline");
    case Q::Received: return tr("Received");
    case Q::Customer: return tr("Customer");
    case Q::Phone: return tr("Phone");
    case Q::Model: return tr("Model");
    case Q::Category: return tr("Category");
    case Q::Severity: return tr("Severity");
    case ComplaintQueries::Responsibility: return tr("Responsibility");
    case ComplaintQueries::Remedy: return tr("Remedy");
    case Q::Assignee: return tr("Responsible");
    case Q::Content: return tr("Content");
    default: return {};
    }
}

Urgency ComplaintListModel::urgencyOf(const QVector<QVariant> &row) const
{
    const QVariant due = row.value(Q::Due);
    return Q::urgency(due.isNull() ? QDateTime() : time::fromDb(due.toString()), m_now(), m_filter.dueSoonMinutes);
}

QVariant ComplaintListModel::display(int column, const QVariant &raw, const QVector<QVariant> &row) const
{
    Q_UNUSED(row);
    switch (column) {
    case Q::Status: return labelOfCode<ComplaintStatus>(raw.toString());
    case Q::Received: return fmt::dateTime(raw.toString());
    case Q::Phone: return m_actor.can(Permission::ViewPhoneNumbers) ? raw.toString() : phone::mask(raw.toString());
    case Q::Category: return labelOfCode<ComplaintCategory>(raw.toString());
    case Q::Severity: return labelOfCode<ComplaintSeverity>(raw.toString());
    case ComplaintQueries::Responsibility: return labelOfCode<as::Responsibility>(raw.toString());
    case ComplaintQueries::Remedy: return raw.isNull() ? QString() : labelOfCode<as::Remedy>(raw.toString());
    case Q::Due: {
        if (raw.isNull())
            return QString();
        const qint64 secs = m_now().secsTo(time::fromDb(raw.toString()));
        return secs < 0 ? tr("overdue %1").arg(fmt::duration(-secs)) : fmt::duration(secs);
    }
    case Q::Content: return raw.toString().simplified().left(80);
    default: return raw;
    }
}

QVariant ComplaintListModel::foreground(int column, const QVector<QVariant> &row) const
{
    if (column != Q::Due && column != Q::Number)
        return {};
    switch (urgencyOf(row)) {
    case Urgency::Overdue: return QColor(0xb0, 0x00, 0x20);
    case Urgency::DueSoon: return QColor(0x8a, 0x5a, 0x00);
    default: return {};
    }
}

QVariant ComplaintListModel::background(int column, const QVector<QVariant> &row) const
{
    if (column != Q::Due)
        return {};
    switch (urgencyOf(row)) {
    case Urgency::Overdue: return QColor(0xfd, 0xe2, 0xe4);
    case Urgency::DueSoon: return QColor(0xff, 0xf1, 0xc9);
    default: return {};
    }
}

Qt::Alignment ComplaintListModel::alignment(int column) const
{
    return column == Q::Due ? Qt::AlignRight : Qt::AlignLeft;
}

} // namespace as
