#pragma once

#include "services/StocktakeService.h"

#include <QAbstractTableModel>

namespace as {

// The running list of a stocktake: counted against expected per line. In a blind count
// the expected quantity and the variance stay hidden until revealed (managers).
class StocktakeLinesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Code, Name, Bin, Expected, Counted, Variance, State, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setLines(QList<StocktakeLine> lines, bool hideExpected);
    const QList<StocktakeLine> &lines() const { return m_lines; }
    int rowOfPart(qint64 partId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<StocktakeLine> m_lines;
    bool m_hide = false;
};

} // namespace as
