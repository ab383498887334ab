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

// Create or edit a part of the catalogue.
class PartDialog : public QDialog
{
    Q_OBJECT

public:
    PartDialog(Services &services, const Actor &actor, QWidget *parent = nullptr);
    void setPart(const Part &p);
    qint64 partId() const { return m_part.id; }
    void accept() override;

private:
    void showError(const Error &e);
    Services &m_services;
    Actor m_actor;
    Part m_part;
    QLineEdit *m_code, *m_name, *m_spec, *m_unit, *m_models, *m_bin, *m_cost, *m_sale, *m_supplier;
    QComboBox *m_category;
    QSpinBox *m_safety, *m_reorder;
    QCheckBox *m_active;
    QLabel *m_error;
};

} // namespace as
