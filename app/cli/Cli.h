#pragma once

#include "services/Actor.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace as::cli {

// Everything a command needs: its own arguments, the database, the acting user.
class Context
{
    Q_DECLARE_TR_FUNCTIONS(as::cli::Context)

public:
    Context();
    QString command;
    QStringList args;        // after the command word, global options removed
    QString dbLocation;      // --db
    bool shared = false;     // --shared
    QString user;            // --user
    QTextStream out;
    QTextStream err;
    SystemClock clock;
    std::unique_ptr<Database> db;
    Actor actor = Actor::admin();
    bool loginRequired = false;   // some user has a password: every call logs in

    // Open (and migrate) the database and establish the acting user. Returns the exit code on failure.
    int open(bool migrate = true);
    // Report an error on one line; 2 for usage errors, 1 otherwise.
    int fail(const Error &e);
    int usage(const QString &message);
    // After a bulk load (demo, import): store the KPI figures of the closed months now, so the first
    // report is as quick as the next. The data is already committed: a failure is a warning on stderr.
    void refreshKpiCache();
    // Parse the command's options; prints and returns false on a usage error.
    bool parse(QCommandLineParser &parser, int minPositional = 0, int maxPositional = 0);
};

using CommandFn = int (*)(Context &);
struct Command {
    const char *name;
    const char *synopsis;   // shown by --help
    CommandFn run;
    bool needsGui;          // renders PDF: needs a QGuiApplication (offscreen is fine)
};

const QList<Command> &commands();
int main(int argc, char **argv);

// Commands (one file per area under app/cli/).
int cmdInit(Context &);
int cmdDemo(Context &);
int cmdCheck(Context &);
int cmdUsers(Context &);
int cmdBackup(Context &);
int cmdRestore(Context &);
int cmdImport(Context &);
int cmdExport(Context &);
int cmdStock(Context &);
int cmdStocktake(Context &);
int printCountSheet(Context &, QCommandLineParser &);   // print count-sheet ID --out FILE.pdf (CmdStock.cpp)
int printComplaint(Context &, QCommandLineParser &);    // print complaint NUMBER --out FILE.pdf (CmdComplaints.cpp)
int cmdPrint(Context &);
int cmdReport(Context &);

} // namespace as::cli
