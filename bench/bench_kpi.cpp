// KPI engine and monthly report on a demo database: all KPIs of one month, the 12-month
// trends, the report data, PDF/XLSX/CSV exports; the same KPI aggregates run by the sqlite3
// command-line tool on the same file as the lower bound.
//   bench_kpi DB [repeats]      (tools/bench.sh; repeats <= 10 or --tiny: a quick smoke run)
#include "BenchSupport.h"

#include "ReportDocument.h"
#include "reports/KpiService.h"
#include "reports/KpiSql.h"
#include "reports/ReportData.h"
#include "services/SettingsRepository.h"
#include "util/Clock.h"
#include "util/Time.h"

#include <QGuiApplication>
#include <QTemporaryDir>

using namespace as;
using namespace as::bench;
using namespace Qt::Literals::StringLiterals;

namespace {

void check(const Status &st)
{
    if (!st) {
        std::fprintf(stderr, "%s\n", qPrintable(st.error().message));
        std::exit(1);
    }
}

template <typename T>
void check(const Result<T> &r)
{
    if (!r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
        std::exit(1);
    }
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool tiny = args.removeAll(u"--tiny"_s) > 0;
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: bench_kpi DB [repeats] [--tiny]\n");
        return 2;
    }
    const QString path = args.at(0);
    int repeats = args.size() > 1 ? args.at(1).toInt() : 20;
    if (tiny)
        repeats = 3;
    repeats = std::clamp(repeats, 3, 30);
    auto db = openOrDie(path);
    SystemClock clock;
    SettingsRepository settings(*db, clock);
    KpiService kpis(*db, settings, &clock);
    const Actor admin = Actor::admin();
    const QTimeZone zone = settings.siteTimeZone();

    // The last complete month of the data.
    const QDateTime newest = time::fromDb(db->scalar(u"SELECT max(opened_at) FROM service_orders"_s)->toString());
    const QDate lastDay = newest.isValid() ? newest.toTimeZone(zone).date() : QDate::currentDate();
    const QDate first = QDate(lastDay.year(), lastDay.month(), 1).addMonths(-1);
    const Period month = Period::month(first.year(), first.month(), zone);
    const qint64 orders = db->scalar(u"SELECT count(*) FROM service_orders"_s)->toLongLong();

    QTextStream out(stdout);
    out << u"%1 orders; month %2\n\n"_s.arg(orders).arg(month.label());
    out << u"| KPI report step | n | p50 ms | p95 ms | max ms | note |\n|---|---|---|---|---|---|\n"_s;
    // First: one report in this fresh process (as `aftersales-cli report` runs it), with the
    // cache as the database has it, step by step.
    {
        const auto first = [&](const QString &name, const std::function<void()> &fn) { printRow(out, name, stats({timeMs(fn)})); };
        first(u"fresh process: all KPIs of the month"_s, [&] { check(kpis.compute(admin, month)); });
        first(u"fresh process: previous month"_s, [&] { check(kpis.compute(admin, month.previous())); });
        first(u"fresh process: same month last year"_s, [&] { check(kpis.compute(admin, month.sameLastYear())); });
        first(u"fresh process: technicians"_s, [&] { check(kpis.technicians(admin, month)); });
        first(u"fresh process: faults by model"_s, [&] { check(kpis.faultsByModel(admin, month)); });
        first(u"fresh process: parts"_s, [&] { check(kpis.parts(admin, month)); });
        first(u"fresh process: trends"_s, [&] { check(kpis.trends(admin, month)); });
        first(u"fresh process: report data again"_s, [&] { check(ReportData::build(kpis, settings, admin, month, clock.nowUtc())); });
    }
    // Warm the page cache (both sides measured warm). The figures of closed months are cached
    // (KpiCache): "uncached" runs with the cache off, "cold" empties it before each run (the first
    // report of a month: computed and stored), "warm" reads the stored months.
    kpis.setCacheEnabled(false);
    check(kpis.compute(admin, month));
    QVector<double> ms;
    for (int i = 0; i < repeats; ++i)
        ms << timeMs([&] { check(kpis.compute(admin, month)); });
    printRow(out, u"all 11 KPIs, one month (uncached)"_s, stats(ms), u"target < 300 ms"_s);
    auto step = [&](const QString &name, const std::function<void()> &fn, int n = 0, const QString &note = {}) {
        QVector<double> t;
        for (int i = 0; i < (n ? n : std::max(3, repeats / 2)); ++i)
            t << timeMs(fn);
        printRow(out, name, stats(t), note);
    };
    step(u"  rates only (one month of a trend, uncached)"_s, [&] { check(kpis.compute(admin, month, true)); });
    step(u"  backlog by age"_s, [&] { check(kpis.backlog(admin, month)); });
    step(u"  backlog by age, same month last year"_s, [&] { check(kpis.backlog(admin, month.sameLastYear())); });
    step(u"  parts consumption, stock value, turnover"_s, [&] { check(kpis.parts(admin, month)); });
    step(u"  technician table"_s, [&] { check(kpis.technicians(admin, month)); });
    step(u"  faults by model (Pareto)"_s, [&] { check(kpis.faultsByModel(admin, month)); });
    step(u"  orders opened/completed per week"_s, [&] { check(kpis.weekly(admin, month)); });
    const int few = std::max(3, repeats / 4);
    step(u"12-month trends, uncached (8 rates + MTTR)"_s, [&] { check(kpis.trends(admin, month)); }, few);
    kpis.setCacheEnabled(true);
    step(u"12-month trends, cold cache (computed and stored)"_s, [&] {
        check(kpis.clearCache());
        check(kpis.trends(admin, month));
    }, few);
    step(u"12-month trends, closed months cached"_s, [&] { check(kpis.trends(admin, month)); }, few, u"target < 1 s"_s);
    step(u"all 11 KPIs, one closed month, cached"_s, [&] { check(kpis.compute(admin, month)); }, repeats);
    ReportData data;
    auto build = [&] {
        auto d = ReportData::build(kpis, settings, admin, month, clock.nowUtc());
        check(d);
        data = std::move(*d);
    };
    step(u"report data, cold cache (KPIs, previous, last year, tables, trends)"_s, [&] {
        check(kpis.clearCache());
        build();
    }, few);
    step(u"report data, closed months cached"_s, build, few);
    QTemporaryDir dir;
    for (const auto &[name, fmt, target] : {std::tuple{u"PDF (build + render + write), cached"_s, 0, u"target < 3 s"_s},
                                            std::tuple{u"XLSX (build + write), cached"_s, 1, u"target < 2 s"_s},
                                            std::tuple{u"CSV (build + write), cached"_s, 2, QString()},
                                            std::tuple{u"XLSX (build + write), cold cache"_s, 3, QString()}}) {
        ms.clear();
        for (int i = 0; i < 3; ++i)
            ms << timeMs([&, fmt = fmt] {
                if (fmt == 3)
                    check(kpis.clearCache());
                build();
                const QString file = dir.filePath(u"r%1"_s.arg(fmt));
                check(fmt == 0 ? print::ReportDocument::writePdf(file, data) : fmt == 2 ? reportcsv::write(data, file) : reportxlsx::write(data, file));
            });
        printRow(out, name, stats(ms), target);
    }

    // The same aggregates through Qt SQL and through the sqlite3 shell.
    out << u"\n| KPI aggregate (one month) | app p50 ms | sqlite3 shell p50 ms | ratio |\n|---|---|---|---|\n"_s;
    using kpisql::Cond;
    struct Agg { QString name; QString from; Cond den; Cond num; };
    const QList<Agg> aggs = {
        {u"response within SLA"_s, u"service_orders o"_s, kpisql::opened(month), kpisql::acknowledgedInTime()},
        {u"on-time completion (deadline in the month)"_s, u"service_orders o"_s, kpisql::dueInPeriod(month), kpisql::completedByDeadline()},
        {u"on-time completion (completed in the month)"_s, u"service_orders o"_s, kpisql::completedNotDueInPeriod(month),
         kpisql::completedByDeadline()},
        {u"satisfaction"_s, u"followups f"_s, kpisql::rated(month), kpisql::satisfied()},
        {u"follow-up coverage"_s, u"service_orders o"_s, kpisql::inWarrantyCompleted(month), kpisql::firstFollowupDone()},
        {u"parts fill rate (lines)"_s, u"stock_movements m"_s, kpisql::issuedToOrders(month), kpisql::issuedWhenRequested()},
    };
    for (const Agg &a : aggs) {
        const QString sql = u"SELECT COUNT(*), COALESCE(SUM(CASE WHEN "_s + a.num.sql + u" THEN 1 ELSE 0 END), 0) FROM "_s + a.from +
                            u" WHERE "_s + a.den.sql;
        const QVariantList params = a.num.params + a.den.params;
        QVector<double> app;
        for (int i = 0; i < repeats; ++i)
            app << timeMs([&] {
                auto q = db->exec(sql, params);
                check(q);
                q->next();
            });
        QStringList shellSql;
        for (int i = 0; i < repeats; ++i)
            shellSql << inlineParams(sql, params);
        const Stats mine = stats(app), shell = stats(sqlite3ShellTimes(path, shellSql));
        out << u"| %1 | %2 | %3 | %4 |\n"_s.arg(a.name, QString::number(mine.p50, 'f', 2),
                                                 shell.n ? QString::number(shell.p50, 'f', 2) : u"n/a"_s,
                                                 shell.n ? QString::number(mine.p50 / std::max(0.01, shell.p50), 'f', 2) + u"x"_s : u"–"_s);
    }
    out.flush();
    return 0;
}
