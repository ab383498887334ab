#pragma once

#include "services/Actor.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace as {

struct Services;

// Order window tab: the scan of the signed work order, photos and other files, stored in the
// database (every PC sees them). Open, save a copy, add, remove (archived with a reason).
class OrderAttachmentsTab : public QWidget
{
    Q_OBJECT

public:
    OrderAttachmentsTab(Services &services, const Actor &actor, QWidget *parent = nullptr);
    void setOrder(qint64 orderId);
    QTableWidget *table() const { return m_table; }
    // Adds a file without a dialog (the dialogs call this; tests too). True when added.
    bool addFile(const QString &path, int kind);

private:
    void add(int kind);
    void open();
    void saveCopy();
    void remove();
    qint64 currentId() const;

    Services &m_services;
    Actor m_actor;
    qint64 m_orderId = 0;
    QTableWidget *m_table;
    QLabel *m_preview, *m_error;
};

} // namespace as
