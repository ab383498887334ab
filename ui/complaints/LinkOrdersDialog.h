#pragma once

#include "domain/Complaint.h"
#include "services/Actor.h"

#include <QDialog>

class QLabel;
class QListWidget;

namespace as {

struct Services;

// Link more of the customer's orders to a complaint after intake: the customer's orders not
// linked yet, newest first, ticked with Space; Enter links them.
class LinkOrdersDialog : public QDialog
{
    Q_OBJECT

public:
    LinkOrdersDialog(Services &services, const Actor &actor, const Complaint &complaint, QWidget *parent = nullptr);
    int candidateCount() const;

public Q_SLOTS:
    void accept() override;

private:
    Services &m_services;
    Actor m_actor;
    Complaint m_complaint;
    QListWidget *m_orders;
    QLabel *m_error;
};

} // namespace as
