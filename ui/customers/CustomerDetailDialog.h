#pragma once

#include "domain/Customer.h"
#include "services/Actor.h"

#include <QDialog>

class QLabel;
class QTableWidget;
class QTabWidget;

namespace as {

struct Services;
class HistoryView;

// One customer: contact details, registered products with their warranty status
// today, service orders, and the change history.
class CustomerDetailDialog : public QDialog
{
    Q_OBJECT

public:
    CustomerDetailDialog(Services &services, const Actor &actor, qint64 customerId, QWidget *parent = nullptr);
    void reload();

Q_SIGNALS:
    void orderActivated(qint64 orderId);
    void customerChanged(qint64 customerId);

private:
    void editCustomer();
    void addProduct();
    void editProduct();

    Services &m_services;
    Actor m_actor;
    qint64 m_id;
    Customer m_customer;
    QList<Product> m_products;
    QLabel *m_title;
    QLabel *m_flag;
    QLabel *m_info;
    QTabWidget *m_tabs;
    QTableWidget *m_productTable;
    QTableWidget *m_orderTable;
    HistoryView *m_history;
};

} // namespace as
