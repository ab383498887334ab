#pragma once

#include "domain/Order.h"
#include "services/Actor.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace as {

struct Services;

// Order window tab: the parts issued to / returned from the order (from the parts ledger), with
// buttons to issue or return parts, and the follow-up calls scheduled for the order.
class OrderPartsTab : public QWidget
{
    Q_OBJECT

public:
    OrderPartsTab(Services &services, const Actor &actor, QWidget *parent = nullptr);
    void setOrder(const Order &order);
    QTableWidget *partsTable() const { return m_parts; }
    QTableWidget *followUpTable() const { return m_followUps; }

Q_SIGNALS:
    void changed();

private:
    void move(bool issue);

    Services &m_services;
    Actor m_actor;
    Order m_order;
    QTableWidget *m_parts, *m_followUps;
    QLabel *m_total, *m_error;
};

} // namespace as
