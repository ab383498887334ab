#pragma once

#include "domain/Customer.h"
#include "services/Actor.h"
#include "util/Result.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace as {

struct Services;

// Create or edit a customer. Validates in core, names the field at fault, warns when
// the phone number already belongs to another customer, and reports edit conflicts.
class CustomerDialog : public QDialog
{
    Q_OBJECT

public:
    CustomerDialog(Services &services, const Actor &actor, QWidget *parent = nullptr);
    void setCustomer(const Customer &c);   // edit an existing customer
    void setPhone(const QString &phone);   // prefill a new one
    qint64 customerId() const { return m_customer.id; }

public Q_SLOTS:
    void accept() override;

private:
    Customer collect() const;
    void showError(const Error &e);
    bool confirmDuplicates(const Customer &c);

    Services &m_services;
    Actor m_actor;
    Customer m_customer;
    QLineEdit *m_name;
    QLineEdit *m_phone;
    QLineEdit *m_phone2;
    QLineEdit *m_email;
    QLineEdit *m_address;
    QComboBox *m_type;
    QPlainTextEdit *m_notes;
    QLabel *m_error;
    QLabel *m_duplicates;
    QPushButton *m_save;
    QString m_confirmedPhone;
};

} // namespace as
