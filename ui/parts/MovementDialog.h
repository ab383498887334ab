#pragma once

#include "domain/Part.h"
#include "services/Actor.h"
#include "util/Result.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace as {

struct Services;

// Post one stock movement: receipt (with incoming inspection), issue to a service order,
// return from an order, sale, transfer between locations, scrap.
class MovementDialog : public QDialog
{
    Q_OBJECT

public:
    MovementDialog(Services &services, const Actor &actor, MovementType type, QWidget *parent = nullptr);
    void setPartCode(const QString &code);
    void setLocation(qint64 locationId);
    void setOrderNumber(const QString &number);
    qint64 movementId() const { return m_movementId; }
    void accept() override;

private:
    void lookupPart();
    void showError(const Error &e);
    Services &m_services;
    Actor m_actor;
    MovementType m_type;
    qint64 m_movementId = 0;
    QLineEdit *m_code, *m_order, *m_note;
    QLabel *m_partInfo, *m_error;
    QComboBox *m_location, *m_to;
    QSpinBox *m_qty, *m_rejected;
    QCheckBox *m_negative;
};

} // namespace as
