#pragma once

#include "services/Actor.h"
#include "shell/Page.h"

#include "widgets/ListPageWiring.h"

#include <QTimer>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;

namespace as {

struct Services;
class ListView;
class OrderListModel;

// Service orders: every order, newest first, with filters (status, technician, category,
// dates, overdue, warranty) and search (number, phone, name, serial). Double-click opens one.
class OrdersPage : public Page
{
    Q_OBJECT

public:
    OrdersPage(Services &services, const Actor &actor, QWidget *parent = nullptr);
    QString pageId() const override { return QStringLiteral("orders"); }
    QString title() const override { return tr("Service orders"); }
    void refresh() override;
    void saveState(QSettings &s) const override;
    void restoreState(QSettings &s) override;
    int loadedRows() const override;
    void screenshotDialogs(const Shoot &shoot) override;

    OrderListModel *model() const { return m_model; }
    ListView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    // The row of buttons above the list, for actions other screens add (new order, print…).
    QHBoxLayout *actionBar() const { return m_actions; }
    qint64 currentOrderId() const;

public Q_SLOTS:
    void newOrder();

Q_SIGNALS:
    void orderActivated(qint64 orderId);
    void orderCreated(qint64 orderId);

private:
    void applyFilter();
    void updateCount();
    void fillTechnicians();

    Services &m_services;
    Actor m_actor;
    OrderListModel *m_model;
    ListView *m_view;
    QLineEdit *m_search;
    QComboBox *m_status, *m_technician, *m_category, *m_warranty;
    listpage::DateRange m_opened;
    QCheckBox *m_overdue;
    QHBoxLayout *m_actions;
    QLabel *m_count, *m_error;
    QTimer m_debounce;
};

} // namespace as
