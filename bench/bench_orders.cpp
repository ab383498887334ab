// The order list (the SQL the Service orders page runs for its first page) under each filter
// and search kind, and opening one order (everything the order window reads).
//   bench_orders DB [queries-per-kind]
#include "BenchSupport.h"

#include "demo/DemoGenerator.h"
#include "services/AuditLog.h"
#include "services/OrderQueries.h"
#include "services/OrderService.h"
#include "services/CustomerService.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QTimeZone>

using namespace as;
using namespace as::bench;
using namespace Qt::Literals::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_orders DB [queries-per-kind]\n");
        return 2;
    }
    const int per = argc > 2 ? std::atoi(argv[2]) : 200;
    auto db = openOrDie(QString::fromLocal8Bit(argv[1]));
    DemoRng rng(7);
    const QTimeZone site(QByteArrayLiteral("Asia/Shanghai"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 maxId = db->scalar(u"SELECT max(id) FROM service_orders"_s)->toLongLong();
    const qint64 total = db->scalar(u"SELECT count(*) FROM service_orders"_s)->toLongLong();
    auto pick = [&](const QString &sql) {
        return db->scalar(sql, {1 + rng.below(maxId)})->toString();
    };
    QList<qint64> techs;
    {
        auto q = db->exec(u"SELECT id FROM users WHERE role = 'technician'"_s);
        while (q->next())
            techs << q->value(0).toLongLong();
    }
    struct Kind { QString name; QList<OrderQueries::Filter> filters; };
    QList<Kind> kinds{{u"first page, newest first"_s, {}}, {u"status = in progress"_s, {}}, {u"open and overdue"_s, {}},
                      {u"one technician"_s, {}}, {u"category + out of warranty"_s, {}}, {u"opened in one month"_s, {}},
                      {u"search: full order number"_s, {}}, {u"search: phone, last 4 digits"_s, {}},
                      {u"search: Chinese name, 2 characters"_s, {}}, {u"search: serial number"_s, {}}};
    for (int i = 0; i < per; ++i) {
        OrderQueries::Filter f;
        kinds[0].filters << f;
        f.statuses = {OrderStatus::InProgress};
        kinds[1].filters << f;
        f = {};
        f.overdueOnly = true;
        kinds[2].filters << f;
        f = {};
        f.technicianId = techs.isEmpty() ? 0 : techs[rng.below(techs.size())];
        kinds[3].filters << f;
        f = {};
        f.category = OrderCategory::Installation;
        f.warranty = WarrantyStatus::Out;
        kinds[4].filters << f;
        f = {};
        f.openedFrom = now.date().addMonths(-1 - rng.below(12));
        f.openedTo = f.openedFrom.addMonths(1);
        kinds[5].filters << f;
        f = {};
        f.search = pick(u"SELECT number FROM service_orders WHERE id >= ? ORDER BY id LIMIT 1"_s);
        kinds[6].filters << f;
        f.search = pick(u"SELECT contact_phone FROM service_orders WHERE id >= ? ORDER BY id LIMIT 1"_s).right(4);
        kinds[7].filters << f;
        f.search = pick(u"SELECT customer_name FROM service_orders WHERE id >= ? AND unicode(customer_name) > 11904 ORDER BY id LIMIT 1"_s).left(2);
        kinds[8].filters << f;
        f.search = pick(u"SELECT p.serial FROM service_orders o JOIN products p ON p.id = o.product_id WHERE o.id >= ? ORDER BY o.id LIMIT 1"_s);
        kinds[9].filters << f;
    }
    QTextStream out(stdout);
    out << u"Orders: %1\n\n"_s.arg(total);
    out << u"| order list (first page of 200) | n | p50 ms | p95 ms | max ms |  |\n|---|---|---|---|---|---|\n"_s;
    for (const Kind &k : kinds) {
        QVector<double> ms;
        for (const auto &f : k.filters) {
            const ListQuery q = OrderQueries::list(db->dialect(), f, now, site);
            ms << timeMs([&] { (void)q.fetch(*db, 200); });
        }
        printRow(out, k.name, stats(ms));
    }
    out.flush();

    // Opening an order: the order, its events, reschedules, customer's product, audit history.
    FixedClock clock(now);
    OrderService orders(*db, clock);
    CustomerService customers(*db, clock);
    AuditLog audit(*db, clock);
    QVector<double> open;
    for (int i = 0; i < per; ++i) {
        const qint64 id = 1 + rng.below(maxId);
        open << timeMs([&] {
            auto o = orders.get(id);
            if (!o)
                return;
            (void)orders.events(id);
            (void)orders.reschedules(id);
            if (o->productId > 0)
                (void)customers.product(o->productId);
            (void)audit.history(u"service_order"_s, id);
        });
    }
    out << u"\n| opening an order (window data) | n | p50 ms | p95 ms | max ms |  |\n|---|---|---|---|---|---|\n"_s;
    printRow(out, u"order + events + reschedules + product + history"_s, stats(open));
    return 0;
}
