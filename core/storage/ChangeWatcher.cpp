#include "storage/ChangeWatcher.h"

#include "storage/Database.h"

#include <QSqlDriver>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace as {

ChangeWatcher::ChangeWatcher(Database &db, int intervalMs, QObject *parent) : QObject(parent), m_db(db)
{
    if (!m_db.isSqlite()) {
        // PostgreSQL: triggers NOTIFY aftersales_changes (see Migrator::ensureChangeNotifications).
        QSqlDriver *driver = m_db.connection().driver();
        if (driver->subscribeToNotification(u"aftersales_changes"_s)) {
            connect(driver, &QSqlDriver::notification, this,
                    [this](const QString &, QSqlDriver::NotificationSource source, const QVariant &) {
                        if (source == QSqlDriver::OtherSource)
                            m_pending = true;
                    });
        }
        // Coalesce bursts of notifications into one refresh per interval.
        m_timer.setInterval(std::min(intervalMs, 1000));
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (m_pending) {
                m_pending = false;
                Q_EMIT changed();
            }
        });
        m_timer.start();
        return;
    }
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
