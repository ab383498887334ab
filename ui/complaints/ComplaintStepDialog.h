#pragma once

#include "domain/Complaint.h"
#include "services/Actor.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;

namespace as {

struct Services;

// One step of a complaint: asks only for what the step needs (proposing a remedy: the remedy,
// amount, responsibility and root cause; telling the customer, closing or reopening: what the
// customer said) and runs it through ComplaintService, which checks role and data.
class ComplaintStepDialog : public QDialog
{
    Q_OBJECT

public:
    ComplaintStepDialog(Services &services, const Actor &actor, const Complaint &complaint, ComplaintStatus to,
                        QWidget *parent = nullptr);
    static QString stepLabel(ComplaintStatus from, ComplaintStatus to);

public Q_SLOTS:
    void accept() override;

private:
    Services &m_services;
    Actor m_actor;
    Complaint m_complaint;
    ComplaintStatus m_to;
    QComboBox *m_remedy = nullptr, *m_responsibility = nullptr;
    QDoubleSpinBox *m_amount = nullptr;
    QPlainTextEdit *m_rootCause = nullptr, *m_feedback = nullptr, *m_note;
    QLabel *m_error;
};

} // namespace as
