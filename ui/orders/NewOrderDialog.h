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

class CustomerPicker;
struct Services;

// The front desk's intake while the customer is on the phone, keyboard only:
// type a phone fragment or name (Down/Enter picks the customer, F2 creates one), pick or
// register (F3) the product and see its warranty, category and the rest, the symptom.
// Open orders for the same serial and the repeat-case flag show before saving; a
// consultation can be answered and closed on the spot. Ctrl+Enter saves.
class NewOrderDialog : public QDialog
{
    Q_OBJECT

public:
    NewOrderDialog(Services &services, const Actor &actor, QWidget *parent = nullptr);
    void setSearchText(const QString &text);
    void selectCustomer(qint64 customerId);
    // Opened from elsewhere (a follow-up call's new service need): customer, product and symptom filled in.
    void prefill(qint64 customerId, qint64 productId, const QString &symptom);
    qint64 orderId() const { return m_orderId; }
    QLineEdit *customerSearch() const;

public Q_SLOTS:
    void accept() override;

private:
    void newCustomer();
    void registerProduct();
    void fillProducts(qint64 selectProductId = 0);
    void updateProductInfo();
    void updateCategory();
    void showError(const Error &e);

    Services &m_services;
    Actor m_actor;
    Customer m_customer;
    QList<Product> m_products;
    qint64 m_orderId = 0;
    CustomerPicker *m_picker;
    QComboBox *m_product;
    QLabel *m_warranty, *m_openOrders;
    QComboBox *m_channel, *m_category, *m_mode, *m_complexity, *m_priority;
    QPlainTextEdit *m_symptom, *m_answer;
    QLabel *m_answerLabel;
    QLabel *m_error;
    QPushButton *m_save;
};

} // namespace as
