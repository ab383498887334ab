#pragma once

#include "models/PagedTableModel.h"

#include <functional>

namespace as {

// A paged list over any core ListQuery whose columns are described here: title and how
// the raw value is shown. Used by the parts list and the stock reports.
class QueryListModel : public PagedTableModel
{
    Q_OBJECT

public:
    enum class Kind { Text, Number, Money, DateTime, MovementType, DefectKind };
    struct ColumnSpec { QString title; Kind kind = Kind::Text; };
    using Highlight = std::function<QVariant(int column, const QVector<QVariant> &row)>;

    QueryListModel(Database &db, QList<ColumnSpec> columns, QObject *parent = nullptr);
    void setQuery(ListQuery query) { setListQuery(std::move(query)); }
    void setHighlight(Highlight h) { m_highlight = std::move(h); }

protected:
    QString columnTitle(int column) const override;
    QVariant display(int column, const QVariant &raw, const QVector<QVariant> &row) const override;
    QVariant foreground(int column, const QVector<QVariant> &row) const override;
    Qt::Alignment alignment(int column) const override;

private:
    QList<ColumnSpec> m_columns;
    Highlight m_highlight;
};

} // namespace as
