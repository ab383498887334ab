// print complaint NUMBER --out FILE.pdf : the complaint handling sheet (an extension of cli.md).
#include "cli/Cli.h"

#include "ComplaintSheetDocument.h"

#include <QFileInfo>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace as::cli {

int printComplaint(Context &ctx, QCommandLineParser &p)
{
    const QString number = p.positionalArguments().at(1);
    const QString out = p.value(u"out"_s);
    if (out.isEmpty())
        return ctx.usage(Context::tr("print complaint: --out FILE.pdf is required."));
    if (int rc = ctx.open())
        return rc;
    auto sheet = print::ComplaintSheetDocument::load(*ctx.db, ctx.clock, ctx.actor, number);
    if (!sheet)
        return ctx.fail(sheet.error());
    QLocale::setDefault(QLocale(qEnvironmentVariable("AFTERSALES_LANG", QLocale::system().name())));
    if (auto w = print::ComplaintSheetDocument::writePdf(out, *sheet); !w)
        return ctx.fail(w.error());
    ctx.out << Context::tr("%1: complaint %2").arg(QFileInfo(out).absoluteFilePath(), sheet->complaint.number) << Qt::endl;
    return 0;
}

} // namespace as::cli
