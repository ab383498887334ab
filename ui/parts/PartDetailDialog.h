#pragma once

#include "services/Actor.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTableWidget;

namespace as {

struct Services;

// One part: its data, stock per location and its movement history with a running balance.
class PartDetailDialog : public QDialog
{
    Q_OBJECT

public:
    PartDetailDialog(Services &services, const Actor &actor, qint64 partId, QWidget *parent = nullptr);
    void reload();
    QTableWidget *history() const { return m_history; }

Q_SIGNALS:
    void partChanged();

private:
    void post(int type);
    Services &m_services;
    Actor m_actor;
    qint64 m_partId;
    QString m_code;
    QLabel *m_info;
    QTableWidget *m_stock;
    QComboBox *m_location;
    QTableWidget *m_history;
};

} // namespace as
