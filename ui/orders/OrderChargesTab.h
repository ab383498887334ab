#pragma once

#include "domain/Order.h"
#include "services/Actor.h"

#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace as {

struct Services;

// The order's charges: labour (from the rate table), parts (from the parts ledger, at cost
// plus mark-up outside warranty), travel, the total, the customer's consent to the quote and
// the receipt number. In warranty the service is free unless the fault is misuse.
class OrderChargesTab : public QWidget
{
    Q_OBJECT

public:
    OrderChargesTab(Services &services, const Actor &actor, QWidget *parent = nullptr);
    void setOrder(const Order &order);
    bool saveQuote();
    bool recordConsent();

Q_SIGNALS:
    void changed();

private:
    void updateTotal();
    void showMessage(const QString &text, bool error);

    Services &m_services;
    Actor m_actor;
    Order m_order;
    QLabel *m_warranty, *m_parts, *m_total, *m_consent, *m_receipt, *m_message;
    QDoubleSpinBox *m_labour, *m_travel;
    QCheckBox *m_misuse;
    QLineEdit *m_consentBy;
    QPushButton *m_rate, *m_save, *m_agree;
};

} // namespace as
