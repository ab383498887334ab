#include "models/PagedTableModel.h"

#include "storage/Database.h"

#include <QScopedValueRollback>

namespace as {

PagedTableModel::PagedTableModel(Database &db, QObject *parent) : QAbstractTableModel(parent), m_db(db) {}

int PagedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PagedTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_query.columns.size());
}

QVariant PagedTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVector<QVariant> &row = m_rows.at(index.row());
    const int col = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(col, row.at(col), row);
    case RawValueRole:
        return row.at(col);
    case KeyRole:
        return row.last();
    case Qt::DecorationRole:
        return decoration(col, row);
    case Qt::ForegroundRole:
        return foreground(col, row);
    case Qt::BackgroundRole:
        return background(col, row);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(alignment(col) | Qt::AlignVCenter);
    case Qt::ToolTipRole: {
        const QVariant d = display(col, row.at(col), row);
        return d.toString().size() > 30 ? d : QVariant();
    }
    default:
        return {};
    }
}

QVariant PagedTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(alignment(section) | Qt::AlignVCenter);
    return {};
}

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    // Ignore re-entrant calls made from our own change notifications.
    if (parent.isValid() || m_atEnd || m_rows.isEmpty() || m_changing)
        return;
    const QScopedValueRollback guard(m_changing, true);
    const QVector<QVariant> &last = m_rows.last();
    auto page = m_query.fetch(m_db, PageSize, last.at(last.size() - 2), last.last());
    if (!page) {
        m_atEnd = true;
        Q_EMIT loadFailed(page.error().message);
        return;
    }
    if (page->rows.isEmpty()) {
        m_atEnd = true;
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->rows.size() - 1));
    m_rows.append(page->rows);
    m_atEnd = page->atEnd;
    endInsertRows();
}

void PagedTableModel::sort(int column, Qt::SortOrder order)
{
    if (column >= 0 && !isSortable(column))
        return;
    if (m_query.sortColumn == column && m_query.descending == (order == Qt::DescendingOrder))
        return;
    m_query.sortColumn = column;
    m_query.descending = order == Qt::DescendingOrder;
    loadFirstPage();
}

bool PagedTableModel::isSortable(int column) const
{
    return column >= 0 && column < m_query.columns.size() && !m_query.columns.at(column).sortExpr.isEmpty();
}

qint64 PagedTableModel::keyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).last().toLongLong() : 0;
}

int PagedTableModel::rowOfKey(qint64 key) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).last().toLongLong() == key)
            return i;
    return -1;
}

QVariant PagedTableModel::rawValue(int row, int column) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).value(column) : QVariant();
}

qint64 PagedTableModel::totalCount()
{
    if (m_total < 0) {
        auto n = m_query.count(m_db);
        m_total = n ? *n : 0;
    }
    return m_total;
}

void PagedTableModel::setListQuery(ListQuery query)
{
    if (m_query.columns.size() && query.sortColumn >= 0) {
        query.sortColumn = m_query.sortColumn;
        query.descending = m_query.descending;
    }
    const bool columnsChanged = query.columns.size() != m_query.columns.size();
    if (columnsChanged)
        beginResetModel();
    m_query = std::move(query);
    if (columnsChanged) {
        m_rows.clear();
        m_atEnd = true;
        endResetModel();
    }
    loadFirstPage();
}

// Reset to empty first, then insert the first page: views (and the model tester)
// never see a fetchMore() while the reset is being announced.
void PagedTableModel::replaceRows(const Result<ListQuery::Page> &page)
{
    const QScopedValueRollback guard(m_changing, true);
    beginResetModel();
    m_rows.clear();
    m_atEnd = true;
    m_total = -1;
    endResetModel();
    if (!page) {
        Q_EMIT loadFailed(page.error().message);
        return;
    }
    if (!page->rows.isEmpty()) {
        beginInsertRows({}, 0, int(page->rows.size() - 1));
        m_rows = page->rows;
        m_atEnd = page->atEnd;
        endInsertRows();
    } else {
        m_atEnd = page->atEnd;
    }
}

void PagedTableModel::loadFirstPage()
{
    replaceRows(m_query.fetch(m_db, PageSize));
}

void PagedTableModel::refresh()
{
    Q_EMIT refreshing();
    replaceRows(m_query.fetch(m_db, std::max<int>(PageSize, int(m_rows.size()))));
    Q_EMIT refreshed();
}

QVariant PagedTableModel::display(int, const QVariant &raw, const QVector<QVariant> &) const
{
    return raw;
}

QVariant PagedTableModel::decoration(int, const QVector<QVariant> &) const
{
    return {};
}

QVariant PagedTableModel::foreground(int, const QVector<QVariant> &) const
{
    return {};
}

QVariant PagedTableModel::background(int, const QVector<QVariant> &) const
{
    return {};
}

Qt::Alignment PagedTableModel::alignment(int) const
{
    return Qt::AlignLeft;
}

} // namespace as
