#pragma once

#include "services/Actor.h"
#include "shell/Page.h"

#include <QTimer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;

namespace as {

struct Services;
class ListView;
class PurchaseRequestsView;
class QueryListModel;

// Parts & stock: the catalogue with stock (search, filters), part detail with history,
// receipts/issues/transfers, reorder list, purchase requests, slow-moving and defective stock.
class PartsPage : public Page
{
    Q_OBJECT

public:
    PartsPage(Services &services, const Actor &actor, QWidget *parent = nullptr);
    QString pageId() const override { return QStringLiteral("parts"); }
    QString title() const override { return tr("Parts & stock"); }
    void refresh() override;
    void saveState(QSettings &s) const override;
    void restoreState(QSettings &s) override;
    int loadedRows() const override;
    void screenshotDialogs(const Shoot &shoot) override;

    QueryListModel *model() const { return m_model; }
    QLineEdit *searchField() const { return m_search; }
    QTabWidget *tabs() const { return m_tabs; }

public Q_SLOTS:
    void openPart(qint64 id);
    void newPart();
    void postMovement(int type);

private:
    QWidget *buildPartsTab();
    QWidget *buildReportsTab(QueryListModel *model, ListView **view, QWidget *extra = nullptr);
    void applyFilter();
    void updateCount();
    void reloadReports();

    Services &m_services;
    Actor m_actor;
    QTabWidget *m_tabs;
    QueryListModel *m_model;
    QueryListModel *m_reorder, *m_slow, *m_defective;
    ListView *m_view, *m_reorderView, *m_slowView, *m_defectiveView;
    PurchaseRequestsView *m_purchases;
    QLineEdit *m_search;
    QComboBox *m_category, *m_location, *m_slowDays;
    QCheckBox *m_below;
    QLabel *m_count, *m_error;
    QTimer m_debounce;
};

} // namespace as
