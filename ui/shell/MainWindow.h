#pragma once

#include "services/Actor.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace as {

struct Services;
class BackupController;
class ChangeWatcher;
class Page;

// The shell: navigation on the left, one page per area, database and user in the
// status bar. Areas that are not built are absent, never placeholder pages.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Services &services, const Actor &actor, QWidget *parent = nullptr);
    ~MainWindow() override;

    void addPage(Page *page, const QIcon &icon);
    Page *page(const QString &id) const;
    Page *currentPage() const;
    const QList<Page *> &pages() const { return m_pages; }
    void showPage(const QString &id);
    BackupController *backups() const { return m_backups; }

public Q_SLOTS:
    // The order's window (from the order list, a customer's history, a new order).
    void openOrder(qint64 orderId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void restoreLayout();
    void saveLayout();
    void refreshCurrent();
    void chooseDatabase();

    Services &m_services;
    Actor m_actor;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    QList<Page *> m_pages;
    ChangeWatcher *m_watcher;
    BackupController *m_backups;
    QLabel *m_dbLabel;
};

} // namespace as
