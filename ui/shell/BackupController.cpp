#include "shell/BackupController.h"

#include "services/Services.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/Sessions.h"
#include "util/Clock.h"

#include <QApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QSettings>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace as {

BackupController::BackupController(Services &services, const Actor &actor, QWidget *window)
    : QObject(window), m_services(services), m_actor(actor), m_window(window),
      m_session(new SessionRegistry(services.db, services.clock))
{
    (void)m_session->start(QApplication::applicationName(), actor.login);
    m_heartbeat.setInterval(SessionRegistry::HeartbeatSecs * 1000);
    connect(&m_heartbeat, &QTimer::timeout, this, [this] { (void)m_session->heartbeat(); });
    m_heartbeat.start();
}

BackupController::~BackupController()
{
    (void)m_session->end();
    delete m_session;
}

QString BackupController::folder() const
{
    const QString configured = QSettings().value(u"backup/folder"_s).toString();
    return configured.isEmpty() ? BackupService::defaultFolder(m_services.db.location()) : configured;
}

void BackupController::startSchedule(int firstDelayMs)
{
    if (!m_services.db.isSqlite())
        return;
    m_schedule.setSingleShot(false);
    m_schedule.setInterval(60 * 60 * 1000);   // look again every hour; a backup is made once a day
    connect(&m_schedule, &QTimer::timeout, this, [this] { runInBackground(false); });
    QTimer::singleShot(firstDelayMs, this, [this] {
        runInBackground(false);
        m_schedule.start();
    });
}

void BackupController::runInBackground(bool force)
{
    if (m_running)
        return;
    m_running = true;
    const QString location = m_services.db.location();
    const QString dir = folder();
    const bool shared = m_services.db.sqliteMode() == SqliteMode::Shared;
    QThread *worker = QThread::create([this, location, dir, shared, force] {
        QString text;
        {
            OpenOptions o;
            o.location = location;
            o.mode = shared ? SqliteMode::Shared : SqliteMode::Local;
            o.migrate = false;
            o.create = false;
            auto db = Database::open(o);
            if (!db) {
                text = tr("Automatic backup failed: %1").arg(db.error().message);
            } else {
                SystemClock clock;
                BackupService backups(**db, clock);
                if (force) {
                    auto info = backups.backupToFolder(dir);
                    text = info ? tr("Backup written and verified: %1").arg(info->path)
                                : tr("Backup failed: %1").arg(info.error().message);
                } else {
                    auto info = backups.backupIfDue(dir);
                    if (!info)
                        text = tr("Automatic backup failed: %1").arg(info.error().message);
                    else if (info->has_value())
                        text = tr("Automatic backup written and verified: %1").arg((*info)->path);
                }
            }
        }
        QMetaObject::invokeMethod(this, [this, text] {
            m_running = false;
            if (!text.isEmpty())
                Q_EMIT message(text);
        }, Qt::QueuedConnection);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start(QThread::LowPriority);
}

void BackupController::backUpNow()
{
    if (Status st = m_actor.require(Permission::Backup); !st) {
        QMessageBox::warning(m_window, tr("Back up"), st.error().message);
        return;
    }
    Q_EMIT message(tr("Backing up to %1 …").arg(folder()));
    runInBackground(true);
}

void BackupController::restore()
{
    if (Status st = m_actor.require(Permission::Backup); !st) {
        QMessageBox::warning(m_window, tr("Restore"), st.error().message);
        return;
    }
    const QString file = QFileDialog::getOpenFileName(m_window, tr("Restore from backup"), folder(),
                                                      tr("Aftersales backups (*.db);;All files (*)"));
    if (file.isEmpty())
        return;
    if (QMessageBox::question(m_window, tr("Restore from backup"),
                              tr("Replace all data in %1 with the backup %2?\n\nThe current data is first saved as a backup.")
                                  .arg(m_services.db.location(), file)) != QMessageBox::Yes)
        return;
    BackupService backups(m_services.db, m_services.clock);
    Status st = backups.restoreFrom(file, folder(), m_session->id());
    if (!st) {
        QMessageBox::critical(m_window, tr("Restore refused"), st.error().message);
        return;
    }
    (void)m_session->start(QApplication::applicationName(), m_actor.login);
    QMessageBox::information(m_window, tr("Restored"), tr("The data was restored from %1.").arg(file));
    Q_EMIT restored();
}

} // namespace as
