#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace as {

struct Services;
class DateField;

// Follow-up coverage and satisfaction per technician and per agent for a date range
// (this month by default).
class FollowUpStatsView : public QWidget
{
    Q_OBJECT

public:
    explicit FollowUpStatsView(Services &services, QWidget *parent = nullptr);
    void reload();
    QTableWidget *technicianTable() const { return m_technicians; }
    QTableWidget *agentTable() const { return m_agents; }

private:
    Services &m_services;
    DateField *m_from, *m_to;
    QTableWidget *m_technicians, *m_agents;
    QLabel *m_error;
};

} // namespace as
