#include "cli/Cli.h"

#include "cli/Password.h"
#include "reports/KpiService.h"
#include "services/SettingsRepository.h"
#include "services/UserDirectory.h"
#include "services/UserService.h"
#include "storage/DatabaseLocation.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace as::cli {

Context::Context() : out(stdout), err(stderr) {}

int Context::fail(const Error &e)
{
    err << e.message << Qt::endl;
    return e.kind == Error::Kind::Usage ? 2 : 1;
}

void Context::refreshKpiCache()
{
    SettingsRepository settings(*db, clock);
    KpiService kpis(*db, settings, &clock);
    if (auto filled = kpis.fillCache(); !filled)
        err << tr("Warning: the stored KPI figures were not updated (%1); the first report will compute them.").arg(filled.error().message)
            << Qt::endl;
}

int Context::usage(const QString &message)
{
    err << message << Qt::endl;
    return 2;
}

bool Context::parse(QCommandLineParser &parser, int minPositional, int maxPositional)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QStringList argv = args;
    argv.prepend(u"aftersales-cli "_s + command);
    if (!parser.parse(argv)) {
        usage(tr("%1: %2").arg(command, parser.errorText()));
        return false;
    }
    const int n = int(parser.positionalArguments().size());
    if (n < minPositional || n > maxPositional) {
        usage(tr("%1: wrong number of arguments. See: aftersales-cli --help").arg(command));
        return false;
    }
    return true;
}

int Context::open(bool migrate)
{
    OpenOptions o = DatabaseLocation::resolve(dbLocation, shared);
    o.migrate = migrate;
    auto opened = Database::open(o);
    if (!opened)
        return fail(opened.error());
    db = std::move(opened.value());
    UserService auth(*db, clock);
    auto single = auth.singleUserMode();
    if (!single)
        return fail(single.error());
    loginRequired = !*single;
    if (!loginRequired) {
        // Single-user mode: everything is done as admin unless another user is named.
        if (!user.isEmpty()) {
            auto a = UserDirectory(*db).actorFor(user);
            if (!a)
                return fail(a.error());
            actor = *a;
        }
        return 0;
    }
    if (user.isEmpty())
        return fail(Error::permission(tr("This database requires a login: add --user NAME (password from AFTERSALES_PASSWORD or a prompt).")));
    bool found = false;
    const QString password = readPassword("AFTERSALES_PASSWORD", tr("Password for %1: ").arg(user), &found);
    if (!found)
        return fail(Error::permission(tr("No password given for %1 (set AFTERSALES_PASSWORD or type it at the prompt).").arg(user)));
    auto a = auth.login(user, password);
    if (!a)
        return fail(a.error());
    actor = *a;
    return 0;
}

const QList<Command> &commands()
{
    static const QList<Command> list = {
        {"init", "init                         create the database or migrate it to the current schema", cmdInit, false},
        {"demo", "demo --orders N [--seed S]   fill an empty database with realistic demo data", cmdDemo, false},
        {"check", "check [--quick]              integrity check; prints ok or one line per problem", cmdCheck, false},
        {"backup", "backup --out FILE           consistent online copy, verified", cmdBackup, false},
        {"restore", "restore --from FILE          replace the database with a backup (refused while others use it)", cmdRestore, false},
        {"users", "users add LOGIN --role ROLE [--name NAME] | list | passwd LOGIN | disable LOGIN | enable LOGIN\n"
                  "                               manage users (new passwords: AFTERSALES_NEW_PASSWORD when logged in,\n"
                  "                               else AFTERSALES_PASSWORD, else a prompt)", cmdUsers, false},
        {"import", "import KIND FILE [--dry-run] [--map COLUMN=HEADER]\n"
                   "                               CSV (UTF-8/GBK) or XLSX; all rows or none; problems as FILE:ROW:COLUMN: reason", cmdImport, false},
        {"export", "export KIND --format csv|xlsx --out FILE [--from DATE --to DATE]\n"
                   "                               list export (CSV UTF-8 with BOM, or XLSX); columns as the import format", cmdExport, false},
        {"stock", "stock onhand [--part CODE] [--location L] | move --type receipt|issue|return|scrap|transfer|sale --part CODE\n"
                  "                               --qty N [--location L] [--to L2] [--order NUMBER] [--rejected N] [--note TEXT]", cmdStock, false},
        {"stocktake", "stocktake start --location L [--category C] [--blind] | count ID FILE | recount ID | approve ID\n"
                      "                               | post ID | show ID | list", cmdStocktake, false},
        {"print", "print work-order NUMBER --out FILE.pdf [--paper A4|A5] | count-sheet ID --out FILE.pdf | complaint NUMBER --out FILE.pdf   forms as PDF", cmdPrint, true},
        {"report", "report (--month YYYY-MM | --from DATE --to DATE) --format pdf|xlsx|csv --out FILE [--notes TEXT]   KPI report", cmdReport, true},
    };
    return list;
}

namespace {

void printHelp(QTextStream &out)
{
    out << "Usage: aftersales-cli [--db PATH|URL] [--shared] [--user NAME] COMMAND [options]\n\n"
           "Global options:\n"
           "  --db PATH|URL   SQLite file or postgresql://user@host:port/dbname\n"
           "                  (default: the GUI's database; AFTERSALES_DB overrides)\n"
           "  --shared        the file is in a shared folder (rollback journal)\n"
           "  --user NAME     act as this user (password from AFTERSALES_PASSWORD)\n"
           "  --version, --help\n\n"
           "Commands:\n";
    for (const Command &c : commands())
        out << "  " << c.synopsis << '\n';
    out << "\nExit status: 0 success, 2 usage error, 1 any other failure.\n";
    out.flush();
}

void installTranslators(QCoreApplication &app)
{
    const QString lang = qEnvironmentVariable("AFTERSALES_LANG", QLocale::system().name());
    for (const QString &base : {u"aftersales"_s, u"qtbase"_s}) {
        auto *t = new QTranslator(&app);
        const QString dir = base == u"qtbase"_s ? QLibraryInfo::path(QLibraryInfo::TranslationsPath) : u":/i18n"_s;
        if (t->load(QLocale(lang), base, u"_"_s, dir))
            QCoreApplication::installTranslator(t);
        else
            delete t;
    }
}

} // namespace

int main(int argc, char **argv)
{
    // Find the command first: printing needs a QGuiApplication (offscreen when there is no display).
    QStringList raw;
    for (int i = 1; i < argc; ++i)
        raw << QString::fromLocal8Bit(argv[i]);

    Context ctx;
    bool wantHelp = false, wantVersion = false;
    for (int i = 0; i < raw.size(); ++i) {
        const QString &a = raw.at(i);
        auto takeValue = [&](const QString &name, QString *into) -> bool {
            if (a == name) {
                if (i + 1 >= raw.size())
                    return false;
                *into = raw.at(++i);
                return true;
            }
            if (a.startsWith(name + u'=')) {
                *into = a.mid(name.size() + 1);
                return true;
            }
            return false;
        };
        if (takeValue(u"--db"_s, &ctx.dbLocation) || takeValue(u"--user"_s, &ctx.user))
            continue;
        if (a == u"--db"_s || a == u"--user"_s) {
            std::fprintf(stderr, "%s needs a value.\n", qPrintable(a));
            return 2;
        }
        if (a == u"--shared"_s) { ctx.shared = true; continue; }
        if (ctx.command.isEmpty() && (a == u"--help"_s || a == u"-h"_s)) { wantHelp = true; continue; }
        if (ctx.command.isEmpty() && (a == u"--version"_s || a == u"-v"_s)) { wantVersion = true; continue; }
        if (ctx.command.isEmpty() && !a.startsWith(u'-'))
            ctx.command = a;
        else
            ctx.args << a;
    }

    const Command *cmd = nullptr;
    for (const Command &c : commands())
        if (ctx.command == QLatin1StringView(c.name))
            cmd = &c;

    std::unique_ptr<QCoreApplication> app;
    if (cmd && cmd->needsGui) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    DatabaseLocation::setApplicationIdentity();
    installTranslators(*app);

    if (wantVersion) {
        ctx.out << "aftersales-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    if (wantHelp || ctx.command == u"help"_s) {
        printHelp(ctx.out);
        return 0;
    }
    if (ctx.command.isEmpty()) {
        printHelp(ctx.err);
        return 2;
    }
    if (!cmd)
        return ctx.usage(Context::tr("Unknown command \"%1\". See: aftersales-cli --help").arg(ctx.command));
    const int rc = cmd->run(ctx);
    ctx.out.flush();
    ctx.err.flush();
    return rc;
}

} // namespace as::cli
