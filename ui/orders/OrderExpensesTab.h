#pragma once

#include "services/Actor.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace as {

struct Services;

// Expense claims on an order (travel, tolls, parking, lodging): listed with who claimed them; added here.
class OrderExpensesTab : public QWidget
{
    Q_OBJECT

public:
    OrderExpensesTab(Services &services, const Actor &actor, QWidget *parent = nullptr);
    void setOrder(qint64 orderId);
    bool addExpense();

Q_SIGNALS:
    void changed();

private:
    Services &m_services;
    Actor m_actor;
    qint64 m_orderId = 0;
    QTableWidget *m_table;
    QComboBox *m_kind;
    QDoubleSpinBox *m_amount;
    QLineEdit *m_note;
    QLabel *m_total, *m_message;
};

} // namespace as
