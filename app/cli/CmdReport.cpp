// report (--month YYYY-MM | --from DATE --to DATE) --format pdf|xlsx|csv --out FILE [--notes TEXT]
#include "cli/Cli.h"

#include "ReportDocument.h"
#include "reports/KpiService.h"
#include "reports/ReportData.h"
#include "services/Services.h"
#include "util/Time.h"

#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace as::cli {

int cmdReport(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"month"_s, u"The month (YYYY-MM)."_s, u"MONTH"_s});
    p.addOption({u"from"_s, u"First day (YYYY-MM-DD)."_s, u"DATE"_s});
    p.addOption({u"to"_s, u"Last day (YYYY-MM-DD), inclusive."_s, u"DATE"_s});
    p.addOption({u"format"_s, u"pdf, xlsx or csv."_s, u"FORMAT"_s});
    p.addOption({u"out"_s, u"The file to write."_s, u"FILE"_s});
    p.addOption({u"notes"_s, u"The manager's notes printed in the report."_s, u"TEXT"_s});
    if (!ctx.parse(p))
        return 2;
    const QString format = p.value(u"format"_s).toLower();
    if (format != u"pdf"_s && format != u"xlsx"_s && format != u"csv"_s)
        return ctx.usage(Context::tr("report: --format must be pdf, xlsx or csv."));
    const QString out = p.value(u"out"_s);
    if (out.isEmpty())
        return ctx.usage(Context::tr("report: --out FILE is required."));
    const bool byMonth = p.isSet(u"month"_s);
    if (byMonth == (p.isSet(u"from"_s) || p.isSet(u"to"_s)))
        return ctx.usage(Context::tr("report: give either --month YYYY-MM or --from DATE --to DATE."));
    QDate first, last;
    if (byMonth) {
        static const QRegularExpression re(u"^(\\d{4})-(\\d{2})$"_s);
        const auto m = re.match(p.value(u"month"_s));
        first = m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1) : QDate();
        if (!first.isValid())
            return ctx.usage(Context::tr("report: --month \"%1\" is not a month; write YYYY-MM.").arg(p.value(u"month"_s)));
        last = first.addMonths(1).addDays(-1);
    } else {
        for (const auto &[opt, into] : {std::pair{u"from"_s, &first}, std::pair{u"to"_s, &last}}) {
            const auto d = time::parseDate(p.value(opt));
            if (!d)
                return ctx.usage(Context::tr("report: --%1 \"%2\" is not a date; write YYYY-MM-DD.").arg(opt, p.value(opt)));
            *into = *d;
        }
        if (last < first)
            return ctx.usage(Context::tr("report: --to is before --from."));
    }
    if (int rc = ctx.open(true))
        return rc;
    Services services(*ctx.db, ctx.clock);
    const Period period = Period::range(first, last, services.settings.siteTimeZone());
    // The report speaks the chosen language (AFTERSALES_LANG, else the system's).
    QLocale::setDefault(QLocale(qEnvironmentVariable("AFTERSALES_LANG", QLocale::system().name())));
    auto data = ReportData::build(services.kpis, services.settings, ctx.actor, period, ctx.clock.nowUtc());
    if (!data)
        return ctx.fail(data.error());
    data->notes = p.value(u"notes"_s);
    Status st = format == u"csv"_s    ? reportcsv::write(*data, out)
                : format == u"xlsx"_s ? reportxlsx::write(*data, out)
                                      : print::ReportDocument::writePdf(out, *data);
    if (!st)
        return ctx.fail(st.error());
    ctx.out << Context::tr("%1: KPI report %2 (%3)").arg(QFileInfo(out).absoluteFilePath(), period.label(), format) << Qt::endl;
    return 0;
}

} // namespace as::cli
