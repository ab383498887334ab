#pragma once

#include "reports/KpiDrillDown.h"

#include <QDialog>

namespace as {

class Database;
class ListView;
class QueryListModel;

// The records behind a KPI figure or a chart bar: a paged list; double-clicking an order opens it.
class DrillDownDialog : public QDialog
{
    Q_OBJECT

public:
    DrillDownDialog(Database &db, const DrillDown &drill, QWidget *parent = nullptr);
    QueryListModel *model() const { return m_model; }

Q_SIGNALS:
    void orderActivated(qint64 orderId);

private:
    DrillDown m_drill;
    QueryListModel *m_model;
    ListView *m_view;
};

} // namespace as
