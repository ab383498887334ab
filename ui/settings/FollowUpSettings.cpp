#include "settings/FollowUpSettings.h"

#include "services/Services.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::Literals::StringLiterals;

namespace as {

FollowUpSettings::FollowUpSettings(Services &services, const Actor &actor, QWidget *parent)
    : QWidget(parent), m_services(services), m_actor(actor)
{
    auto spin = [](const QString &name, int lo, int hi, const QString &suffix) {
        auto *b = new QSpinBox;
        b->setObjectName(name);
        b->setRange(lo, hi);
        b->setSuffix(suffix);
        return b;
    };
    m_firstDays = spin(u"followUpFirstDays"_s, 0, 60, tr(" working days"));
    m_months = new QLineEdit;
    m_months->setObjectName(u"followUpMonths"_s);
    m_months->setPlaceholderText(tr("e.g. 3, 6, 12 (empty: none)"));
    m_leadDays = spin(u"maintenanceLeadDays"_s, 0, 365, tr(" days"));
    m_interval = spin(u"maintenanceInterval"_s, 0, 120, tr(" months"));
    m_interval->setSpecialValueText(tr("no reminders"));
    m_retry = spin(u"retryDelay"_s, 1, 60 * 24 * 30, tr(" minutes"));
    m_attempts = spin(u"maxAttempts"_s, 1, 20, QString());
    auto *save = new QPushButton(tr("Save follow-up rules"));
    save->setObjectName(u"saveFollowUpRules"_s);
    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->hide();
    const bool may = actor.can(Permission::EditSettings);
    for (QWidget *w : std::initializer_list<QWidget *>{m_firstDays, m_months, m_leadDays, m_interval, m_retry, m_attempts, save})
        w->setEnabled(may);

    auto *form = new QFormLayout(this);
    form->addRow(tr("First call after completion within"), m_firstDays);
    form->addRow(tr("In warranty: calls after acceptance at (months)"), m_months);
    form->addRow(tr("Maintenance reminder before the date"), m_leadDays);
    form->addRow(tr("Next maintenance after a maintenance or installation order"), m_interval);
    form->addRow(tr("Not reached: call again after"), m_retry);
    form->addRow(tr("Attempts before giving up"), m_attempts);
    form->addRow(QString(), new QLabel(tr("Changes apply to calls scheduled from now on; calls already scheduled or made are kept.")));
    form->addRow(QString(), save);
    form->addRow(QString(), m_message);
    connect(save, &QPushButton::clicked, this, [this] { this->save(); });
    load();
}

void FollowUpSettings::load()
{
    auto r = m_services.followups.rules();
    const FollowUpRules rules = r ? *r : FollowUpRules();
    if (!r) {
        m_message->setText(r.error().message);
        m_message->setStyleSheet(u"color: #b00020;"_s);
        m_message->show();
    }
    m_firstDays->setValue(rules.firstWithinWorkingDays);
    QStringList months;
    for (int m : rules.warrantyMonths)
        months << QString::number(m);
    m_months->setText(months.join(u", "_s));
    m_leadDays->setValue(rules.maintenanceLeadDays);
    m_interval->setValue(rules.maintenanceIntervalMonths);
    m_retry->setValue(rules.retryDelayMinutes);
    m_attempts->setValue(rules.maxAttempts);
}

bool FollowUpSettings::save()
{
    auto fail = [this](const QString &msg) {
        m_message->setText(msg);
        m_message->setStyleSheet(u"color: #b00020;"_s);
        m_message->show();
        return false;
    };
    FollowUpRules r;
    r.firstWithinWorkingDays = m_firstDays->value();
    r.warrantyMonths.clear();
    for (const QString &part : m_months->text().split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int m = part.trimmed().toInt(&ok);
        if (!ok)
            return fail(tr("Calls after acceptance: \"%1\" is not a number of months.").arg(part.trimmed()));
        r.warrantyMonths << m;
    }
    r.maintenanceLeadDays = m_leadDays->value();
    r.maintenanceIntervalMonths = m_interval->value();
    r.retryDelayMinutes = m_retry->value();
    r.maxAttempts = m_attempts->value();
    Status st = m_services.followups.setRules(m_actor, r);
    if (!st.ok())
        return fail(st.error().message);
    m_message->setText(tr("Follow-up rules saved."));
    m_message->setStyleSheet(u"color: #1b6e20;"_s);
    m_message->show();
    return true;
}

} // namespace as
