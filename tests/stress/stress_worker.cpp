// One of several processes hammering one database (the multi-PC stress test):
// creates orders, moves them along their lifecycle, receives and issues stock, and
// appends every acknowledged write to its log (flushed after the commit), so the test
// can check afterwards that nothing acknowledged was lost.
//   stress_worker DB_LOCATION local|shared SECONDS SEED LOGFILE
#include "services/OrderService.h"
#include "services/StockLedger.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTextStream>
#include <QThread>

using namespace as;
using namespace Qt::Literals::StringLiterals;

namespace {

QList<qint64> ids(Database &db, const QString &sql)
{
    QList<qint64> out;
    auto q = db.exec(sql);
    if (q)
        while (q->next())
            out << q->value(0).toLongLong();
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    if (a.size() != 6) {
        QTextStream(stderr) << "usage: stress_worker DB local|shared SECONDS SEED LOGFILE\n";
        return 2;
    }
    OpenOptions o;
    o.location = a[1];
    o.migrate = false;
    if (!o.location.startsWith(u"postgresql:"_s))
        o.mode = a[2] == u"shared"_s ? SqliteMode::Shared : SqliteMode::Local;
    auto opened = Database::open(o);
    if (!opened) {
        QTextStream(stderr) << opened.error().message << '\n';
        return 1;
    }
    Database &db = **opened;
    QFile logFile(a[5]);
    if (!logFile.open(QIODevice::WriteOnly | QIODevice::Append))
        return 1;
    QTextStream log(&logFile);
    auto ack = [&](const QString &line) {
        log << line << '\n';
        log.flush();
        logFile.flush();
    };
    SystemClock clock;
    OrderService orders(db, clock);
    StockLedger ledger(db, clock);
    const Actor admin = Actor::admin();
    QRandomGenerator rng(a[4].toUInt());
    const QList<qint64> customers = ids(db, u"SELECT id FROM customers ORDER BY id LIMIT 200"_s);
    const QList<qint64> technicians = ids(db, u"SELECT id FROM users WHERE role = 'technician' AND active = 1"_s);
    const QList<qint64> parts = ids(db, u"SELECT id FROM parts ORDER BY id LIMIT 5"_s);
    const QList<qint64> locations = ids(db, u"SELECT id FROM stock_locations WHERE kind = 'warehouse' ORDER BY id LIMIT 1"_s);
    if (customers.isEmpty() || technicians.isEmpty() || parts.isEmpty() || locations.isEmpty()) {
        QTextStream(stderr) << "the database needs demo data first\n";
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    const qint64 until = a[3].toLongLong() * 1000;
    while (timer.elapsed() < until) {
        const int dice = rng.bounded(100);
        if (dice < 35) {
            OrderDraft d;
            d.customerId = customers[rng.bounded(int(customers.size()))];
            d.symptom = u"stress"_s;
            auto id = orders.create(admin, d);
            if (id)
                ack(u"order %1 %2"_s.arg(*id).arg(orders.get(*id)->number));
            else
                ack(u"error create: "_s + id.error().message);
        } else if (dice < 70) {
            // Move one of the open stress orders a step, from a version read a moment ago:
            // another process may change it meanwhile, which must be reported as a conflict.
            auto q = db.exec(u"SELECT id, row_version FROM service_orders WHERE symptom = 'stress' AND status IN "
                             "('new','dispatched','scheduled','in_progress') ORDER BY id DESC LIMIT 8"_s);
            if (!q)
                continue;
            QList<QPair<qint64, int>> open;
            while (q->next())
                open << qMakePair(q->value(0).toLongLong(), q->value(1).toInt());
            q->finish();
            if (open.isEmpty())
                continue;
            const auto [id, seen] = open[rng.bounded(int(open.size()))];
            auto cur = orders.get(id);
            if (!cur)
                continue;
            QThread::usleep(rng.bounded(2000));
            Status s;
            TransitionData t;
            switch (cur->status) {
            case OrderStatus::New:
                s = orders.assign(admin, id, seen, technicians[rng.bounded(int(technicians.size()))]);
                break;
            case OrderStatus::Dispatched:
                s = orders.setAppointment(admin, id, seen, clock.nowUtc().addDays(1), clock.nowUtc().addDays(1).addSecs(7200));
                break;
            case OrderStatus::Scheduled:
                s = orders.transition(admin, id, seen, OrderStatus::InProgress);
                break;
            default:
                t.workDone = u"fixed"_s;
                s = orders.transition(admin, id, seen, OrderStatus::Completed, t);
                break;
            }
            if (s.ok()) {
                ack(u"transition %1 %2"_s.arg(id).arg(seen + 1));
            } else if (s.error().kind == Error::Kind::Conflict) {
                // A conflict is right only when the order really changed since it was read.
                const int now = orders.get(id)->rowVersion;
                ack(now != seen ? u"conflict-right %1"_s.arg(id) : u"conflict-wrong %1 %2"_s.arg(id).arg(seen));
            } else if (s.error().kind == Error::Kind::State) {
                ack(u"state %1"_s.arg(id));   // another process moved it past this step first
            } else {
                ack(u"error transition: "_s + s.error().message);
            }
        } else {
            MovementRequest m;
            m.partId = parts[rng.bounded(int(parts.size()))];
            m.locationId = locations.first();
            m.type = rng.bounded(2) ? MovementType::Receipt : MovementType::Issue;
            m.qty = m.type == MovementType::Receipt ? 1 + rng.bounded(3) : 1;
            m.note = u"stress"_s;
            auto id = ledger.post(admin, m);
            if (id)
                ack(u"move %1 %2 %3"_s.arg(*id).arg(m.partId).arg(StockLedger::signedQty(m.type, m.qty)));
            else if (id.error().message.contains(u"left"_s))
                ack(u"refused %1"_s.arg(m.partId));
            else
                ack(u"error move: "_s + id.error().message);
        }
    }
    return 0;
}
