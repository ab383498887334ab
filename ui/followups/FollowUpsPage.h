#pragma once

#include "services/Actor.h"
#include "shell/Page.h"

#include <QTimer>

class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;

namespace as {

struct Services;
class CallPanel;
class FollowUpListModel;
class FollowUpStatsView;
class ListView;

// Follow-up calls (回访): the agent's daily queue (due today and overdue first), the call panel
// with the customer's history and the outcome form, and coverage/satisfaction per person.
class FollowUpsPage : public Page
{
    Q_OBJECT

public:
    FollowUpsPage(Services &services, const Actor &actor, QWidget *parent = nullptr);
    QString pageId() const override { return QStringLiteral("followups"); }
    QString title() const override { return tr("Follow-up calls"); }
    void refresh() override;
    void saveState(QSettings &s) const override;
    void restoreState(QSettings &s) override;
    int loadedRows() const override;
    void screenshotDialogs(const Shoot &shoot) override;

    FollowUpListModel *model() const { return m_model; }
    ListView *view() const { return m_view; }
    CallPanel *callPanel() const { return m_panel; }
    QComboBox *viewBox() const { return m_viewBox; }
    FollowUpStatsView *statsView() const { return m_stats; }

private:
    void applyFilter();
    void updateCount();
    void showCurrent();
    void afterRecord(qint64 followUpId);
    void cancelCurrent();
    qint64 newOrderFor(qint64 customerId, qint64 productId, const QString &note);

    Services &m_services;
    Actor m_actor;
    FollowUpListModel *m_model;
    ListView *m_view;
    CallPanel *m_panel;
    FollowUpStatsView *m_stats;
    QTabWidget *m_tabs;
    QComboBox *m_viewBox;
    QLineEdit *m_search;
    QLabel *m_count, *m_error;
    QTimer m_debounce;
};

} // namespace as
