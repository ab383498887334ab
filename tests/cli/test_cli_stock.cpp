// stock onhand / move and stocktake start / count / post from the command line,
// and several processes posting on one database file at once (local and shared mode).
#include "support/TestSupport.h"

#include "services/PartService.h"
#include "storage/Database.h"

#include <QFile>

#include <future>
#include <vector>

using namespace as;
using namespace as::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// A database with locations MAIN and VAN1 and the given parts.
void seed(const QString &path, const QStringList &codes, bool shared = false)
{
    OpenOptions o;
    o.location = path;
    o.mode = shared ? SqliteMode::Shared : SqliteMode::Local;
    auto db = Database::open(o);
    ASSERT_TRUE(db.ok()) << qPrintable(db.error().message);
    SystemClock clock;
    PartService parts(**db, clock);
    for (const QString &code : {u"MAIN"_s, u"VAN1"_s}) {
        StockLocation l;
        l.code = code;
        ASSERT_TRUE(parts.createLocation(Actor::admin(), l).ok());
    }
    for (const QString &code : codes) {
        Part p;
        p.code = code;
        p.name = u"配件 "_s + code;
        p.costFen = 1250;
        p.category = u"电气"_s;
        auto r = parts.create(Actor::admin(), p);
        ASSERT_TRUE(r.ok()) << qPrintable(r.error().message);
    }
}

QStringList dbArgs(const QString &path, bool shared)
{
    QStringList a{u"--db"_s, path};
    if (shared)
        a << u"--shared"_s;
    return a;
}

void lastUnitRace(bool shared)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"race.db"_s);
    seed(db, {u"LAST-1"_s}, shared);
    const QStringList base = dbArgs(db, shared);
    auto r = runCli(base + QStringList{u"stock"_s, u"move"_s, u"--type"_s, u"receipt"_s, u"--part"_s, u"LAST-1"_s, u"--qty"_s, u"4"_s});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);

    // 10 processes issue one unit each at the same time: exactly 4 succeed.
    std::vector<std::future<ProcessResult>> issues;
    for (int i = 0; i < 10; ++i)
        issues.push_back(std::async(std::launch::async, [&] {
            return runCli(base + QStringList{u"stock"_s, u"move"_s, u"--type"_s, u"issue"_s, u"--part"_s, u"LAST-1"_s,
                                             u"--qty"_s, u"1"_s});
        }));
    // Meanwhile 6 processes receive 1..6 units of another location's stock.
    std::vector<std::future<ProcessResult>> receipts;
    for (int i = 1; i <= 6; ++i)
        receipts.push_back(std::async(std::launch::async, [&, i] {
            return runCli(base + QStringList{u"stock"_s, u"move"_s, u"--type"_s, u"receipt"_s, u"--part"_s, u"LAST-1"_s,
                                             u"--location"_s, u"VAN1"_s, u"--qty"_s, QString::number(i)});
        }));
    int ok = 0, refused = 0;
    for (auto &f : issues) {
        const ProcessResult p = f.get();
        EXPECT_FALSE(p.err.contains(u"locked"_s, Qt::CaseInsensitive)) << qPrintable(p.err);
        EXPECT_FALSE(p.err.contains(u"busy"_s, Qt::CaseInsensitive)) << qPrintable(p.err);
        if (p.exitCode == 0)
            ++ok;
        else if (p.exitCode == 1 && p.err.contains(u"only 0 left"_s))
            ++refused;
        else
            ADD_FAILURE() << p.exitCode << qPrintable(p.err);
    }
    for (auto &f : receipts) {
        const ProcessResult p = f.get();
        EXPECT_EQ(p.exitCode, 0) << qPrintable(p.err);
    }
    EXPECT_EQ(ok, 4);
    EXPECT_EQ(refused, 6);
    auto onhand = runCli(base + QStringList{u"stock"_s, u"onhand"_s, u"--part"_s, u"LAST-1"_s});
    ASSERT_EQ(onhand.exitCode, 0) << qPrintable(onhand.err);
    EXPECT_EQ(onhand.out, u"code,location,on_hand\nLAST-1,MAIN,0\nLAST-1,VAN1,21\n"_s);
    auto check = runCli(base + QStringList{u"check"_s});
    EXPECT_EQ(check.exitCode, 0) << qPrintable(check.out + check.err);
}

} // namespace

TEST(CliStock, MovesAndOnHand)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"s.db"_s);
    seed(db, {u"CP-100"_s, u"FAN-2"_s});
    const QStringList base{u"--db"_s, db};
    auto rec = runCli(base + QStringList{u"stock"_s, u"move"_s, u"--type"_s, u"receipt"_s, u"--part"_s, u"cp-100"_s, u"--qty"_s,
                                         u"10"_s, u"--rejected"_s, u"1"_s, u"--location"_s, u"MAIN"_s});
    ASSERT_EQ(rec.exitCode, 0) << qPrintable(rec.err);
    auto tr = runCli(base + QStringList{u"stock"_s, u"move"_s, u"--type"_s, u"transfer"_s, u"--part"_s, u"CP-100"_s, u"--qty"_s,
                                        u"3"_s, u"--to"_s, u"VAN1"_s});
    ASSERT_EQ(tr.exitCode, 0) << qPrintable(tr.err);
    auto iss = runCli(base + QStringList{u"stock"_s, u"move"_s, u"--type"_s, u"issue"_s, u"--part"_s, u"CP-100"_s, u"--qty"_s,
                                         u"2"_s, u"--location"_s, u"VAN1"_s, u"--note"_s, u"维修用"_s});
    ASSERT_EQ(iss.exitCode, 0) << qPrintable(iss.err);
    auto all = runCli(base + QStringList{u"stock"_s, u"onhand"_s});
    ASSERT_EQ(all.exitCode, 0) << qPrintable(all.err);
    EXPECT_EQ(all.out, u"code,location,on_hand\nCP-100,MAIN,7\nCP-100,VAN1,1\n"_s);
    auto van = runCli(base + QStringList{u"stock"_s, u"onhand"_s, u"--location"_s, u"VAN1"_s});
    EXPECT_EQ(van.out, u"code,location,on_hand\nCP-100,VAN1,1\n"_s);

    // Refusals: negative, unknown part, unknown location, usage errors.
    auto neg = runCli(base + QStringList{u"stock"_s, u"move"_s, u"--type"_s, u"scrap"_s, u"--part"_s, u"CP-100"_s, u"--qty"_s,
                                         u"2"_s, u"--location"_s, u"VAN1"_s});
    EXPECT_EQ(neg.exitCode, 1);
    EXPECT_TRUE(neg.err.contains(u"only 1 left"_s)) << qPrintable(neg.err);
    auto unknown = runCli(base + QStringList{u"stock"_s, u"move"_s, u"--type"_s, u"receipt"_s, u"--part"_s, u"NOPE"_s, u"--qty"_s, u"1"_s});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(u"NOPE"_s)) << qPrintable(unknown.err);
    auto badLoc = runCli(base + QStringList{u"stock"_s, u"onhand"_s, u"--location"_s, u"MARS"_s});
    EXPECT_EQ(badLoc.exitCode, 1);
    EXPECT_TRUE(badLoc.err.contains(u"MARS"_s));
    EXPECT_EQ(runCli(base + QStringList{u"stock"_s, u"move"_s, u"--type"_s, u"teleport"_s, u"--part"_s, u"CP-100"_s, u"--qty"_s, u"1"_s})
                  .exitCode, 2);
    EXPECT_EQ(runCli(base + QStringList{u"stock"_s, u"move"_s, u"--type"_s, u"issue"_s, u"--part"_s, u"CP-100"_s, u"--qty"_s, u"x"_s})
                  .exitCode, 2);
    EXPECT_EQ(runCli(base + QStringList{u"stock"_s, u"move"_s, u"--type"_s, u"transfer"_s, u"--part"_s, u"CP-100"_s, u"--qty"_s, u"1"_s})
                  .exitCode, 2);
    auto check = runCli(base + QStringList{u"check"_s});
    EXPECT_EQ(check.exitCode, 0) << qPrintable(check.out + check.err);
}

TEST(CliStock, StocktakeStartCountPost)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"t.db"_s);
    seed(db, {u"A-1"_s, u"B-2"_s, u"C-3"_s});
    const QStringList base{u"--db"_s, db};
    for (const auto &[code, qty] : {std::pair{u"A-1"_s, 5}, std::pair{u"B-2"_s, 3}, std::pair{u"C-3"_s, 2}})
        ASSERT_EQ(runCli(base + QStringList{u"stock"_s, u"move"_s, u"--type"_s, u"receipt"_s, u"--part"_s, code, u"--qty"_s,
                                            QString::number(qty)}).exitCode, 0);
    auto start = runCli(base + QStringList{u"stocktake"_s, u"start"_s, u"--location"_s, u"MAIN"_s, u"--blind"_s});
    ASSERT_EQ(start.exitCode, 0) << qPrintable(start.err);
    const QString id = start.out.trimmed();
    EXPECT_EQ(id, u"1"_s);
    // An issue during the count.
    ASSERT_EQ(runCli(base + QStringList{u"stock"_s, u"move"_s, u"--type"_s, u"issue"_s, u"--part"_s, u"A-1"_s, u"--qty"_s, u"1"_s})
                  .exitCode, 0);

    // A bad count file: every bad row is named, nothing is written.
    const QString bad = dir.filePath(u"bad.csv"_s);
    {
        QFile f(bad);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("code,counted\nA-1,2\nZZZ-9,1\nB-2,abc\n");
    }
    auto badRun = runCli(base + QStringList{u"stocktake"_s, u"count"_s, id, bad});
    EXPECT_EQ(badRun.exitCode, 1);
    EXPECT_TRUE(badRun.err.contains(u"row 4"_s)) << qPrintable(badRun.err);
    const QString counts = dir.filePath(u"counts.csv"_s);
    {
        QFile f(counts);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        // Scans repeat a code: counts add up. A-1: 3 (4 expected after the issue), B-2: 3, C-3 not counted.
        f.write("\xEF\xBB\xBF" "code,counted\nA-1,1\nB-2,3\na-1,1\nA-1,1\n");
    }
    auto bad2 = runCli(base + QStringList{u"stocktake"_s, u"count"_s, id, bad});
    EXPECT_TRUE(bad2.err.contains(u"ZZZ-9"_s)) << qPrintable(bad2.err);
    auto show0 = runCli(base + QStringList{u"stocktake"_s, u"show"_s, id});
    EXPECT_FALSE(show0.out.contains(u"A-1,,5,-1,2"_s)) << qPrintable(show0.out);   // nothing of the bad file
    auto count = runCli(base + QStringList{u"stocktake"_s, u"count"_s, id, counts});
    ASSERT_EQ(count.exitCode, 0) << qPrintable(count.err);
    auto show = runCli(base + QStringList{u"stocktake"_s, u"show"_s, id});
    EXPECT_TRUE(show.out.contains(u"A-1,,5,-1,3,-1,"_s)) << qPrintable(show.out);
    auto post = runCli(base + QStringList{u"stocktake"_s, u"post"_s, id});
    ASSERT_EQ(post.exitCode, 0) << qPrintable(post.err);
    EXPECT_EQ(post.out, u"lines,uncounted,variance_qty,variance_value\n1,1,-1,-12.50\n"_s);
    auto onhand = runCli(base + QStringList{u"stock"_s, u"onhand"_s});
    EXPECT_EQ(onhand.out, u"code,location,on_hand\nA-1,MAIN,3\nB-2,MAIN,3\nC-3,MAIN,2\n"_s);
    EXPECT_EQ(runCli(base + QStringList{u"stocktake"_s, u"post"_s, id}).exitCode, 1);
    EXPECT_EQ(runCli(base + QStringList{u"stocktake"_s, u"start"_s}).exitCode, 2);
    EXPECT_EQ(runCli(base + QStringList{u"check"_s}).exitCode, 0);
}

TEST(CliStock, LastUnitRaceLocalMode)
{
    lastUnitRace(false);
}

TEST(CliStock, LastUnitRaceSharedMode)
{
    lastUnitRace(true);
}

TEST(CliStock, ImportAndExportPartsAndMovements)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"i.db"_s);
    seed(db, {});
    const QStringList base{u"--db"_s, db};
    auto writeFile = [&](const QString &name, const QByteArray &data) {
        QFile f(dir.filePath(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(data);
        return dir.filePath(name);
    };
    const QString parts = writeFile(u"parts.csv"_s, "code,name,cost_price,location,opening_qty\nP-1,压缩机,800,MAIN,3\nP-2,电容,12.5,,\n");
    auto ip = runCli(base + QStringList{u"import"_s, u"parts"_s, parts});
    ASSERT_EQ(ip.exitCode, 0) << qPrintable(ip.err);
    const QString bad = writeFile(u"bad.csv"_s, "date,type,code,qty,location\n2026-01-01,issue,P-1,1,MARS\n2026-01-01,issue,ZZ,1,MAIN\n");
    auto ib = runCli(base + QStringList{u"import"_s, u"movements"_s, bad});
    EXPECT_EQ(ib.exitCode, 1);
    EXPECT_TRUE(ib.err.contains(u"MARS"_s) && ib.err.contains(u"ZZ"_s)) << qPrintable(ib.err);
    const QString moves = writeFile(u"m.csv"_s, "date,type,code,qty,location,to_location\n2026-01-01,transfer,P-1,2,MAIN,VAN1\n"
                                                "2026-01-02,receipt,P-2,10,,\n");
    auto im = runCli(base + QStringList{u"import"_s, u"movements"_s, moves});
    ASSERT_EQ(im.exitCode, 0) << qPrintable(im.err);
    auto onhand = runCli(base + QStringList{u"stock"_s, u"onhand"_s});
    EXPECT_EQ(onhand.out, u"code,location,on_hand\nP-1,MAIN,1\nP-1,VAN1,2\nP-2,MAIN,10\n"_s);
    const QString out = dir.filePath(u"moves-out.csv"_s);
    auto ex = runCli(base + QStringList{u"export"_s, u"movements"_s, u"--format"_s, u"csv"_s, u"--out"_s, out});
    ASSERT_EQ(ex.exitCode, 0) << qPrintable(ex.err);
    QFile f(out);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(f.readAll());
    EXPECT_TRUE(csv.contains(u"transfer,P-1,2,MAIN,VAN1"_s)) << qPrintable(csv);
    EXPECT_EQ(runCli(base + QStringList{u"check"_s}).exitCode, 0);
}

TEST(CliStock, CountSheetPdf)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"c.db"_s);
    seed(db, {u"CS-1"_s, u"CS-2"_s});
    const QStringList base{u"--db"_s, db};
    for (const QString &code : {u"CS-1"_s, u"CS-2"_s})
        ASSERT_EQ(runCli(base + QStringList{u"stock"_s, u"move"_s, u"--type"_s, u"receipt"_s, u"--part"_s, code, u"--qty"_s, u"2"_s})
                      .exitCode, 0);
    ASSERT_EQ(runCli(base + QStringList{u"stocktake"_s, u"start"_s, u"--location"_s, u"MAIN"_s}).exitCode, 0);
    const QString pdf = dir.filePath(u"sheet.pdf"_s);
    auto r = runCli(base + QStringList{u"print"_s, u"count-sheet"_s, u"1"_s, u"--out"_s, pdf});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_TRUE(r.out.contains(u"2 lines"_s)) << qPrintable(r.out);
    QFile f(pdf);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.read(5) == "%PDF-");
    EXPECT_GT(f.size(), 2000);
    EXPECT_EQ(runCli(base + QStringList{u"print"_s, u"count-sheet"_s, u"7"_s, u"--out"_s, pdf}).exitCode, 1);
    EXPECT_EQ(runCli(base + QStringList{u"print"_s, u"count-sheet"_s, u"1"_s}).exitCode, 2);
}
