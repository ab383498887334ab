#include "widgets/TimelineView.h"

#include "widgets/Format.h"

#include <QHeaderView>

using namespace Qt::Literals::StringLiterals;

namespace as {

TimelineView::TimelineView(QWidget *parent) : QTableWidget(0, 4, parent)
{
    setObjectName(u"timeline"_s);
    setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Note")});
    horizontalHeader()->setStretchLastSection(true);
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setColumnWidth(0, 130);
    setColumnWidth(1, 100);
    setColumnWidth(2, 220);
}

void TimelineView::setEvents(const QList<StatusEvent> &events, const std::function<QString(const StatusEvent &)> &describe)
{
    setRowCount(0);
    for (const StatusEvent &e : events) {
        const int row = rowCount();
        insertRow(row);
        setItem(row, 0, new QTableWidgetItem(fmt::dateTime(e.at)));
        setItem(row, 1, new QTableWidgetItem(e.userName));
        setItem(row, 2, new QTableWidgetItem(describe(e)));
        setItem(row, 3, new QTableWidgetItem(e.note));
    }
}

} // namespace as
