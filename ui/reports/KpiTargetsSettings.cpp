#include "reports/KpiTargetsSettings.h"

#include "services/Services.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace as {

KpiTargetsSettings::KpiTargetsSettings(Services &services, const Actor &actor, QWidget *parent)
    : QWidget(parent), m_services(services), m_actor(actor)
{
    setObjectName(u"kpiTargets"_s);
    auto *form = new QFormLayout;
    const bool may = actor.can(Permission::EditSettings);
    for (KpiKey k : Kpi::rates()) {
        auto *spin = new QDoubleSpinBox;
        spin->setObjectName(Kpi::settingKey(k));
        spin->setRange(0, 100);
        spin->setDecimals(1);
        spin->setSuffix(u" %"_s);
        spin->setEnabled(may);
        spin->setToolTip(Kpi::formula(k));
        const QString sign = Kpi::comparison(k) == Kpi::Compare::AtLeast ? u"≥"_s : Kpi::comparison(k) == Kpi::Compare::AtMost ? u"≤"_s : u"<"_s;
        form->addRow(tr("%1 (%2)").arg(Kpi::title(k), sign), spin);
        m_fields.insert(k, spin);
    }
    auto *saveButton = new QPushButton(tr("Save targets"));
    saveButton->setObjectName(u"saveKpiTargets"_s);
    saveButton->setEnabled(may);
    m_message = new QLabel;
    m_message->setWordWrap(true);
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    l->addLayout(form);
    auto *row = new QHBoxLayout;
    row->addWidget(saveButton);
    row->addWidget(m_message, 1);
    l->addLayout(row);
    connect(saveButton, &QPushButton::clicked, this, &KpiTargetsSettings::save);
    load();
}

void KpiTargetsSettings::load()
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        auto t = m_services.kpis.target(it.key());
        if (!t) {
            m_message->setText(t.error().message);
            continue;
        }
        it.value()->setValue(t->value_or(0) * 100.0);
    }
}

bool KpiTargetsSettings::save()
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const auto st = m_services.kpis.setTarget(m_actor, it.key(), it.value()->value() / 100.0);
        if (!st) {
            m_message->setText(st.error().message);
            it.value()->setFocus();
            return false;
        }
    }
    m_message->setText(tr("KPI targets saved."));
    return true;
}

} // namespace as
