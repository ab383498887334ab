// init, demo, check
#include "cli/Cli.h"

#include "demo/DemoGenerator.h"
#include "services/IntegrityCheck.h"
#include "storage/Migrator.h"

#include <QElapsedTimer>

using namespace Qt::Literals::StringLiterals;

namespace as::cli {

int cmdInit(Context &ctx)
{
    QCommandLineParser p;
    if (!ctx.parse(p))
        return 2;
    if (int rc = ctx.open(true))
        return rc;
    ctx.out << Context::tr("Database %1 is at schema %2.").arg(ctx.db->location()).arg(ctx.db->schemaVersion()) << Qt::endl;
    return 0;
}

int cmdDemo(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"orders"_s, u"Number of service orders."_s, u"N"_s});
    p.addOption({u"seed"_s, u"Random seed (same seed, same data)."_s, u"S"_s, u"1"_s});
    p.addOption({u"now"_s, u"Anchor time (ISO 8601, UTC) instead of the current time."_s, u"TIME"_s});
    p.addOption({u"quiet"_s, u"No progress output."_s});
    if (!ctx.parse(p))
        return 2;
    if (!p.isSet(u"orders"_s))
        return ctx.usage(Context::tr("demo: --orders N is required."));
    bool ok1 = false, ok2 = false;
    DemoOptions o;
    o.orders = p.value(u"orders"_s).toLongLong(&ok1);
    o.seed = p.value(u"seed"_s).toULongLong(&ok2);
    if (!ok1 || o.orders < 0)
        return ctx.usage(Context::tr("demo: --orders must be a whole number, not \"%1\".").arg(p.value(u"orders"_s)));
    if (!ok2)
        return ctx.usage(Context::tr("demo: --seed must be a whole number, not \"%1\".").arg(p.value(u"seed"_s)));
    if (p.isSet(u"now"_s)) {
        o.now = QDateTime::fromString(p.value(u"now"_s), Qt::ISODate);
        if (!o.now.isValid())
            return ctx.usage(Context::tr("demo: --now \"%1\" is not an ISO 8601 time.").arg(p.value(u"now"_s)));
    }
    if (!p.isSet(u"quiet"_s)) {
        o.progress = [&ctx](const QString &stage, int pct) {
            ctx.err << '\r' << stage << ' ' << pct << "%   ";
            ctx.err.flush();
        };
    }
    if (int rc = ctx.open(true))
        return rc;
    QElapsedTimer timer;
    timer.start();
    DemoGenerator gen(*ctx.db);
    auto r = gen.run(o);
    if (o.progress)
        ctx.err << Qt::endl;
    if (!r)
        return ctx.fail(r.error());
    ctx.refreshKpiCache();
    ctx.out << Context::tr("Demo data: %1 users, %2 customers, %3 products, %4 orders, %5 order events")
                   .arg(r->users).arg(r->customers).arg(r->products).arg(r->orders).arg(r->events);
    for (const auto &e : r->extra)
        ctx.out << u", "_s << e.second << u' ' << e.first;
    ctx.out << Context::tr(" in %1 s.").arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1) << Qt::endl;
    return 0;
}

int cmdCheck(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"quick"_s, u"Quick storage check instead of the full one."_s});
    if (!ctx.parse(p))
        return 2;
    if (int rc = ctx.open(false))
        return rc;
    IntegrityCheck check(*ctx.db);
    auto problems = check.run(p.isSet(u"quick"_s));
    if (!problems)
        return ctx.fail(problems.error());
    if (problems->isEmpty()) {
        ctx.out << "ok" << Qt::endl;
        return 0;
    }
    for (const QString &line : *problems)
        ctx.out << line << Qt::endl;
    return 1;
}

} // namespace as::cli
