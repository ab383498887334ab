#pragma once

#include <QObject>
#include <QTimer>

namespace as {

class Database;

// Notices changes committed by other connections (other PCs sharing the file, the CLI)
// and emits changed() so lists refresh by themselves: SQLite by polling PRAGMA
// data_version, PostgreSQL by LISTEN/NOTIFY.
class ChangeWatcher : public QObject
{
    Q_OBJECT

public:
    ChangeWatcher(Database &db, int intervalMs = 3000, QObject *parent = nullptr);
    void poll();

Q_SIGNALS:
    void changed();

private:
    Database &m_db;
    QTimer m_timer;
    qint64 m_last = -1;
    bool m_pending = false;
};

} // namespace as
