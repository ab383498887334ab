#pragma once

#include "services/Actor.h"
#include "shell/Page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QDoubleSpinBox;
class QSpinBox;
class QVBoxLayout;

namespace as {

struct Services;
class CalendarSettings;
class FollowUpSettings;

// Settings shared by every PC (company details on printed forms, site time zone, parts
// mark-up, working calendar, service level rules) and this PC's language. Other areas add
// their own section with addSection().
class SettingsPage : public Page
{
    Q_OBJECT

public:
    SettingsPage(Services &services, const Actor &actor, QWidget *parent = nullptr);
    QString pageId() const override { return QStringLiteral("settings"); }
    QString title() const override { return tr("Settings"); }
    void refresh() override;
    void addSection(const QString &title, QWidget *content);
    bool saveGeneral();
    CalendarSettings *calendar() const { return m_calendar; }
    FollowUpSettings *followUps() const { return m_followUps; }

private:
    void load();

    Services &m_services;
    Actor m_actor;
    QVBoxLayout *m_sections;
    QLineEdit *m_companyName, *m_companyAddress, *m_companyPhone, *m_logo;
    QComboBox *m_timeZone, *m_language;
    QSpinBox *m_markup;
    QDoubleSpinBox *m_labourGeneral, *m_labourComplex;
    QLabel *m_message;
    CalendarSettings *m_calendar;
    FollowUpSettings *m_followUps;
};

} // namespace as
