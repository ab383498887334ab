#include "shell/MainWindow.h"

#include "complaints/ComplaintActions.h"
#include "complaints/ComplaintsPage.h"
#include "customers/CustomersPage.h"
#include "import/ExportDialog.h"
#include "orders/DispatchPage.h"
#include "orders/OrderWindow.h"
#include "followups/FollowUpsPage.h"
#include "orders/OrdersPage.h"
#include "import/ImportWizard.h"
#include "parts/PartsPage.h"
#include "reports/KpiTargetsSettings.h"
#include "reports/ReportsPage.h"
#include "stocktake/StocktakePage.h"
#include "settings/SettingsPage.h"
#include "shell/BackupController.h"
#include "shell/PostgresDialog.h"
#include "print/PrintActions.h"
#include "services/Services.h"
#include "shell/Page.h"
#include "storage/ChangeWatcher.h"
#include "storage/Database.h"
#include "storage/DatabaseLocation.h"
#include "users/LoginDialog.h"
#include "users/UsersDialog.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>

using namespace Qt::Literals::StringLiterals;

namespace as {

MainWindow::MainWindow(Services &services, const Actor &actor, QWidget *parent)
    : QMainWindow(parent), m_services(services), m_actor(actor)
{
    setWindowTitle(tr("Aftersales"));
    setWindowIcon(QIcon(u":/icons/aftersales.svg"_s));
    m_nav = new QListWidget;
    m_nav->setObjectName(u"navigation"_s);
    m_nav->setFixedWidth(190);
    m_nav->setIconSize(QSize(20, 20));
    m_stack = new QStackedWidget;
    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_nav, &QListWidget::currentRowChanged, this, [this] { refreshCurrent(); });

    // Areas, in the order of the navigation.
    auto *orders = new OrdersPage(services, actor);
    addPage(orders, style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    printing::addPrintButton(orders->actionBar(), orders, services, [orders] { return orders->currentOrderId(); });
    connect(orders, &OrdersPage::orderActivated, this, &MainWindow::openOrder);
    connect(orders, &OrdersPage::orderCreated, this, &MainWindow::openOrder);
    if (actor.can(Permission::DispatchOrders)) {
        auto *dispatch = new DispatchPage(services, actor);
        addPage(dispatch, style()->standardIcon(QStyle::SP_ArrowRight));
        connect(dispatch, &DispatchPage::orderActivated, this, &MainWindow::openOrder);
    }
    auto *customers = new CustomersPage(services, actor);
    connect(customers, &CustomersPage::orderActivated, this, &MainWindow::openOrder);
    addPage(customers, style()->standardIcon(QStyle::SP_DirHomeIcon));
    addPage(new PartsPage(services, actor), style()->standardIcon(QStyle::SP_DriveHDIcon));
    addPage(new StocktakePage(services, actor), style()->standardIcon(QStyle::SP_FileDialogListView));
    addPage(new ComplaintsPage(services, actor), style()->standardIcon(QStyle::SP_MessageBoxWarning));

    addPage(new FollowUpsPage(services, actor), style()->standardIcon(QStyle::SP_DialogYesButton));
    if (actor.can(Permission::ViewReports)) {
        auto *reports = new ReportsPage(services, actor);
        connect(reports, &ReportsPage::orderActivated, this, &MainWindow::openOrder);
        addPage(reports, style()->standardIcon(QStyle::SP_FileDialogContentsView));
    }
    auto *settingsPage = new SettingsPage(services, actor);
    settingsPage->addSection(tr("KPI targets"), new KpiTargetsSettings(services, actor));
    addPage(settingsPage, style()->standardIcon(QStyle::SP_FileDialogInfoView));

    m_dbLabel = new QLabel(tr("Database: %1 (%2)").arg(services.db.location(), services.db.modeLabel()));
    m_dbLabel->setObjectName(u"databaseLabel"_s);
    statusBar()->addWidget(m_dbLabel, 1);
    statusBar()->addPermanentWidget(new QLabel(tr("User: %1 (%2)").arg(actor.displayName, labelOf(actor.role))));

    m_backups = new BackupController(services, actor, this);
    connect(m_backups, &BackupController::message, this, [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    connect(m_backups, &BackupController::restored, this, [this] {
        for (Page *p : m_pages)
            p->refresh();
    });

    m_watcher = new ChangeWatcher(services.db, 3000, this);
    connect(m_watcher, &ChangeWatcher::changed, this, &MainWindow::refreshCurrent);

    buildMenus();
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::openOrder(qint64 orderId)
{
    if (orderId <= 0)
        return;
    OrderWindow w(m_services, m_actor, orderId, this);
    printing::addPrintButton(w.actionBar(), &w, m_services, [orderId] { return orderId; });
    complaints::addNewComplaintButton(w.actionBar(), &w, m_services, m_actor, [orderId] { return orderId; }, {});
    w.exec();
    if (Page *p = currentPage())
        p->refresh();
}

void MainWindow::addPage(Page *page, const QIcon &icon)
{
    m_pages << page;
    m_stack->addWidget(page);
    auto *item = new QListWidgetItem(icon, page->title());
    item->setData(Qt::UserRole, page->pageId());
    m_nav->addItem(item);
    if (m_nav->currentRow() < 0)
        m_nav->setCurrentRow(0);
}

Page *MainWindow::page(const QString &id) const
{
    for (Page *p : m_pages)
        if (p->pageId() == id)
            return p;
    return nullptr;
}

Page *MainWindow::currentPage() const
{
    return qobject_cast<Page *>(m_stack->currentWidget());
}

void MainWindow::showPage(const QString &id)
{
    for (int i = 0; i < m_pages.size(); ++i)
        if (m_pages.at(i)->pageId() == id)
            m_nav->setCurrentRow(i);
}

void MainWindow::refreshCurrent()
{
    if (Page *p = currentPage())
        p->refresh();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open database…"), this, &MainWindow::chooseDatabase);
    file->addAction(tr("Connect to a &PostgreSQL server…"), this, [this] {
        PostgresDialog dlg(this);
        dlg.setUrl(m_services.db.location());
        if (dlg.exec() == QDialog::Accepted)
            QMessageBox::information(this, tr("Database changed"),
                                     tr("Aftersales will use %1 from the next start. Please restart the program.").arg(dlg.url()));
    });
    file->addSeparator();
    if (m_actor.can(Permission::Import)) {
        QAction *imp = file->addAction(tr("&Import…"), this, [this] {
            ImportWizard wizard(m_services, m_actor, {}, this);
            wizard.exec();
            if (wizard.imported())
                refreshCurrent();
        });
        imp->setObjectName(u"actionImport"_s);
    }
    if (m_actor.can(Permission::Export)) {
        QAction *exp = file->addAction(tr("&Export…"), this, [this] {
            ExportDialog dlg(m_services, m_actor, this);
            dlg.exec();
        });
        exp->setObjectName(u"actionExport"_s);
    }
    if (m_actor.can(Permission::Import) || m_actor.can(Permission::Export))
        file->addSeparator();
    file->addAction(tr("Print work orders for a &day…"), this, [this] { printing::printTechnicianDay(this, m_services); })
        ->setObjectName(u"actionPrintDay"_s);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    if (m_actor.can(Permission::ManageUsers))
        tools->addAction(tr("&Users…"), this, [this] {
            UsersDialog dlg(m_services.accounts, m_actor, this);
            dlg.exec();
        });
    if (m_actor.can(Permission::Backup)) {
        tools->addAction(tr("&Back up now"), this, [this] { m_backups->backUpNow(); });
        tools->addAction(tr("&Restore from backup…"), this, [this] { m_backups->restore(); });
        tools->addSeparator();
    }
    tools->addAction(tr("Change my &password…"), this, [this] {
        PasswordDialog dlg(m_services.accounts, m_actor, m_actor.login, true, this);
        if (dlg.exec() == QDialog::Accepted)
            statusBar()->showMessage(tr("Password changed."), 5000);
    });
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Aftersales"), this, [this] {
        QMessageBox::about(this, tr("About Aftersales"),
                           tr("<b>Aftersales</b> %1<br>After-sales service management: service orders, parts, complaints "
                              "and follow-ups.").arg(QApplication::applicationVersion()));
    });
}

void MainWindow::chooseDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Open or create a database"), m_services.db.location(),
                                                      tr("Aftersales database (*.db);;All files (*)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    const auto answer = QMessageBox::question(this, tr("Shared folder?"),
                                              tr("Is %1 in a folder shared with other PCs?").arg(path));
    DatabaseLocation::remember(path, answer == QMessageBox::Yes);
    QMessageBox::information(this, tr("Database changed"),
                             tr("Aftersales will use %1 from the next start. Please restart the program.").arg(path));
}

void MainWindow::restoreLayout()
{
    QSettings s;
    restoreGeometry(s.value(u"mainwindow/geometry"_s).toByteArray());
    restoreState(s.value(u"mainwindow/state"_s).toByteArray());
    for (Page *p : m_pages)
        p->restoreState(s);
    const QString current = s.value(u"mainwindow/page"_s).toString();
    if (!current.isEmpty())
        showPage(current);
}

void MainWindow::saveLayout()
{
    QSettings s;
    s.setValue(u"mainwindow/geometry"_s, saveGeometry());
    s.setValue(u"mainwindow/state"_s, saveState());
    if (Page *p = currentPage())
        s.setValue(u"mainwindow/page"_s, p->pageId());
    for (Page *p : m_pages)
        p->saveState(s);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

} // namespace as
