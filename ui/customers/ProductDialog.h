#pragma once

#include "domain/Customer.h"
#include "services/Actor.h"
#include "util/Result.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace as {

struct Services;
class DateField;

// Register or edit a product for a customer; shows the warranty status it computes.
class ProductDialog : public QDialog
{
    Q_OBJECT

public:
    ProductDialog(Services &services, const Actor &actor, qint64 customerId, QWidget *parent = nullptr);
    void setProduct(const Product &p);
    qint64 productId() const { return m_product.id; }

public Q_SLOTS:
    void accept() override;

private:
    Product collect() const;
    void updateWarranty();
    void showError(const Error &e);

    Services &m_services;
    Actor m_actor;
    Product m_product;
    QLineEdit *m_model;
    QLineEdit *m_type;
    QLineEdit *m_serial;
    DateField *m_purchase;
    DateField *m_manufacture;
    DateField *m_installation;
    QLineEdit *m_dealer;
    QSpinBox *m_months;
    QComboBox *m_override;
    QLineEdit *m_reason;
    QLabel *m_warranty;
    QLabel *m_error;
};

} // namespace as
