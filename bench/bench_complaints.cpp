// Complaints: the complaint list (the SQL the Complaints page runs for its first page) under each
// filter and search kind, creating a complaint (intake in one transaction), opening one and the
// analysis. Needs 200,000 complaints for the figures of docs/PERFORMANCE.md (demo --orders 1000000).
//   bench_complaints DB [queries-per-kind]
#include "BenchSupport.h"

#include "demo/DemoGenerator.h"
#include "services/ComplaintAnalysis.h"
#include "services/ComplaintQueries.h"
#include "services/ComplaintService.h"
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
        std::fprintf(stderr, "usage: bench_complaints DB [queries-per-kind]\n");
        return 2;
    }
    const int per = argc > 2 ? std::atoi(argv[2]) : 200;
    const QString path = QString::fromLocal8Bit(argv[1]);
    auto db = openOrDie(path);
    DemoRng rng(13);
    const QTimeZone site(QByteArrayLiteral("Asia/Shanghai"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 total = db->scalar(u"SELECT count(*) FROM complaints"_s)->toLongLong();
    const qint64 maxId = db->scalar(u"SELECT max(id) FROM complaints"_s)->toLongLong();
    QTextStream out(stdout);
    out << u"Complaints: %1\n\n"_s.arg(total);
    if (total == 0)
        return 0;
    auto pick = [&](const QString &sql) { return db->scalar(sql, {1 + rng.below(maxId)})->toString(); };
    static const char *const kTerms2[] = {"态度", "漏水", "配件", "收费", "上门", "划痕"};
    static const char *const kTerms3[] = {"态度恶劣", "等了一整天", "配件费", "外包装破损", "not turn on"};

    struct Kind { QString name; std::function<ComplaintQueries::Filter()> make; };
    const QList<Kind> kinds{
        {u"first page, newest first"_s, [] { return ComplaintQueries::Filter{}; }},
        {u"state = investigating"_s, [] { ComplaintQueries::Filter f; f.statuses = {ComplaintStatus::Investigating}; return f; }},
        {u"open complaints"_s, [] { ComplaintQueries::Filter f; f.openOnly = true; return f; }},
        {u"overdue"_s, [] { ComplaintQueries::Filter f; f.overdueOnly = true; return f; }},
        {u"due soon"_s, [] { ComplaintQueries::Filter f; f.dueSoonOnly = true; return f; }},
        {u"category = charges"_s, [] { ComplaintQueries::Filter f; f.category = ComplaintCategory::Charges; return f; }},
        {u"responsibility = service"_s, [] { ComplaintQueries::Filter f; f.responsibility = Responsibility::Service; return f; }},
        {u"severity = critical + open"_s, [] { ComplaintQueries::Filter f; f.severity = ComplaintSeverity::Critical; f.openOnly = true; return f; }},
        {u"category + responsibility + severity"_s, [] {
             ComplaintQueries::Filter f;
             f.category = ComplaintCategory::Quality;
             f.responsibility = Responsibility::Product;
             f.severity = ComplaintSeverity::High;
             return f;
         }},
        {u"received in one month"_s, [&] {
             ComplaintQueries::Filter f;
             const QDate d = now.toTimeZone(site).date().addMonths(-int(rng.between(1, 16)));
             f.receivedFrom = QDate(d.year(), d.month(), 1);
             f.receivedTo = f.receivedFrom.addMonths(1).addDays(-1);
             return f;
         }},
        {u"state + month"_s, [&] {
             ComplaintQueries::Filter f;
             f.statuses = {ComplaintStatus::Closed};
             const QDate d = now.toTimeZone(site).date().addMonths(-int(rng.between(1, 16)));
             f.receivedFrom = QDate(d.year(), d.month(), 1);
             f.receivedTo = f.receivedFrom.addMonths(1).addDays(-1);
             return f;
         }},
        {u"search: full complaint number"_s, [&] {
             ComplaintQueries::Filter f;
             f.search = pick(u"SELECT number FROM complaints WHERE id >= ? ORDER BY id LIMIT 1"_s);
             return f;
         }},
        {u"search: customer name, 2 characters"_s, [&] {
             ComplaintQueries::Filter f;
             f.search = pick(u"SELECT customer_name FROM complaints WHERE id >= ? ORDER BY id LIMIT 1"_s).left(2);
             return f;
         }},
        {u"search: 2 Chinese characters of the content (instr)"_s, [&] {
             ComplaintQueries::Filter f;
             f.search = QString::fromUtf8(rng.pick(kTerms2));
             return f;
         }},
        {u"search: 3+ characters of the content (trigram)"_s, [&] {
             ComplaintQueries::Filter f;
             f.search = QString::fromUtf8(rng.pick(kTerms3));
             return f;
         }},
    };
    out << u"| complaint list (first page of 200) | n | p50 ms | p95 ms | max ms |  |\n|---|---|---|---|---|---|\n"_s;
    for (const Kind &k : kinds) {
        QVector<double> ms;
        qint64 rows = 0;
        for (int i = 0; i < per; ++i) {
            const ListQuery q = ComplaintQueries::list(db->dialect(), k.make(), now, site);
            ms << timeMs([&] {
                auto page = q.fetch(*db, 200);
                rows += page ? page->rows.size() : 0;
            });
        }
        printRow(out, k.name, stats(ms), u"%1 rows/page"_s.arg(rows / qMax(1, per)));
    }
    {
        const ListQuery q = ComplaintQueries::list(db->dialect(), {}, now, site);
        QStringList script;
        for (int i = 0; i < qMin(per, 20); ++i)
            script << inlineParams(q.firstPageSql(200), q.params);
        printRow(out, u"sqlite3 shell, same SQL as \"first page\" (lower bound)"_s, stats(sqlite3ShellTimes(path, script)));
    }
    out << Qt::endl;

    FixedClock clock(now);
    ComplaintService complaints(*db, clock);
    const Actor agent = Actor::admin();
    QVector<double> open, create;
    for (int i = 0; i < per; ++i) {
        const qint64 id = db->scalar(u"SELECT id FROM complaints WHERE id >= ? ORDER BY id LIMIT 1"_s, {1 + rng.below(maxId)})->toLongLong();
        open << timeMs([&] {
            auto c = complaints.get(id);
            (void)complaints.events(id);
            (void)complaints.orders(id);
            if (c && c->customerId > 0)
                (void)complaints.recentCaseCount(c->customerId, now);
        });
    }
    for (int i = 0; i < per; ++i) {
        auto row = db->exec(u"SELECT id, customer_id, product_id FROM service_orders WHERE id >= ? ORDER BY id LIMIT 1"_s,
                            {1 + rng.below(maxId * 5)});
        if (!row || !row->next())
            continue;
        ComplaintDraft d;
        d.orderIds = {row->value(0).toLongLong()};
        d.customerId = row->value(1).toLongLong();
        d.productId = row->value(2).toLongLong();
        row->finish();
        d.category = ComplaintCategory::Timeliness;
        d.content = u"基准测试：预约上门时间一再推迟，等了一整天没人来 (bench %1)"_s.arg(i);
        d.expectation = u"今天必须上门"_s;
        bool ok = true;
        create << timeMs([&] { ok = complaints.create(agent, d).ok(); });
        if (!ok) {
            out << "create failed" << Qt::endl;
            return 1;
        }
    }
    out << u"| complaint | n | p50 ms | p95 ms | max ms |  |\n|---|---|---|---|---|---|\n"_s;
    printRow(out, u"open a complaint (complaint, timeline, orders, repeat-case count)"_s, stats(open));
    printRow(out, u"create a complaint (number, SLA deadlines, order link, event, audit; one transaction)"_s, stats(create));
    QVector<double> analysis;
    for (int i = 0; i < qMin(per, 10); ++i)
        analysis << timeMs([&] { (void)ComplaintAnalysis::compute(*db, site, now.toTimeZone(site).date().addYears(-1), now.toTimeZone(site).date()); });
    printRow(out, u"analysis of the last 12 months (all counts)"_s, stats(analysis));
    return 0;
}
