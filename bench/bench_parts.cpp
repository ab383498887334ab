// Parts ledger on a large database: 50,000 parts and 5,000,000 movements (built here with
// BulkWriter in a temporary file; --tiny sizes with per < 100):
//  - on hand of every part and location (what `stock onhand` reads)          target < 100 ms
//  - posting one movement in its own transaction, local mode, p95            target < 20 ms
//  - posting movements in batches of 100 (Tryton: 140 moves/s in batches; aim 50x = 7,000/s)
//  - importing 1,000,000 movements (the `movements` import kind)             target < 30 s
//  - posting a 10,000-line stocktake                                         target < 1 s
//   bench_parts DB [per]      DB is not touched.
#include "BenchSupport.h"

#include "demo/BulkWriter.h"
#include "demo/DemoGenerator.h"
#include "io/ImportKind.h"
#include "io/Importer.h"
#include "services/PartService.h"
#include "services/StockLedger.h"
#include "services/StocktakeService.h"
#include "storage/BulkLoad.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

using namespace as;
using namespace as::bench;
using namespace Qt::Literals::StringLiterals;

namespace {

void die(const Error &e)
{
    std::fprintf(stderr, "%s\n", qPrintable(e.message));
    std::exit(1);
}

template <typename T>
T must(Result<T> r)
{
    if (!r)
        die(r.error());
    return std::move(r.value());
}

void must(Status s)
{
    if (!s)
        die(s.error());
}

// Locations 1..3, parts 1..nParts, movements: per (part, location) a receipt of 10 then issues of 2.
void build(Database &db, qint64 nParts, qint64 nMoves)
{
    using B = BulkWriter;
    auto tx = must(Transaction::begin(db));
    BulkLoad bulk(db, {u"parts"_s, u"stock_movements"_s});
    must(bulk.begin());
    auto w = BulkWriter::create(db);
    const int lt = must(w->table(u"stock_locations"_s, u"id,code,name,kind,created_at,updated_at"_s.split(u',')));
    const int pt = must(w->table(u"parts"_s, u"id,code,name,spec,unit,category,bin,cost_fen,sale_fen,safety_stock,reorder_qty,"
                                             "created_at,updated_at"_s.split(u',')));
    const int mt = must(w->table(u"stock_movements"_s, u"id,at,part_id,location_id,qty,type,unit_cost_fen,created_at,created_by"_s
                                                           .split(u',')));
    const QByteArray ts = "2026-01-01T00:00:00Z";
    for (int l = 1; l <= 3; ++l)
        must(w->add(lt, {B::integer(l), B::text("WH" + QByteArray::number(l)), B::text("Warehouse " + QByteArray::number(l)),
                         B::lit("warehouse"), B::text(ts), B::text(ts)}));
    const char *cats[] = {"电气", "制冷", "机械", "五金", "耗材"};
    for (qint64 p = 1; p <= nParts; ++p)
        must(w->add(pt, {B::integer(p), B::text("P" + QByteArray::number(p).rightJustified(6, '0')),
                         B::text("配件 part " + QByteArray::number(p)), B::text("SPEC-" + QByteArray::number(p % 97)), B::lit("pcs"),
                         B::lit(cats[p % 5]), B::text("A-" + QByteArray::number(p % 50)), B::integer(100 + p % 5000),
                         B::integer(150 + p % 7000), B::integer(p % 7), B::integer(10), B::text(ts), B::text(ts)}));
    const qint64 start = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    const qint64 pairs = nParts * 2;   // (part, location 1..2)
    for (qint64 i = 0; i < nMoves; ++i) {
        const qint64 pair = i % pairs, round = i / pairs;
        const bool receipt = round % 5 == 0;
        const QByteArray at = DemoGenerator::isoUtc(start + i * 30);
        must(w->add(mt, {B::integer(i + 1), B::text(at), B::integer(1 + pair / 2), B::integer(1 + pair % 2),
                         B::integer(receipt ? 10 : -2), B::lit(receipt ? "receipt" : "issue"), B::integer(100), B::text(at),
                         B::integer(1)}));
    }
    must(w->finish());
    must(db.exec(u"INSERT INTO part_stock (part_id, location_id, on_hand, updated_at) SELECT part_id, location_id, sum(qty), "
                 "'2026-01-01T00:00:00Z' FROM stock_movements GROUP BY part_id, location_id"_s));
    must(bulk.finish());
    must(tx.commit());
    (void)db.exec(u"ANALYZE"_s);
}

// One unit of a random part at location 1: receipts and issues in turn, so stock stays level.
MovementRequest alternatingMovement(DemoRng &rng, int i, qint64 nParts)
{
    MovementRequest r;
    r.type = i % 2 ? MovementType::Issue : MovementType::Receipt;
    r.partId = 1 + rng.below(nParts);
    r.locationId = 1;
    r.qty = 1;
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_parts DB [per]\n");
        return 2;
    }
    const int per = argc > 2 ? std::atoi(argv[2]) : 200;
    const bool tiny = per < 100;
    const qint64 nParts = tiny ? 5000 : 50000, nMoves = tiny ? 200000 : 5000000, nImport = tiny ? 20000 : 1000000;
    const int stocktakeLines = tiny ? 2000 : 10000;
    QTemporaryDir dir;
    if (qEnvironmentVariableIsSet("BENCH_PARTS_KEEP"))   // keep the database for EXPLAIN QUERY PLAN and profiling
        dir.setAutoRemove(false);
    const QString path = dir.filePath(u"parts.db"_s);
    {
        OpenOptions o;
        o.location = path;
        o.mode = SqliteMode::Local;
        if (!Database::open(o))
            return 1;
    }
    auto db = openOrDie(path);
    QTextStream out(stdout);
    SystemClock clock;
    const Actor admin = Actor::admin();
    QElapsedTimer t;
    t.start();
    build(*db, nParts, nMoves);
    out << "Database: " << nParts << " parts, " << nMoves << " movements (built in " << QString::number(t.elapsed() / 1000.0, 'f', 1)
        << " s)\n\n| operation | n | p50 ms | p95 ms | max ms | |\n|---|---|---|---|---|---|\n";

    StockLedger ledger(*db, clock);
    {
        QVector<double> ms;
        qint64 rows = 0;
        for (int i = 0; i < 7; ++i)
            ms << timeMs([&] { rows = must(ledger.balances()).size(); });
        printRow(out, u"on hand, all parts x locations (%1 rows)"_s.arg(rows), stats(ms), u"target < 100 ms"_s);
        ms.clear();
        for (int i = 0; i < 7; ++i)
            ms << timeMs([&] {
                auto q = must(db->exec(u"SELECT part_id, sum(on_hand) FROM part_stock GROUP BY part_id"_s));
                while (q.next()) {
                }
            });
        printRow(out, u"on hand per part (sum over locations)"_s, stats(ms));
    }
    {
        QVector<double> ms;
        DemoRng rng(7);
        const int n = tiny ? 200 : 2000;
        for (int i = 0; i < n; ++i) {
            const MovementRequest r = alternatingMovement(rng, i, nParts);
            ms << timeMs([&] { (void)must(ledger.post(admin, r)); });
        }
        const Stats s = stats(ms);
        printRow(out, u"post one movement (own transaction, local mode)"_s, s,
                 u"target p95 < 20 ms; %1 postings/s one by one"_s.arg(qRound(1000.0 / s.mean)));
    }
    {
        // Postings in batches (Tryton's 140 moves/s are "in batches"): StockLedger::post with all its
        // checks and an audit row per movement, 100 movements per transaction.
        DemoRng rng(11);
        const int n = tiny ? 1000 : 10000, per = 100;
        QElapsedTimer bt;
        bt.start();
        for (int b = 0; b < n / per; ++b) {
            auto tx = must(Transaction::begin(*db));
            for (int i = 0; i < per; ++i)
                (void)must(ledger.post(admin, alternatingMovement(rng, i, nParts)));
            must(tx.commit());
        }
        // Counted: copying what the batches wrote to the WAL back into the database file.
        must(db->run(u"PRAGMA wal_checkpoint(PASSIVE)"_s));
        const double secs = bt.nsecsElapsed() / 1e9;
        out << "| **post " << n << " movements in batches of " << per << "** (one transaction per batch) | " << n << " | | | | "
            << QString::number(secs * 1000, 'f', 0) << " ms = " << qRound(n / secs) << " movements/s (Tryton 140/s in batches: x"
            << qRound(n / secs / 140) << ") |\n";
    }
    {
        // The movements import: a generated file over the existing catalogue.
        const QString csv = dir.filePath(u"moves.csv"_s);
        QFile f(csv);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write("date,type,code,qty,location,to_location,order_number,unit_cost,note\n");
        for (qint64 i = 0; i < nImport; ++i) {
            const qint64 part = 1 + i % nParts;
            const QByteArray code = "P" + QByteArray::number(part).rightJustified(6, '0');
            const int kind = int(i / nParts % 4);
            QByteArray line = "2026-06-0" + QByteArray::number(1 + i * 8 / nImport) + ",";
            if (kind == 0)
                line += "receipt," + code + ",5,WH3,,,12.50,\n";
            else if (kind == 3)
                line += "transfer," + code + ",1,WH3,WH1,,,,\n";
            else
                line += "issue," + code + ",1,WH3,,WO-" + QByteArray::number(i % 9999) + ",,\n";
            f.write(line);
        }
        f.close();
        ImportContext ctx{*db, clock, admin, QTimeZone("Asia/Shanghai")};
        ImportOptions o;
        o.file = csv;
        t.restart();
        auto r = must(Importer::run(*importKind(u"movements"_s), ctx, o));
        const double secs = t.elapsed() / 1000.0;
        if (!r.problems.isEmpty() || !r.written)
            die(Error::validation(Importer::formatProblem(csv, r.problems.value(0))));
        out << "| **import " << nImport << " movements** | " << r.rows << " | | | | " << QString::number(secs, 'f', 1) << " s = "
            << qRound(r.rows / secs) << " movements/s (target < 30 s for 1,000,000; Tryton 140/s: x"
            << qRound(r.rows / secs / 140) << ") |\n";
    }
    {
        // A stocktake of location 2 with `stocktakeLines` counted lines, half of them off by one.
        must(db->exec(u"DELETE FROM part_stock WHERE location_id = 2 AND part_id > ?"_s, {stocktakeLines}));
        StocktakeService st(*db, clock, ledger);
        // The deleted balances must not reappear in the check: rebuild them from the movements below.
        const qint64 id = must(st.start(admin, 2));
        must(db->exec(u"UPDATE stocktake_lines SET counted_qty = expected_qty + (id % 2) WHERE stocktake_id = ?"_s, {id}));
        t.restart();
        const StocktakePostSummary sum = must(st.post(admin, id));
        const double ms = t.nsecsElapsed() / 1e6;
        out << "| **post a " << stocktakeLines << "-line stocktake** | " << sum.lines << " adjustments | " << QString::number(ms, 'f', 0)
            << " | | | target < 1 s; " << qRound(stocktakeLines / (ms / 1000)) << " lines/s (Tryton 1,400/s: x"
            << qRound(stocktakeLines / (ms / 1000) / 1400) << ") |\n";
        must(db->exec(u"INSERT INTO part_stock (part_id, location_id, on_hand, updated_at) SELECT part_id, location_id, sum(qty), 'x' "
                      "FROM stock_movements WHERE location_id = 2 AND part_id > ? GROUP BY part_id, location_id"_s,
                      {stocktakeLines}));
    }
    t.restart();
    const QStringList problems = must(ledger.reconcile());
    out << "\nReconciliation (check): " << (problems.isEmpty() ? u"balances = sum of movements"_s : problems.first()) << " in "
        << QString::number(t.elapsed() / 1000.0, 'f', 1) << " s\n";
    if (!dir.autoRemove())
        out << "Database kept: " << path << "\n";
    return problems.isEmpty() ? 0 : 1;
}
