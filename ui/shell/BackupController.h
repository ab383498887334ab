#pragma once

#include "services/Actor.h"

#include <QObject>
#include <QTimer>

class QWidget;

namespace as {

struct Services;
class SessionRegistry;

// The GUI's side of backups: registers this session (heartbeat), makes the scheduled
// backup on a worker thread (own connection, so the window stays responsive), and
// offers "Back up now" and "Restore from backup…".
class BackupController : public QObject
{
    Q_OBJECT

public:
    BackupController(Services &services, const Actor &actor, QWidget *window);
    ~BackupController() override;

    QString folder() const;
    void backUpNow();
    void restore();
    void startSchedule(int firstDelayMs = 30000);

Q_SIGNALS:
    void message(const QString &text);
    void restored();

private:
    void runInBackground(bool force);

    Services &m_services;
    Actor m_actor;
    QWidget *m_window;
    SessionRegistry *m_session;
    QTimer m_heartbeat;
    QTimer m_schedule;
    bool m_running = false;
};

} // namespace as
