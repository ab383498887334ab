#include "storage/ChangeWatcher.h"

#include "storage/Database.h"

namespace as {

ChangeWatcher::ChangeWatcher(Database &db, int intervalMs, QObject *parent) : QObject(parent), m_db(db)
{
    auto v = m_db.dataVersion();
    m_last = v ? *v : -1;
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::poll);
    m_timer.start();
}

void ChangeWatcher::poll()
{
    if (m_db.transactionDepth() > 0)
        return;
    auto v = m_db.dataVersion();
    if (!v)
        return;
    if (m_last >= 0 && *v != m_last) {
        m_last = *v;
        Q_EMIT changed();
        return;
    }
    m_last = *v;
}

} // namespace as
