#include "parts/QueryListModel.h"

#include "domain/Part.h"
#include "widgets/Format.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace as {

QueryListModel::QueryListModel(Database &db, QList<ColumnSpec> columns, QObject *parent)
    : PagedTableModel(db, parent), m_columns(std::move(columns))
{
}

QString QueryListModel::columnTitle(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_columns.at(column).title : QString();
}

QVariant QueryListModel::display(int column, const QVariant &raw, const QVector<QVariant> &) const
{
    if (column < 0 || column >= m_columns.size() || raw.isNull())
        return raw;
    switch (m_columns.at(column).kind) {
    case Kind::Money: return fmt::money(raw.toLongLong());
    case Kind::DateTime: return fmt::dateTime(raw.toString());
    case Kind::Number: return raw.toLongLong();
    case Kind::MovementType: return labelOfCode<MovementType>(raw.toString());
    case Kind::DefectKind:
        return raw.toString() == u"scrap"_s ? QCoreApplication::translate("as::QueryListModel", "Scrapped / defective")
                                            : QCoreApplication::translate("as::QueryListModel", "Rejected at incoming inspection");
    case Kind::Text: break;
    }
    return raw;
}

QVariant QueryListModel::foreground(int column, const QVector<QVariant> &row) const
{
    return m_highlight ? m_highlight(column, row) : QVariant();
}

Qt::Alignment QueryListModel::alignment(int column) const
{
    if (column < 0 || column >= m_columns.size())
        return Qt::AlignLeft;
    const Kind k = m_columns.at(column).kind;
    return k == Kind::Number || k == Kind::Money ? Qt::AlignRight : Qt::AlignLeft;
}

} // namespace as
