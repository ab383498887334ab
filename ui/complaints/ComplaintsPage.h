#pragma once

#include "services/Actor.h"
#include "shell/Page.h"

#include "widgets/ListPageWiring.h"

#include <QTimer>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QTabWidget;

namespace as {

struct Services;
class ComplaintAnalysisView;
class ComplaintListModel;
class ListView;

// Complaints: every complaint, newest first, with filters (state, category, responsibility,
// severity, overdue / due soon, reception dates) and search (number, customer, words of the
// content, also 1-2 Chinese characters); double-click opens one. The second tab is the analysis.
class ComplaintsPage : public Page
{
    Q_OBJECT

public:
    ComplaintsPage(Services &services, const Actor &actor, QWidget *parent = nullptr);
    QString pageId() const override { return QStringLiteral("complaints"); }
    QString title() const override { return tr("Complaints"); }
    void refresh() override;
    void saveState(QSettings &s) const override;
    void restoreState(QSettings &s) override;
    int loadedRows() const override;
    void screenshotDialogs(const Shoot &shoot) override;

    ComplaintListModel *model() const { return m_model; }
    ListView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QTabWidget *tabs() const { return m_tabs; }
    QHBoxLayout *actionBar() const { return m_actions; }
    qint64 currentComplaintId() const;

public Q_SLOTS:
    void newComplaint();
    void openComplaint(qint64 id);

private:
    void applyFilter();
    void updateCount();

    Services &m_services;
    Actor m_actor;
    ComplaintListModel *m_model;
    ListView *m_view;
    ComplaintAnalysisView *m_analysis;
    QTabWidget *m_tabs;
    QLineEdit *m_search;
    QComboBox *m_status, *m_category, *m_responsibility, *m_severity, *m_deadline;
    listpage::DateRange m_received;
    QHBoxLayout *m_actions;
    QLabel *m_count, *m_error;
    QTimer m_debounce;
};

} // namespace as
