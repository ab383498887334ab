#include "widgets/HistoryView.h"

#include "services/AuditLog.h"
#include "widgets/Format.h"

#include <QHeaderView>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace as {

HistoryView::HistoryView(QWidget *parent) : QTableWidget(parent)
{
    setColumnCount(4);
    setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("Action"), tr("Changes")});
    horizontalHeader()->setStretchLastSection(true);
    verticalHeader()->hide();
    setEditTriggers(NoEditTriggers);
    setSelectionBehavior(SelectRows);
    setWordWrap(true);
}

void HistoryView::load(AuditLog &audit, const QString &entity, qint64 id)
{
    setRowCount(0);
    auto entries = audit.history(entity, id);
    if (!entries)
        return;
    setRowCount(int(entries->size()));
    int r = 0;
    for (const AuditLog::Entry &e : *entries) {
        QStringList changes;
        for (auto it = e.changes.begin(); it != e.changes.end(); ++it) {
            const QJsonValue v = it.value();
            if (v.isArray() && v.toArray().size() == 2)
                changes << tr("%1: %2 → %3").arg(it.key(), v.toArray().at(0).toVariant().toString(), v.toArray().at(1).toVariant().toString());
            else
                changes << it.key() + u": "_s + v.toVariant().toString();
        }
        setItem(r, 0, new QTableWidgetItem(fmt::dateTime(e.at)));
        setItem(r, 1, new QTableWidgetItem(e.userName));
        setItem(r, 2, new QTableWidgetItem(e.action));
        setItem(r, 3, new QTableWidgetItem(changes.join(u"; "_s)));
        ++r;
    }
    resizeColumnsToContents();
    resizeRowsToContents();
}

} // namespace as
