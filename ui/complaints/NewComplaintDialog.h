#pragma once

#include "domain/Customer.h"
#include "services/Actor.h"
#include "util/Result.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace as {

class CustomerPicker;
struct Services;

// Complaint intake, keyboard only: customer (phone fragment or name, Down/Enter picks), product,
// the orders concerned (ticked), contact phone, category, severity, what the customer says and
// expects. The repeat-case flag shows as soon as the customer is known. Ctrl+Enter saves.
// Opened from the Complaints page, an order window (customer and order preset) or a customer.
class NewComplaintDialog : public QDialog
{
    Q_OBJECT

public:
    NewComplaintDialog(Services &services, const Actor &actor, QWidget *parent = nullptr);
    void selectCustomer(qint64 customerId);
    // Presets the order's customer, product and ticks the order.
    void selectOrder(qint64 orderId);
    qint64 complaintId() const { return m_complaintId; }
    QLineEdit *customerSearch() const;

public Q_SLOTS:
    void accept() override;

private:
    void fillCustomerData();
    void showError(const Error &e);

    Services &m_services;
    Actor m_actor;
    Customer m_customer;
    qint64 m_complaintId = 0;
    CustomerPicker *m_picker;
    QLineEdit *m_phone;
    QListWidget *m_orders;
    QLabel *m_error;
    QComboBox *m_product, *m_category, *m_severity;
    QPlainTextEdit *m_content, *m_expectation;
    QPushButton *m_save;
};

} // namespace as
