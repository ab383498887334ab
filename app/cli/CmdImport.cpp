// import KIND FILE [--dry-run] [--map COLUMN=HEADER]...; export KIND --format csv|xlsx --out FILE [--from --to]
#include "cli/Cli.h"

#include "io/Exporter.h"
#include "io/ImportKind.h"
#include "io/Importer.h"
#include "services/SettingsRepository.h"
#include "util/Time.h"

#include <QElapsedTimer>

using namespace Qt::Literals::StringLiterals;

namespace as::cli {

int cmdImport(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"dry-run"_s, u"Check the file and print what would be imported; write nothing."_s});
    p.addOption({u"map"_s, u"Take column COLUMN from the file's header HEADER (repeatable; empty HEADER skips it)."_s,
                 u"COLUMN=HEADER"_s});
    if (!ctx.parse(p, 2, 2))
        return 2;
    const QString kindId = p.positionalArguments().at(0);
    const QString file = p.positionalArguments().at(1);
    const ImportKind *kind = importKind(kindId);
    if (!kind)
        return ctx.usage(Context::tr("import: unknown kind \"%1\"; one of: %2").arg(kindId, importKindIds().join(u", "_s)));
    ImportOptions o;
    o.file = file;
    o.dryRun = p.isSet(u"dry-run"_s);
    QStringList known;
    for (const auto &c : kind->columns())
        known << c.name;
    for (const QString &m : p.values(u"map"_s)) {
        const qsizetype eq = m.indexOf(u'=');
        if (eq <= 0 || !known.contains(m.left(eq)))
            return ctx.usage(Context::tr("import: --map \"%1\": write COLUMN=HEADER with COLUMN one of: %2").arg(m, known.join(u", "_s)));
        o.mapping.insert(m.left(eq), m.mid(eq + 1));
    }
    if (int rc = ctx.open(true))
        return rc;
    SettingsRepository settings(*ctx.db, ctx.clock);
    ImportContext ic{*ctx.db, ctx.clock, ctx.actor, settings.siteTimeZone()};
    auto r = Importer::run(*kind, ic, o);
    if (!r)
        return ctx.fail(r.error());
    if (!r->ignored.isEmpty())
        ctx.err << Context::tr("%1: columns not used by %2 import (ignored): %3").arg(file, kindId, r->ignored.join(u", "_s)) << Qt::endl;
    if (!r->problems.isEmpty()) {
        for (const ImportProblem &pr : r->problems)
            ctx.err << Importer::formatProblem(file, pr) << '\n';
        ctx.err << Context::tr("%1: %2 problem(s) in %3 data row(s); nothing was imported.").arg(file).arg(r->problems.size()).arg(r->rows)
                << Qt::endl;
        return 1;
    }
    if (!o.dryRun)
        ctx.refreshKpiCache();
    const double secs = double(r->elapsedMs) / 1000.0;
    if (o.dryRun)
        ctx.out << Context::tr("%1 rows checked, %2, no problems; would import: %3. Nothing was written (--dry-run).")
                       .arg(r->rows).arg(r->format, Importer::countsText(r->counts))
                << Qt::endl;
    else
        ctx.out << Context::tr("%1 rows read, %2; imported: %3 in %4 s.").arg(r->rows).arg(r->format, Importer::countsText(r->counts))
                       .arg(secs, 0, 'f', 1)
                << Qt::endl;
    return 0;
}

int cmdExport(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"format"_s, u"csv or xlsx."_s, u"FORMAT"_s});
    p.addOption({u"out"_s, u"Output file."_s, u"FILE"_s});
    p.addOption({u"from"_s, u"First day (YYYY-MM-DD)."_s, u"DATE"_s});
    p.addOption({u"to"_s, u"Last day (YYYY-MM-DD), inclusive."_s, u"DATE"_s});
    if (!ctx.parse(p, 1, 1))
        return 2;
    const QString kindId = p.positionalArguments().at(0);
    const ExportKind *kind = exportKind(kindId);
    if (!kind)
        return ctx.usage(Context::tr("export: unknown list \"%1\"; one of: %2").arg(kindId, exportKindIds().join(u", "_s)));
    const auto format = Exporter::formatFromName(p.value(u"format"_s));
    if (!format)
        return ctx.usage(Context::tr("export: --format must be csv or xlsx."));
    if (p.value(u"out"_s).isEmpty())
        return ctx.usage(Context::tr("export: --out FILE is required."));
    QDate from, to;
    for (const auto &[opt, into] : {std::pair{u"from"_s, &from}, std::pair{u"to"_s, &to}}) {
        if (!p.isSet(opt))
            continue;
        const auto d = time::parseDate(p.value(opt));
        if (!d)
            return ctx.usage(Context::tr("export: --%1 \"%2\" is not a date (YYYY-MM-DD).").arg(opt, p.value(opt)));
        *into = *d;
    }
    if (from.isValid() && to.isValid() && to < from)
        return ctx.usage(Context::tr("export: --to is before --from."));
    if (int rc = ctx.open(true))
        return rc;
    SettingsRepository settings(*ctx.db, ctx.clock);
    ExportContext ec{*ctx.db, ctx.clock, ctx.actor, settings.siteTimeZone(), from, to};
    auto n = Exporter::write(*kind, ec, *format, p.value(u"out"_s));
    if (!n)
        return ctx.fail(n.error());
    ctx.out << Context::tr("%1 rows written to %2.").arg(*n).arg(p.value(u"out"_s)) << Qt::endl;
    return 0;
}

} // namespace as::cli
