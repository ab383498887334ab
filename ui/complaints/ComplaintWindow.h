#pragma once

#include "domain/Complaint.h"
#include "services/Actor.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace as {

class TimelineView;

struct Services;
class HistoryView;

// One complaint: header with status, deadlines and the repeat-case flag, customer, product and
// orders concerned, what the customer said and expects, the handling (department, responsible
// person, investigation, root cause, responsibility, remedy), the timeline and the audit history,
// a button for every step the user's role may take now, and the printable handling sheet.
class ComplaintWindow : public QDialog
{
    Q_OBJECT

public:
    ComplaintWindow(Services &services, const Actor &actor, qint64 complaintId, QWidget *parent = nullptr);
    const Complaint &complaint() const { return m_complaint; }
    // Buttons of the steps available now (object names "step_<status>", "acknowledge").
    QList<QPushButton *> stepButtons() const { return m_stepButtons; }
    QTabWidget *tabs() const { return m_tabs; }
    QHBoxLayout *actionBar() const { return m_actions; }
    void reload();
    void runStep(ComplaintStatus to);
    bool saveHandling();

Q_SIGNALS:
    void complaintChanged(qint64 complaintId);

private:
    void fillHeader();
    void fillTimeline();
    void rebuildSteps();
    void showError(const QString &message);
    Complaint edited() const;

    Services &m_services;
    Actor m_actor;
    qint64 m_id;
    Complaint m_complaint;
    QLabel *m_title, *m_status, *m_deadlines, *m_customer, *m_product, *m_error;
    QPlainTextEdit *m_content, *m_expectation, *m_investigation, *m_rootCause;
    QComboBox *m_category, *m_severity, *m_responsibility, *m_remedy, *m_assignee;
    QLineEdit *m_department;
    QDoubleSpinBox *m_amount;
    QPushButton *m_save, *m_linkOrders;
    TimelineView *m_timeline;
    HistoryView *m_history;
    QTabWidget *m_tabs;
    QHBoxLayout *m_steps, *m_actions;
    QList<QPushButton *> m_stepButtons;
};

} // namespace as
