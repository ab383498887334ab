#pragma once

#include "domain/Order.h"
#include "services/Actor.h"
#include "services/DepotService.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace as {

struct Services;

// Order window tab for carry-in repairs: receiving register, charge confirmation by the
// technician and QC, QC test record, shipping back, and the hand-overs with printable receipts.
class OrderDepotTab : public QWidget
{
    Q_OBJECT

public:
    OrderDepotTab(Services &services, const Actor &actor, QWidget *parent = nullptr);
    void setOrder(const Order &order);
    QTableWidget *handoverTable() const { return m_handovers; }

Q_SIGNALS:
    void changed();

private:
    QWidget *buildReceiving();
    QWidget *buildConfirmAndQc();
    QWidget *buildShipping();
    bool report(const Status &st);
    int rowVersion() const { return m_record ? m_record->rowVersion : 0; }

    Services &m_services;
    Actor m_actor;
    Order m_order;
    std::optional<DepotService::Record> m_record;
    QLineEdit *m_model, *m_capacity, *m_colour, *m_damage, *m_accessories, *m_from;
    QSpinBox *m_quantity;
    QPushButton *m_receive;
    QLabel *m_confirmInfo;
    QPushButton *m_techConfirm, *m_qcConfirm;
    QLineEdit *m_tester, *m_qcNote;
    QComboBox *m_qcResult;
    QSpinBox *m_burnIn;
    QPushButton *m_recordQc;
    QLineEdit *m_packing, *m_courier, *m_tracking;
    QPushButton *m_ship;
    QTableWidget *m_handovers;
    QLabel *m_error;
};

} // namespace as
