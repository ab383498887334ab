#pragma once

#include "services/Actor.h"
#include "services/OrderService.h"
#include "shell/Page.h"

class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace as {

struct Services;

// The dispatch board: unassigned orders by dispatch deadline on the left; technicians with
// their load for the chosen day on the right, and the chosen technician's visits below.
// Assign (Enter or the button), book a visit, reschedule with a reason.
class DispatchPage : public Page
{
    Q_OBJECT

public:
    DispatchPage(Services &services, const Actor &actor, QWidget *parent = nullptr);
    QString pageId() const override { return QStringLiteral("dispatch"); }
    QString title() const override { return tr("Dispatch"); }
    void refresh() override;
    int loadedRows() const override;

    QTableWidget *unassignedTable() const { return m_unassigned; }
    QTableWidget *technicianTable() const { return m_technicians; }
    QTableWidget *dayTable() const { return m_day; }
    void setDay(const QDate &day);
    // Assigns the selected unassigned order to the selected technician.
    bool assignSelected();

Q_SIGNALS:
    void orderActivated(qint64 orderId);

private:
    void fillUnassigned();
    void fillTechnicians();
    void fillDay();
    void bookSelected(bool reschedule);
    qint64 selectedTechnician() const;
    void showError(const QString &message);

    Services &m_services;
    Actor m_actor;
    QList<OrderService::BoardOrder> m_unassignedRows, m_dayRows;
    QTableWidget *m_unassigned, *m_technicians, *m_day;
    QDateEdit *m_date;
    QPushButton *m_assign, *m_book, *m_reschedule;
    QLabel *m_error;
};

} // namespace as
