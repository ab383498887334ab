#pragma once

#include "services/Actor.h"
#include "shell/Page.h"

#include <QTimer>

class QLabel;
class QLineEdit;
class QPushButton;

namespace as {

struct Services;
class CustomerListModel;
class ListView;

// Customers: search as you type (phone fragment, name, serial, order number),
// create customers, open one to see its products and orders.
class CustomersPage : public Page
{
    Q_OBJECT

public:
    CustomersPage(Services &services, const Actor &actor, QWidget *parent = nullptr);
    QString pageId() const override { return QStringLiteral("customers"); }
    QString title() const override { return tr("Customers"); }
    void refresh() override;
    void saveState(QSettings &s) const override;
    void restoreState(QSettings &s) override;
    int loadedRows() const override;
    void screenshotDialogs(const Shoot &shoot) override;

    CustomerListModel *model() const { return m_model; }
    QLineEdit *searchField() const { return m_search; }

public Q_SLOTS:
    void newCustomer();
    void openCustomer(qint64 id);

Q_SIGNALS:
    void orderActivated(qint64 orderId);

private:
    void applySearch();
    void updateCount();

    Services &m_services;
    Actor m_actor;
    CustomerListModel *m_model;
    ListView *m_view;
    QLineEdit *m_search;
    QLabel *m_count;
    QLabel *m_error;
    QTimer m_debounce;
};

} // namespace as
