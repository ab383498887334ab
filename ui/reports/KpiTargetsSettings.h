#pragma once

#include "reports/Kpi.h"
#include "services/Actor.h"

#include <QMap>
#include <QWidget>

class QDoubleSpinBox;
class QLabel;

namespace as {

struct Services;

// Settings section: the KPI targets (kpi.target.<code>, domain.md defaults).
class KpiTargetsSettings : public QWidget
{
    Q_OBJECT

public:
    KpiTargetsSettings(Services &services, const Actor &actor, QWidget *parent = nullptr);
    void load();
    bool save();
    QDoubleSpinBox *field(KpiKey k) const { return m_fields.value(k); }

private:
    Services &m_services;
    Actor m_actor;
    QMap<KpiKey, QDoubleSpinBox *> m_fields;
    QLabel *m_message;
};

} // namespace as
