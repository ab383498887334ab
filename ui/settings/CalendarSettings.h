#pragma once

#include "services/Actor.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace as {

struct Services;
class DateField;

// Settings: working hours per weekday, public holidays and make-up working days, and the
// service level rules (deadlines computed when an order is opened).
class CalendarSettings : public QWidget
{
    Q_OBJECT

public:
    CalendarSettings(Services &services, const Actor &actor, QWidget *parent = nullptr);
    void load();
    bool saveHours();
    bool saveSla();
    bool addDay(const QDate &day, bool workday, const QString &name);

private:
    void fillDays();
    void showMessage(const QString &text, bool error);

    Services &m_services;
    Actor m_actor;
    QList<QLineEdit *> m_hours;   // Monday .. Sunday, then make-up days
    QTableWidget *m_days;
    QTableWidget *m_sla;
    DateField *m_newDay;
    QLineEdit *m_newName;
    QLabel *m_message;
};

} // namespace as
