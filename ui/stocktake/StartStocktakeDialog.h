#pragma once

#include "services/Actor.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;

namespace as {

struct Services;

// Start a stocktake: location, optionally some categories, optionally blind.
class StartStocktakeDialog : public QDialog
{
    Q_OBJECT

public:
    StartStocktakeDialog(Services &services, const Actor &actor, QWidget *parent = nullptr);
    qint64 stocktakeId() const { return m_id; }
    void accept() override;

private:
    Services &m_services;
    Actor m_actor;
    qint64 m_id = 0;
    QComboBox *m_location;
    QListWidget *m_categories;
    QCheckBox *m_blind;
    QLabel *m_error;
};

} // namespace as
