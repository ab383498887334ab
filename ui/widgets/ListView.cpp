#include "widgets/ListView.h"

#include <QHeaderView>
#include <QKeyEvent>
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
