#include "stocktake/StocktakeLinesModel.h"

#include <QColor>

using namespace Qt::Literals::StringLiterals;

namespace as {

void StocktakeLinesModel::setLines(QList<StocktakeLine> lines, bool hideExpected)
{
    beginResetModel();
    m_lines = std::move(lines);
    m_hide = hideExpected;
    endResetModel();
}

int StocktakeLinesModel::rowOfPart(qint64 partId) const
{
    for (int i = 0; i < m_lines.size(); ++i)
        if (m_lines.at(i).partId == partId)
            return i;
    return -1;
}

int StocktakeLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int StocktakeLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StocktakeLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code: return tr("Code");
    case Name: return tr("Name");
    case Bin: return tr("Bin");
    case Expected: return tr("Expected");
    case Counted: return tr("Counted");
    case Variance: return tr("Variance");
    case State: return tr("State");
    default: return {};
    }
}

QVariant StocktakeLinesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const StocktakeLine &l = m_lines.at(index.row());
    const qint64 expected = l.expected + l.movedSince;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Code: return l.code;
        case Name: return l.name;
        case Bin: return l.bin;
        case Expected: return m_hide ? QVariant(u"—"_s) : QVariant(expected);
        case Counted: return l.counted ? QVariant(*l.counted) : QVariant();
        case Variance:
            if (!l.counted || m_hide)
                return {};
            return l.variance() > 0 ? QVariant(u"+"_s + QString::number(l.variance())) : QVariant(l.variance());
        case State:
            if (l.needsRecount && !l.counted)
                return tr("Recount (first count %1)").arg(l.firstCount.value_or(0));
            if (l.needsRecount)
                return tr("Recounted");
            return l.counted ? tr("Counted") : tr("Not counted");
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((index.column() >= Expected && index.column() <= Variance ? Qt::AlignRight : Qt::AlignLeft) |
                                   Qt::AlignVCenter);
    if (role == Qt::ForegroundRole) {
        if (l.needsRecount && !l.counted)
            return QColor(0xb0, 0x60, 0x00);
        if (!l.counted)
            return QColor(0x80, 0x80, 0x80);
        if (!m_hide && l.variance() != 0 && (index.column() == Variance || index.column() == Counted))
            return QColor(0xb0, 0x20, 0x20);
        if (!m_hide && l.variance() == 0 && index.column() == Counted)
            return QColor(0x1a, 0x7f, 0x37);
    }
    if (role == Qt::UserRole)
        return l.partId;
    return {};
}

} // namespace as
