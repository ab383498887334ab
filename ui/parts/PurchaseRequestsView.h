#pragma once

#include "services/Actor.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QTableWidget;

namespace as {

struct Services;

// Purchase requests: request -> approved -> ordered -> received (receiving posts the receipt).
class PurchaseRequestsView : public QWidget
{
    Q_OBJECT

public:
    PurchaseRequestsView(Services &services, const Actor &actor, QWidget *parent = nullptr);
    void reload();
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void stockChanged();

private:
    qint64 currentId() const;
    void act(const QString &action);
    Services &m_services;
    Actor m_actor;
    QTableWidget *m_table;
    QCheckBox *m_all;
    QLabel *m_error;
};

} // namespace as
