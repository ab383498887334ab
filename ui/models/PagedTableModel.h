#pragma once

#include "list/ListQuery.h"

#include <QAbstractTableModel>

namespace as {

class Database;

// A read-only table over a core ListQuery, fetched a page at a time as the view
// scrolls (canFetchMore/fetchMore): a million rows never load at once, and no
// query stays open between pages. Subclasses define their Column enum, headers and
// how raw values are shown; RawValueRole gives the stored value for sorting/filtering.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int RawValueRole = Qt::UserRole + 1;
    static constexpr int KeyRole = Qt::UserRole + 2;
    static constexpr int PageSize = 200;

    explicit PagedTableModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    qint64 keyAt(int row) const;
    int rowOfKey(qint64 key) const;    // -1 when not loaded
    QVariant rawValue(int row, int column) const;
    qint64 totalCount();               // rows matching the current filter (counted on demand)
    bool isSortable(int column) const;

    // Re-read the rows loaded so far (after this PC or another changed data).
    void refresh();

Q_SIGNALS:
    void loadFailed(const QString &message);
    void refreshing();   // refresh() starts: views remember their position
    void refreshed();    // refresh() done: views restore it

protected:
    // Replace the query (new filter); keeps the current sort.
    void setListQuery(ListQuery query);
    virtual QString columnTitle(int column) const = 0;
    virtual QVariant display(int column, const QVariant &raw, const QVector<QVariant> &row) const;
    virtual QVariant decoration(int column, const QVector<QVariant> &row) const;
    virtual QVariant foreground(int column, const QVector<QVariant> &row) const;
    virtual QVariant background(int column, const QVector<QVariant> &row) const;
    virtual Qt::Alignment alignment(int column) const;

private:
    void loadFirstPage();
    void replaceRows(const Result<ListQuery::Page> &page);
    Database &m_db;
    ListQuery m_query;
    QList<QVector<QVariant>> m_rows;
    bool m_atEnd = true;
    qint64 m_total = -1;
    bool m_changing = false;
};

} // namespace as
