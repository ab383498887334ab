#pragma once

#include "domain/Order.h"
#include "services/Actor.h"

#include <QDialog>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace as {

class TimelineView;

struct Services;
class HistoryView;
class OrderChargesTab;
class OrderExpensesTab;
class OrderPartsTab;
class OrderDepotTab;
class OrderAttachmentsTab;

// One service order: header with status and deadlines, customer and product, the work
// (symptom, diagnosis, repair plan, work done), the timeline of events and reschedules,
// the audit history, and a button for every step the user's role may take now.
class OrderWindow : public QDialog
{
    Q_OBJECT

public:
    OrderWindow(Services &services, const Actor &actor, qint64 orderId, QWidget *parent = nullptr);
    const Order &order() const { return m_order; }
    // Buttons of the steps available now (object names "step_<status>").
    QList<QPushButton *> stepButtons() const { return m_stepButtons; }
    // Extra tabs and buttons other areas add (charges, parts, attachments…).
    QTabWidget *tabs() const { return m_tabs; }
    QHBoxLayout *actionBar() const { return m_actions; }
    void reload();
    void runStep(OrderStatus to);
    bool saveWork();

Q_SIGNALS:
    void orderChanged(qint64 orderId);

private:
    void fillHeader();
    void fillTimeline();
    void rebuildSteps();
    void showError(const QString &message);

    Services &m_services;
    Actor m_actor;
    qint64 m_id;
    Order m_order;
    QLabel *m_title, *m_status, *m_deadlines, *m_customer, *m_product, *m_error;
    QPlainTextEdit *m_symptom, *m_diagnosis, *m_plan, *m_workDone;
    QComboBox *m_priority;
    QPushButton *m_save;
    TimelineView *m_timeline;
    HistoryView *m_history;
    OrderChargesTab *m_charges;
    OrderExpensesTab *m_expenses;
    OrderPartsTab *m_partsTab;
    OrderDepotTab *m_depotTab;
    int m_depotIndex = -1;
    OrderAttachmentsTab *m_attachTab;
    QTabWidget *m_tabs;
    QHBoxLayout *m_steps, *m_actions;
    QList<QPushButton *> m_stepButtons;
};

} // namespace as
