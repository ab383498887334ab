// Another connection's change reaches a ChangeWatcher (SQLite data_version, PostgreSQL LISTEN/NOTIFY).
#include "support/TestSupport.h"

#include "services/CustomerService.h"
#include "storage/ChangeWatcher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

using namespace as;
using namespace as::test;
using namespace Qt::Literals::StringLiterals;

TEST(Changes, AnotherConnectionsCommitIsNoticed)
{
    TempDb t;
    OpenOptions o;
    o.location = t.path();
    auto other = Database::open(o);
    AS_ASSERT_OK(other);
    ChangeWatcher watcher(t.db(), 100);
    bool changed = false;
    QObject::connect(&watcher, &ChangeWatcher::changed, &watcher, [&] { changed = true; });

    // Nothing happens without a change.
    QElapsedTimer idle;
    idle.start();
    while (idle.elapsed() < 400)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    EXPECT_FALSE(changed);

    FixedClock clock{testNow()};
    CustomerService svc(**other, clock);
    Customer c;
    c.name = u"刘洋"_s;
    c.phone = u"13600001234"_s;
    AS_ASSERT_OK(svc.create(Actor::admin(), c));

    QElapsedTimer wait;
    wait.start();
    while (!changed && wait.elapsed() < 5000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    EXPECT_TRUE(changed) << "the other connection's commit was not noticed within 5 s";
    RecordProperty("latency_ms", int(wait.elapsed()));
}
