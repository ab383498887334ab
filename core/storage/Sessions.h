#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace as {

class Database;
class Clock;

// This process's entry in the sessions table (host, pid, user, heartbeat).
// Other programs use it to know whether the database is in use (e.g. restore refuses).
class SessionRegistry
{
    Q_DECLARE_TR_FUNCTIONS(as::SessionRegistry)

public:
    static constexpr int HeartbeatSecs = 60;
    static constexpr int StaleSecs = 180;   // a session silent this long is considered gone

    SessionRegistry(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}
    Status start(const QString &program, const QString &login);
    Status heartbeat();
    Status end();
    qint64 id() const { return m_id; }

    struct Session { qint64 id; QString host; qint64 pid; QString login; QString program; QDateTime lastSeen; };
    // Sessions other than this one seen within StaleSecs.
    Result<QList<Session>> others();

private:
    Database &m_db;
    const Clock &m_clock;
    qint64 m_id = 0;
};

} // namespace as
