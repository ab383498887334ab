#pragma once

#include "domain/FollowUp.h"
#include "services/Actor.h"

#include <QWidget>

#include <functional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace as {

struct Services;

// The right-hand side of the call queue: who to call (customer, phone, product, the order and the
// customer's order history, earlier attempts) and the outcome form, usable from the keyboard:
// Alt+R/N/F picks the outcome, 1-5 the satisfaction, Ctrl+Enter records.
class CallPanel : public QWidget
{
    Q_OBJECT

public:
    CallPanel(Services &services, const Actor &actor, QWidget *parent = nullptr);
    void setFollowUp(qint64 id);   // 0: nothing selected
    qint64 followUpId() const { return m_followUp.id; }

    QComboBox *satisfactionBox() const { return m_satisfaction; }
    QPlainTextEdit *commentsEdit() const { return m_comments; }
    QCheckBox *newNeedBox() const { return m_newNeed; }
    QPushButton *recordButton() const { return m_record; }
    void setOutcome(CallOutcome outcome);

    // Opens the prefilled new-order dialog for "new service need"; returns the new order or 0.
    // Replaceable so tests need not drive the dialog.
    std::function<qint64(qint64 customerId, qint64 productId, const QString &note)> openNewOrder;

public Q_SLOTS:
    void record();

Q_SIGNALS:
    void recorded(qint64 followUpId);

private:
    void updateForm();
    CallOutcome outcome() const;

    Services &m_services;
    Actor m_actor;
    FollowUp m_followUp;
    QLabel *m_customer, *m_phone, *m_product, *m_order, *m_attemptsInfo;
    QTableWidget *m_history;
    QRadioButton *m_reached, *m_notReached, *m_refused;
    QButtonGroup *m_outcomes;
    QComboBox *m_satisfaction;
    QPlainTextEdit *m_comments;
    QCheckBox *m_newNeed;
    QPushButton *m_record;
    QLabel *m_error;
};

} // namespace as
