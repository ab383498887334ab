#include "widgets/ListView.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QScrollBar>

#include "models/PagedTableModel.h"
#include <QSettings>

namespace as {

ListView::ListView(QWidget *parent) : QTableView(parent)
{
    setSelectionBehavior(SelectRows);
    setSelectionMode(SingleSelection);
    setAlternatingRowColors(true);
    setSortingEnabled(true);
    setEditTriggers(NoEditTriggers);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
    connect(this, &QTableView::doubleClicked, this, [this](const QModelIndex &i) { Q_EMIT rowActivated(i.row()); });
}

void ListView::setModel(QAbstractItemModel *model)
{
    if (this->model())
        disconnect(this->model(), nullptr, this, nullptr);
    QTableView::setModel(model);
    if (!model)
        return;
    // Only a refresh of the same list keeps the position; a new filter starts at the top.
    if (auto *paged = qobject_cast<PagedTableModel *>(model)) {
        connect(paged, &PagedTableModel::refreshing, this, &ListView::rememberPosition);
        connect(paged, &PagedTableModel::refreshed, this, &ListView::restorePosition);
    }
}

void ListView::rememberPosition()
{
    if (m_restoring)
        return;
    const QModelIndex current = currentIndex();
    m_savedKey = current.isValid() ? current.data(Qt::UserRole + 2) : QVariant();
    m_savedScroll = verticalScrollBar()->value();
}

void ListView::restorePosition()
{
    QAbstractItemModel *m = model();
    const QVariant key = m_savedKey;
    m_savedKey = {};
    if (!key.isValid()) {
        verticalScrollBar()->setValue(m_savedScroll);
        return;
    }
    m_restoring = true;
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->index(r, 0).data(Qt::UserRole + 2) == key) {
            setCurrentIndex(m->index(r, currentIndex().isValid() ? currentIndex().column() : 0));
            selectRow(r);
            break;
        }
    }
    verticalScrollBar()->setValue(m_savedScroll);
    m_restoring = false;
}

void ListView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
        Q_EMIT rowActivated(currentIndex().row());
        return;
    }
    QTableView::keyPressEvent(event);
}

void ListView::saveLayout(QSettings &s, const QString &key) const
{
    s.setValue(QStringLiteral("columns/") + key, horizontalHeader()->saveState());
}

void ListView::restoreLayout(QSettings &s, const QString &key)
{
    const QByteArray state = s.value(QStringLiteral("columns/") + key).toByteArray();
    if (!state.isEmpty())
        horizontalHeader()->restoreState(state);
}

} // namespace as
