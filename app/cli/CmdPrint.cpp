// print work-order NUMBER --out FILE.pdf [--paper A4|A5]
#include "cli/Cli.h"

#include "WorkOrderDocument.h"
#include "services/Services.h"
#include "services/WorkOrderData.h"

#include <QFileInfo>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace as::cli {

namespace {

int printWorkOrder(Context &ctx, QCommandLineParser &p)
{
    const QString number = p.positionalArguments().at(1);
    const QString out = p.value(u"out"_s);
    if (out.isEmpty())
        return ctx.usage(Context::tr("print work-order: --out FILE.pdf is required."));
    const auto paper = print::paperFromName(p.isSet(u"paper"_s) ? p.value(u"paper"_s) : u"A4"_s);
    if (!paper)
        return ctx.usage(Context::tr("print work-order: --paper \"%1\" is not a paper size; use A4 or A5.").arg(p.value(u"paper"_s)));
    if (int rc = ctx.open(true))
        return rc;
    Services services(*ctx.db, ctx.clock);
    WorkOrderSource source(services);
    auto data = source.byNumber(number);
    if (!data)
        return ctx.fail(data.error());
    for (const QString &w : data->warnings)
        ctx.err << w << Qt::endl;
    // The form speaks the chosen language (AFTERSALES_LANG, else the system's): also its fonts and formats.
    QLocale::setDefault(QLocale(qEnvironmentVariable("AFTERSALES_LANG", QLocale::system().name())));
    if (auto st = print::WorkOrderDocument::writePdf(out, {*data}, *paper); !st)
        return ctx.fail(st.error());
    ctx.out << Context::tr("%1: work order %2 (%3)").arg(QFileInfo(out).absoluteFilePath(), data->order.number,
                                                          print::paperName(*paper))
            << Qt::endl;
    return 0;
}

} // namespace

int cmdPrint(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"out"_s, u"The PDF file to write."_s, u"FILE"_s});
    p.addOption({u"paper"_s, u"A4 (default) or A5."_s, u"SIZE"_s});
    if (!ctx.parse(p, 2, 2))
        return 2;
    const QString form = p.positionalArguments().at(0);
    if (form == u"work-order"_s)
        return printWorkOrder(ctx, p);
    if (form == u"count-sheet"_s)
        return printCountSheet(ctx, p);
    if (form == u"complaint"_s)
        return printComplaint(ctx, p);
    return ctx.usage(Context::tr("print: unknown form \"%1\"; one of: work-order, count-sheet, complaint").arg(form));
}

} // namespace as::cli
