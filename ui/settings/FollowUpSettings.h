#pragma once

#include "services/Actor.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace as {

struct Services;

// Settings section: the follow-up scheduling rules (setting followup.rules). Saving changes only
// the calls scheduled afterwards.
class FollowUpSettings : public QWidget
{
    Q_OBJECT

public:
    FollowUpSettings(Services &services, const Actor &actor, QWidget *parent = nullptr);
    void load();
    bool save();

    QSpinBox *firstDaysBox() const { return m_firstDays; }
    QLineEdit *monthsEdit() const { return m_months; }

private:
    Services &m_services;
    Actor m_actor;
    QSpinBox *m_firstDays, *m_leadDays, *m_interval, *m_retry, *m_attempts;
    QLineEdit *m_months;
    QLabel *m_message;
};

} // namespace as
