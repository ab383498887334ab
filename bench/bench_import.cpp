// Import and export throughput:
//  - the real ServiceNow incident log (141,712 events) converted to the orders format and
//    imported as 24,918 historical orders into a fresh database (target: under 10 s);
//  - the orders exported again as CSV and XLSX;
//  - a generated 1,000,000-row movements CSV (and its parts) imported, when this build has
//    the parts/movements import kinds (target: under 30 s); otherwise only generated.
//   bench_import DB [per]      DB is not touched (fresh databases in a temporary folder);
//                              per < 100 (bench.sh --tiny) uses small inputs.
#include "BenchImportData.h"
#include "BenchSupport.h"

#include "io/Exporter.h"
#include "io/ImportKind.h"
#include "io/Importer.h"
#include "io/IncidentLogConverter.h"
#include "io/TableReader.h"
#include "services/SettingsRepository.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace as;
using namespace as::bench;
using namespace Qt::Literals::StringLiterals;

namespace {

double secs(QElapsedTimer &t) { return double(t.nsecsElapsed()) / 1e9; }

std::unique_ptr<Database> fresh(const QString &path)
{
    OpenOptions o;
    o.location = path;
    auto db = Database::open(o);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        std::exit(1);
    }
    return std::move(*db);
}

ImportReport importOrDie(Database &db, const Clock &clock, const QString &kind, const QString &file)
{
    ImportContext ctx{db, clock, Actor::admin(), QTimeZone("Asia/Shanghai")};
    ImportOptions o;
    o.file = file;
    auto r = Importer::run(*importKind(kind), ctx, o);
    if (!r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
        std::exit(1);
    }
    if (!r->problems.isEmpty()) {
        std::fprintf(stderr, "%lld problems, first: %s\n", static_cast<long long>(r->problems.size()),
                     qPrintable(Importer::formatProblem(file, r->problems.first())));
        std::exit(1);
    }
    return *r;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool tiny = argc > 2 && std::atoi(argv[2]) < 100;
    QTemporaryDir dir;
    SystemClock clock;
    QTextStream out(stdout);
    out << "| import / export | rows | seconds | rows/s |\n|---|---|---|---|\n";
    auto row = [&](const QString &what, qint64 n, double s) {
        out << "| " << what << " | " << n << " | " << QString::number(s, 'f', 2) << " | "
            << QString::number(s > 0 ? double(n) / s : 0, 'f', 0) << " |\n";
        out.flush();
    };

    // ---- incident log -> historical orders --------------------------------------------
    const QString gz = QStringLiteral(AFTERSALES_SHARED_DATA) + u"/incident_event_log.csv.gz"_s;
    const QString log = dir.filePath(u"incident_event_log.csv"_s);
    if (QFile::exists(gz)) {
        QProcess sh;
        sh.setStandardOutputFile(log);
        sh.start(u"sh"_s, {u"-c"_s, tiny ? u"gzip -dc \"$0\" | head -5001"_s : u"gzip -dc \"$0\""_s, gz});
        sh.waitForFinished(-1);
        auto db = fresh(dir.filePath(u"orders.db"_s));
        QElapsedTimer total;
        total.start();
        QElapsedTimer t;
        t.start();
        const QString orders = dir.filePath(u"orders.csv"_s);
        auto conv = IncidentLogConverter::convert(log, orders);
        if (!conv) {
            std::fprintf(stderr, "%s\n", qPrintable(conv.error().message));
            return 1;
        }
        const double convS = secs(t);
        for (const QString &tech : conv->technicians)
            (void)db->exec(u"INSERT INTO users (login, display_name, role, created_at, updated_at) VALUES (?, ?, 'technician', 'x', 'x')"_s,
                           {tech.toLower().remove(u' '), tech});
        t.restart();
        const ImportReport r = importOrDie(*db, clock, u"orders"_s, orders);
        const double impS = secs(t);
        const double totalS = secs(total);
        row(u"incident log: convert events to orders CSV"_s, conv->events, convS);
        row(u"incident log: import orders (read, check, write)"_s, r.rows, impS);
        row(u"**incident log total (events)**"_s, conv->events, totalS);
        // The same orders checked against the benchmark database (dry run: it is not changed):
        // the cost of loading its customers, serials and order numbers for the duplicate checks.
        if (QFile::exists(QString::fromLocal8Bit(argv[1]))) {
            auto big = fresh(QString::fromLocal8Bit(argv[1]));
            const qint64 existing = big->scalar(u"SELECT count(*) FROM service_orders"_s).value().toLongLong();
            ImportContext bctx{*big, clock, Actor::admin(), QTimeZone("Asia/Shanghai")};
            ImportOptions bo;
            bo.file = orders;
            bo.dryRun = true;
            bo.mapping.insert(u"technician"_s, QString());   // its technicians are other people
            t.restart();
            auto dry = Importer::run(*importKind(u"orders"_s), bctx, bo);
            row(u"check the same orders against the benchmark database (%1 orders), dry run"_s.arg(existing),
                dry ? dry->rows : -1, secs(t));
        }
        ExportContext ec{*db, clock, Actor::admin(), QTimeZone("Asia/Shanghai"), {}, {}};
        for (auto f : {Exporter::Format::Csv, Exporter::Format::Xlsx}) {
            t.restart();
            auto n = Exporter::write(*exportKind(u"orders"_s), ec, f,
                                     dir.filePath(f == Exporter::Format::Csv ? u"out.csv"_s : u"out.xlsx"_s));
            row(f == Exporter::Format::Csv ? u"export orders CSV"_s : u"export orders XLSX"_s, n.valueOr(-1), secs(t));
        }
    } else {
        out << "| incident log not found (" << gz << ") | | | |\n";
    }

    // ---- generated movements ---------------------------------------------------------------
    const qint64 nMoves = tiny ? 20000 : 1000000;
    const int nParts = tiny ? 200 : 5000;
    const QString partsCsv = dir.filePath(u"parts.csv"_s), movesCsv = dir.filePath(u"movements.csv"_s);
    QElapsedTimer t;
    t.start();
    if (!writePartsCsv(partsCsv, nParts) || !writeMovementsCsv(movesCsv, nMoves, nParts)) {
        std::fprintf(stderr, "cannot write the generated CSV files\n");
        return 1;
    }
    row(u"generate movements CSV"_s, nMoves, secs(t));
    {
        // Reading alone (decode, split, quote handling): the floor under any CSV import.
        t.restart();
        auto reader = TableReader::open(movesCsv);
        TableRow r;
        qint64 n = 0;
        while (reader && (*reader)->next(r).valueOr(false))
            ++n;
        row(u"read movements CSV (TableReader only)"_s, n - 1, secs(t));
    }
    if (importKind(u"parts"_s) && importKind(u"movements"_s)) {
        auto db = fresh(dir.filePath(u"stock.db"_s));
        (void)db->exec(u"INSERT INTO users (login, display_name, role, created_at, updated_at) VALUES ('clerk', 'Clerk', 'parts_clerk', 'x', 'x')"_s);
        (void)db->exec(u"INSERT INTO stock_locations (code, name, created_at, updated_at) VALUES ('WH1', 'Warehouse 1', 'x', 'x'), "
                       "('WH2', 'Warehouse 2', 'x', 'x')"_s);
        t.restart();
        const ImportReport p = importOrDie(*db, clock, u"parts"_s, partsCsv);
        row(u"import parts"_s, p.rows, secs(t));
        t.restart();
        const ImportReport m = importOrDie(*db, clock, u"movements"_s, movesCsv);
        row(u"**import movements**"_s, m.rows, secs(t));
    } else {
        out << "| import movements: no parts/movements import kind in this build | | | |\n";
    }
    return 0;
}
