#include "followups/FollowUpListModel.h"

#include "domain/Customer.h"
#include "domain/FollowUp.h"
#include "storage/Database.h"
#include "util/Time.h"
#include "widgets/Format.h"

#include <QColor>

namespace as {

FollowUpListModel::FollowUpListModel(Database &db, const Actor &actor, Now now, Today today, QObject *parent)
    : PagedTableModel(db, parent), m_db(db), m_actor(actor), m_now(std::move(now)), m_today(std::move(today))
{
    setFilter({});
}

void FollowUpListModel::setFilter(const FollowUpQueries::Filter &filter)
{
    m_filter = filter;
    setListQuery(FollowUpQueries::list(m_db.dialect(), m_filter, m_today(), m_now()));
}

QString FollowUpListModel::columnTitle(int column) const
{
    using C = FollowUpQueries::Column;
    switch (column) {
    case C::Due: return tr("Due");
    case C::Kind: return tr("Call");
    case C::Status: return tr("Status");
    case C::Customer: return tr("Customer");
    case C::Phone: return tr("Phone");
    case C::Model: return tr("Model");
    case C::Order: return tr("Order");
    case C::Technician: return tr("Technician");
    case C::Attempts: return tr("Attempts");
    case C::NextCall: return tr("Call again at");
    case C::Satisfaction: return tr("Satisfaction");
    case C::Agent: return tr("Agent");
    case C::DoneAt: return tr("Done");
    case C::Comments: return tr("Comments");
    case C::Months: return tr("Months");
    default: return {};
    }
}

QVariant FollowUpListModel::display(int column, const QVariant &raw, const QVector<QVariant> &row) const
{
    using C = FollowUpQueries::Column;
    switch (column) {
    case C::Due: return fmt::date(raw.toString());
    case C::Kind: {
        const auto kind = fromCode<FollowUpKind>(raw.toString());
        if (kind == FollowUpKind::Months)
            return tr("%n month(s) after acceptance", nullptr, row.value(FollowUpQueries::Months).toInt());
        return labelOfCode<FollowUpKind>(raw.toString());
    }
    case C::Status: return labelOfCode<FollowUpStatus>(raw.toString());
    case C::Phone: return m_actor.can(Permission::ViewPhoneNumbers) ? raw.toString() : phone::mask(raw.toString());
    case C::NextCall:
    case C::DoneAt: return raw.isNull() ? QString() : fmt::dateTime(raw.toString());
    case C::Satisfaction: return raw.isNull() ? QString() : QString::number(raw.toInt()) + QStringLiteral(" / 5");
    case C::Comments: return raw.toString().simplified().left(80);
    default: Q_UNUSED(row); return raw;
    }
}

QVariant FollowUpListModel::foreground(int column, const QVector<QVariant> &row) const
{
    if (column != FollowUpQueries::Due)
        return {};
    if (row.value(FollowUpQueries::Status).toString() == QLatin1StringView("pending")
        && row.value(FollowUpQueries::Due).toString() < time::dateToDb(m_today()))
        return QColor(0xb0, 0x00, 0x20);
    return {};
}

Qt::Alignment FollowUpListModel::alignment(int column) const
{
    if (column == FollowUpQueries::Attempts || column == FollowUpQueries::Satisfaction)
        return Qt::AlignRight | Qt::AlignVCenter;
    return PagedTableModel::alignment(column);
}

} // namespace as
