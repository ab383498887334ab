// Follow-up calls: opening the call queue (the first page of each view the Follow-up calls page
// shows), the call panel's reads, recording a call, and the per-technician statistics for a month.
//   bench_followups DB [queries-per-kind]
#include "BenchSupport.h"

#include "demo/DemoGenerator.h"
#include "services/CustomerService.h"
#include "services/FollowUpQueries.h"
#include "services/FollowUpService.h"
#include "services/OrderService.h"
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
        std::fprintf(stderr, "usage: bench_followups DB [queries-per-kind]\n");
        return 2;
    }
    const int per = argc > 2 ? std::atoi(argv[2]) : 200;
    const QString path = QString::fromLocal8Bit(argv[1]);
    auto db = openOrDie(path);
    DemoRng rng(11);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDate today = now.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).date();
    const qint64 total = db->scalar(u"SELECT count(*) FROM followups"_s)->toLongLong();
    const qint64 pending = db->scalar(u"SELECT count(*) FROM followups WHERE status = 'pending'"_s)->toLongLong();
    QTextStream out(stdout);
    out << u"Follow-ups: %1 (%2 still to call)\n\n"_s.arg(total).arg(pending);

    using V = FollowUpQueries::View;
    const QList<QPair<QString, V>> views{{u"to call now (default view)"_s, V::CallNow}, {u"due today"_s, V::DueToday},
                                         {u"overdue"_s, V::Overdue}, {u"upcoming 7 days"_s, V::Upcoming},
                                         {u"all to call"_s, V::AllPending}, {u"finished, newest first"_s, V::Finished}};
    out << u"| call queue (first page of 200) | n | p50 ms | p95 ms | max ms |  |\n|---|---|---|---|---|---|\n"_s;
    for (const auto &[name, view] : views) {
        FollowUpQueries::Filter f;
        f.view = view;
        const ListQuery q = FollowUpQueries::list(db->dialect(), f, today, now);
        QVector<double> ms;
        for (int i = 0; i < per; ++i)
            ms << timeMs([&] { (void)q.fetch(*db, 200); });
        printRow(out, name, stats(ms));
    }
    {
        FollowUpQueries::Filter f;
        const ListQuery q = FollowUpQueries::list(db->dialect(), f, today, now);
        const QString sql = inlineParams(q.firstPageSql(200), q.params);
        QStringList script;
        for (int i = 0; i < qMin(per, 20); ++i)
            script << sql;
        const Stats shell = stats(sqlite3ShellTimes(path, script));
        printRow(out, u"sqlite3 shell, same SQL as \"to call now\" (lower bound)"_s, shell);
    }
    out.flush();

    FixedClock clock(now);
    FollowUpService followups(*db, clock);
    CustomerService customers(*db, clock);
    OrderService orders(*db, clock);
    const qint64 maxId = db->scalar(u"SELECT max(id) FROM followups"_s)->toLongLong();
    QVector<double> panel;
    for (int i = 0; i < per; ++i) {
        const qint64 id = db->scalar(u"SELECT id FROM followups WHERE id >= ? ORDER BY id LIMIT 1"_s, {1 + rng.below(maxId)})->toLongLong();
        panel << timeMs([&] {
            auto f = followups.get(id);
            if (!f)
                return;
            (void)customers.get(f->customerId);
            (void)customers.products(f->customerId);
            if (f->orderId > 0)
                (void)orders.get(f->orderId);
            (void)followups.calls(id);
            (void)customers.orders(f->customerId, 10);
        });
    }
    out << u"\n| call panel and recording | n | p50 ms | p95 ms | max ms |  |\n|---|---|---|---|---|---|\n"_s;
    printRow(out, u"select a call: follow-up, customer, products, order, calls, history"_s, stats(panel));

    // Recording calls (each its own transaction), on pending calls due today or before.
    QList<QPair<qint64, int>> due;
    {
        auto q = db->exec(u"SELECT id, row_version FROM followups WHERE status = 'pending' AND due_date <= ? ORDER BY due_date LIMIT ?"_s,
                          {today.toString(Qt::ISODate), per});
        while (q->next())
            due.append({q->value(0).toLongLong(), q->value(1).toInt()});
    }
    QVector<double> rec;
    const Actor agent{1, u"admin"_s, u"Administrator"_s, Role::Admin};
    for (int i = 0; i < due.size(); ++i) {
        CallRecord call;
        call.outcome = i % 4 == 0 ? CallOutcome::NotReached : CallOutcome::Reached;
        call.satisfaction = call.outcome == CallOutcome::Reached ? 5 : 0;
        rec << timeMs([&] { (void)followups.record(agent, due[i].first, due[i].second, call); });
    }
    if (!rec.isEmpty())
        printRow(out, u"record a call outcome (transaction, audit)"_s, stats(rec));

    QVector<double> st;
    for (int i = 0; i < qMax(3, per / 20); ++i) {
        const QDate from(today.year(), today.month(), 1);
        st << timeMs([&] {
            (void)followups.stats(FollowUpService::By::Technician, from.addMonths(-1), from.addDays(-1));
            (void)followups.stats(FollowUpService::By::Agent, from.addMonths(-1), from.addDays(-1));
        });
    }
    printRow(out, u"coverage and satisfaction per technician and agent, last month"_s, stats(st));
    return 0;
}
