#pragma once

#include "domain/Order.h"
#include "services/Actor.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace as {

struct Services;

// Asks for what one step of an order needs (technician, appointment, work done, who
// accepted, receipt number, reason) and performs it through OrderService; the service's
// message names the missing field, which gets the focus.
class OrderStepDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Step { Transition, Assign, Reschedule };
    OrderStepDialog(Services &services, const Actor &actor, const Order &order, Step step, OrderStatus to = OrderStatus::New,
                    QWidget *parent = nullptr);
    static QString stepLabel(OrderStatus from, OrderStatus to);

public Q_SLOTS:
    void accept() override;

private:
    void showError(const Error &e);
    QDateTime siteTime(const QDateTimeEdit *edit) const;

    Services &m_services;
    Actor m_actor;
    Order m_order;
    Step m_step;
    OrderStatus m_to;
    QComboBox *m_technician = nullptr;
    QDateTimeEdit *m_start = nullptr;
    QSpinBox *m_hours = nullptr;
    QPlainTextEdit *m_text = nullptr;     // work done, note
    QLineEdit *m_line = nullptr;          // accepted by, receipt number, reason
    QDateTimeEdit *m_when = nullptr;      // accepted at
    QLabel *m_error;
};

} // namespace as
