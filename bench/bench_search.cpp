// Customer search latency (the SQL the Customers page runs for its first page),
// compared with the same SQL in the sqlite3 command-line tool on the same file.
//   bench_search DB [queries-per-kind]
#include "BenchSupport.h"

#include "demo/DemoGenerator.h"
#include "services/CustomerQueries.h"

#include <QCoreApplication>

using namespace as;
using namespace as::bench;
using namespace Qt::Literals::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_search DB [queries-per-kind]\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int perKind = argc > 2 ? std::atoi(argv[2]) : 200;
    auto db = openOrDie(path);
    DemoRng rng(99);

    // Sample real values from the data: phone fragments, 2-character Chinese names, serials.
    struct Kind { QString name; QStringList queries; };
    QList<Kind> kinds = {{u"phone fragment (4 digits)"_s, {}}, {u"Chinese name, 2 characters"_s, {}},
                         {u"Chinese name, 1 character"_s, {}}, {u"serial number (full)"_s, {}},
                         {u"order number suffix"_s, {}}, {u"no filter (first page)"_s, {}}};
    const qint64 customers = db->scalar(u"SELECT max(id) FROM customers"_s)->toLongLong();
    const qint64 products = db->scalar(u"SELECT max(id) FROM products"_s)->toLongLong();
    const qint64 orders = db->scalar(u"SELECT max(id) FROM service_orders"_s)->toLongLong();
    for (int i = 0; i < perKind; ++i) {
        const qint64 c = 1 + rng.below(customers);
        const QString phone = db->scalar(u"SELECT phone FROM customers WHERE id = ?"_s, {c})->toString();
        kinds[0].queries << phone.right(4);
        QString name;
        for (int tries = 0; tries < 20 && name.isEmpty(); ++tries) {
            const QString n = db->scalar(u"SELECT name FROM customers WHERE id = ?"_s, {1 + rng.below(customers)})->toString();
            if (!n.isEmpty() && n.at(0).unicode() >= 0x2E80 && n.size() <= 4)
                name = n;
        }
        kinds[1].queries << name.left(2);
        kinds[2].queries << name.left(1);
        kinds[3].queries << db->scalar(u"SELECT serial FROM products WHERE id = ?"_s, {1 + rng.below(products)})->toString();
        kinds[4].queries << db->scalar(u"SELECT number FROM service_orders WHERE id = ?"_s, {1 + rng.below(std::max<qint64>(1, orders))})
                                ->toString()
                                .right(5);
        kinds[5].queries << QString();
    }

    QTextStream out(stdout);
    out << u"| customer search | n | p50 ms | p95 ms | max ms | sqlite3 shell p50 / p95 ms, ratio of p95 |\n|---|---|---|---|---|---|\n"_s;
    for (const Kind &k : kinds) {
        // Warm the page cache first (both sides are measured warm).
        for (const QString &text : k.queries) {
            CustomerQueries::Filter f;
            f.search = text;
            (void)CustomerQueries::list(db->dialect(), f).fetch(*db, 200);
        }
        QVector<double> ms;
        QStringList sql;
        for (const QString &text : k.queries) {
            CustomerQueries::Filter f;
            f.search = text;
            const ListQuery q = CustomerQueries::list(db->dialect(), f);
            ms << timeMs([&] {
                auto page = q.fetch(*db, 200);
                if (!page)
                    std::fprintf(stderr, "%s\n", qPrintable(page.error().message));
            });
            sql << inlineParams(q.firstPageSql(201), q.params);
        }
        const Stats mine = stats(ms);
        const Stats shell = stats(sqlite3ShellTimes(path, sql));
        const QString cmp = shell.n ? QString::number(shell.p50, 'f', 2) + u" / "_s + QString::number(shell.p95, 'f', 2) + u", "_s +
                                          QString::number(mine.p95 / std::max(0.01, shell.p95), 'f', 2) + u"x"_s
                                    : u"sqlite3 not available"_s;
        printRow(out, k.name, mine, cmp);
    }
    return 0;
}
