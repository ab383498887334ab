// Import kinds `parts` and `movements` (all rows or none, problems per row), the real RAF
// spare-parts file as a fixture (catalogue + monthly issue history), exports read back.
#include "support/TestSupport.h"

#include "io/ExportKind.h"
#include "io/Importer.h"
#include "services/IntegrityCheck.h"
#include "services/PartService.h"
#include "services/StockLedger.h"

#include <QFile>
#include <QTextStream>

using namespace as;
using namespace as::test;
using namespace Qt::Literals::StringLiterals;

namespace {

struct PartsImportFixture : ::testing::Test {
    TempDb t;
    FixedClock clock{testNow()};
    QTemporaryDir dir;

    void SetUp() override
    {
        PartService parts(t.db(), clock);
        for (const QString &code : {u"MAIN"_s, u"VAN1"_s}) {
            StockLocation l;
            l.code = code;
            ASSERT_TRUE(parts.createLocation(Actor::admin(), l).ok());
        }
    }

    ExportContext exportContext() { return ExportContext{t.db(), clock, Actor::admin(), QTimeZone("Asia/Shanghai"), {}, {}}; }

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(content);
        return path;
    }

    Result<ImportReport> import(const QString &kind, const QString &file, bool dryRun = false)
    {
        ImportContext ctx{t.db(), clock, Actor::admin(), QTimeZone("Asia/Shanghai")};
        ImportOptions o;
        o.file = file;
        o.dryRun = dryRun;
        return Importer::run(*importKind(kind), ctx, o);
    }

    qint64 count(const QString &table)
    {
        return t.db().scalar(u"SELECT count(*) FROM "_s + table)->toLongLong();
    }

    QString problemText(const ImportReport &r)
    {
        QStringList lines;
        for (const ImportProblem &p : r.problems)
            lines << Importer::formatProblem(u"f"_s, p);
        return lines.join(u'\n');
    }
};

QStringList splitCsv(const QString &line)
{
    QStringList out;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar ch = line.at(i);
        if (ch == u'"') {
            if (quoted && i + 1 < line.size() && line.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else {
                quoted = !quoted;
            }
        } else if (ch == u',' && !quoted) {
            out << cell;
            cell.clear();
        } else {
            cell += ch;
        }
    }
    out << cell;
    return out;
}

// What an export writes, row by row.
struct RowSink : ExportSink {
    QList<QVariantList> rows;
    Status row(const QVariantList &v) override
    {
        rows << v;
        return {};
    }
};

QByteArray csvCell(const QString &s)
{
    QString t = s;
    if (t.contains(u',') || t.contains(u'"'))
        t = u'"' + t.replace(u'"', u"\"\""_s) + u'"';
    return t.toUtf8();
}

} // namespace

TEST_F(PartsImportFixture, PartsWithOpeningBalancesAndChineseHeaders)
{
    const QString f = write(u"parts.csv"_s, "\xEF\xBB\xBF" "配件编码,名称,规格,单位,类别,成本价,售价,安全库存,补货量,仓库,库位,期初数量\n"
                                            "cap-35,启动电容,35uF,个,电气,12.50,25,5,20,MAIN,A-01,30\n"
                                            "FAN-1,风扇电机,,,机械,80,120,2,5,VAN1,,3\n"
                                            "SCREW,螺丝包,,,耗材,0.5,1,,,,,\n");
    auto r = import(u"parts"_s, f);
    ASSERT_TRUE(r.ok()) << qPrintable(r.error().message);
    ASSERT_TRUE(r->problems.isEmpty()) << qPrintable(problemText(*r));
    EXPECT_TRUE(r->written);
    EXPECT_EQ(count(u"parts"_s), 3);
    StockLedger ledger(t.db(), clock);
    auto p = PartService(t.db(), clock).requireCode(u"CAP-35"_s);
    ASSERT_TRUE(p.ok());
    EXPECT_EQ(p->costFen, 1250);
    EXPECT_EQ(p->bin, u"A-01"_s);
    EXPECT_EQ(ledger.onHandAll(p->id).valueOr(-1), 30);
    auto problems = IntegrityCheck(t.db()).run();
    ASSERT_TRUE(problems.ok());
    EXPECT_TRUE(problems->isEmpty()) << qPrintable(problems->join(u'\n'));
}

TEST_F(PartsImportFixture, BadRowsAreReportedAndNothingIsWritten)
{
    ASSERT_TRUE(import(u"parts"_s, write(u"ok.csv"_s, "code,name\nOLD-1,旧件\n")).ok());
    const QString f = write(u"bad.csv"_s, "code,name,cost_price,location,opening_qty\n"
                                          "A-1,好件,1.00,MAIN,1\n"
                                          "B-2,坏价格,abc,MAIN,1\n"
                                          "C-3,坏仓库,1,MARS,1\n"
                                          "A-1,重复,1,MAIN,1\n"
                                          "D-4,负数,1,MAIN,-3\n");
    auto r = import(u"parts"_s, f);
    ASSERT_TRUE(r.ok()) << qPrintable(r.error().message);
    const QString text = problemText(*r);
    EXPECT_FALSE(r->written);
    EXPECT_TRUE(text.contains(u"f:3:cost_price"_s)) << qPrintable(text);
    EXPECT_TRUE(text.contains(u"f:4:location"_s) && text.contains(u"MARS"_s)) << qPrintable(text);
    EXPECT_TRUE(text.contains(u"f:5:code"_s) && text.contains(u"row 2"_s)) << qPrintable(text);
    EXPECT_TRUE(text.contains(u"f:6:opening_qty"_s)) << qPrintable(text);
    EXPECT_EQ(count(u"parts"_s), 1);
    // Checks against the database once every row is valid: a code already in the catalogue.
    auto dup = import(u"parts"_s, write(u"dup.csv"_s, "code,name\nNEW-1,新件\nold-1,已存在\n"));
    ASSERT_TRUE(dup.ok());
    EXPECT_TRUE(problemText(*dup).contains(u"f:3:code"_s)) << qPrintable(problemText(*dup));
    EXPECT_EQ(count(u"parts"_s), 1);
    EXPECT_EQ(count(u"stock_movements"_s), 0);

    const QString m = write(u"m.csv"_s, "date,type,code,qty,location,to_location\n"
                                        "2026-01-02,receipt,OLD-1,5,MAIN,\n"
                                        "2026-01-03,issue,OLD-1,x,MAIN,\n"
                                        "2026-01-04,teleport,OLD-1,1,MAIN,\n"
                                        "2026-01-05,issue,NOPE,1,MAIN,\n"
                                        "2026-01-06,transfer,OLD-1,1,MAIN,\n"
                                        "2026-01-07,issue,OLD-1,1,MOON,\n");
    auto rm = import(u"movements"_s, m);
    ASSERT_TRUE(rm.ok()) << qPrintable(rm.error().message);
    const QString mt = problemText(*rm);
    EXPECT_FALSE(rm->written);
    for (const QString &needle : {u"f:3:qty"_s, u"f:4:type"_s, u"f:5:code"_s, u"f:6:to_location"_s, u"f:7:location"_s})
        EXPECT_TRUE(mt.contains(needle)) << qPrintable(needle) << "\n" << qPrintable(mt);
    // Valid rows that would take the stock below zero (in date order, whatever the file order).
    auto neg = import(u"movements"_s, write(u"neg.csv"_s, "date,type,code,qty\n2026-01-08,issue,OLD-1,9\n2026-01-02,receipt,OLD-1,5\n"));
    ASSERT_TRUE(neg.ok());
    EXPECT_TRUE(problemText(*neg).contains(u"f:2:qty: only 5 of OLD-1 left"_s)) << qPrintable(problemText(*neg));
    EXPECT_EQ(count(u"stock_movements"_s), 0);
    EXPECT_EQ(count(u"part_stock"_s), 0);
}

TEST_F(PartsImportFixture, MovementsTransfersAndExportsRoundTrip)
{
    ASSERT_TRUE(import(u"parts"_s, write(u"p.csv"_s, "code,name,cost_price\nP-1,配件一,10\n")).ok());
    const QString m = write(u"m.csv"_s, "日期,类型,配件编码,数量,仓库,调入仓库,工单号,单价,备注\n"
                                        "2026-03-01 09:00,入库,P-1,10,MAIN,,,9.50,首批\n"
                                        "2026-03-02,transfer,P-1,4,MAIN,VAN1,,,\n"
                                        "2026-03-03,issue,P-1,1,VAN1,,WO-1,,\n"
                                        "2026-03-04,adjustment,P-1,-2,MAIN,,,,\n");
    auto r = import(u"movements"_s, m);
    ASSERT_TRUE(r.ok()) << qPrintable(r.error().message);
    ASSERT_TRUE(r->problems.isEmpty()) << qPrintable(problemText(*r));
    StockLedger ledger(t.db(), clock);
    EXPECT_EQ(ledger.onHand(1, 1).valueOr(-1), 4);
    EXPECT_EQ(ledger.onHand(1, 2).valueOr(-1), 3);
    EXPECT_TRUE(ledger.reconcile()->isEmpty());

    RowSink sink;
    const ExportContext ctx = exportContext();
    ASSERT_TRUE(exportKind(u"movements"_s)->run(ctx, sink).ok());
    ASSERT_EQ(sink.rows.size(), 4);   // the transfer is one row
    EXPECT_EQ(sink.rows.at(1).at(1).toString(), u"transfer"_s);
    EXPECT_EQ(sink.rows.at(1).at(3).toLongLong(), 4);
    EXPECT_EQ(sink.rows.at(1).at(5).toString(), u"VAN1"_s);
    EXPECT_EQ(sink.rows.at(3).at(3).toLongLong(), -2);
    RowSink parts;
    ASSERT_TRUE(exportKind(u"parts"_s)->run(ctx, parts).ok());
    ASSERT_EQ(parts.rows.size(), 1);
    EXPECT_EQ(parts.rows.at(0).at(14).toLongLong(), 7);
}

// Movements are written in (location, part, date) order so that the part indexes fill page by
// page; what users see must not change: per part and location the ids follow the dates (and the
// file order on one date), a transfer's incoming half points at its outgoing half even when it gets
// the smaller id, exports list the transfer once with its destination, balances reconcile.
TEST_F(PartsImportFixture, MovementsInLocationPartOrderKeepDatesTransfersAndBalances)
{
    ASSERT_TRUE(import(u"parts"_s, write(u"p.csv"_s, "code,name,cost_price\nP-1,一,10\nP-2,二,20\n")).ok());
    const QString m = write(u"m.csv"_s, "date,type,code,qty,location,to_location\n"
                                        "2026-03-01,receipt,P-2,8,VAN1,\n"
                                        "2026-03-01,receipt,P-1,5,MAIN,\n"
                                        "2026-03-02,transfer,P-2,3,VAN1,MAIN\n"
                                        "2026-03-02,issue,P-1,1,MAIN,\n"
                                        "2026-03-02,issue,P-1,2,MAIN,\n"
                                        "2026-03-03,issue,P-2,2,MAIN,\n"
                                        "2026-03-01,receipt,P-1,1,VAN1,\n");
    auto r = import(u"movements"_s, m);
    ASSERT_TRUE(r.ok()) << qPrintable(r.error().message);
    ASSERT_TRUE(r->problems.isEmpty()) << qPrintable(problemText(*r));
    ASSERT_EQ(count(u"stock_movements"_s), 8);
    // Ids grouped by location and part, dates ascending (file order on one date) inside each group.
    auto q = t.db().exec(u"SELECT p.code, l.code, m.qty FROM stock_movements m JOIN parts p ON p.id = m.part_id "
                         "JOIN stock_locations l ON l.id = m.location_id ORDER BY m.id"_s);
    ASSERT_TRUE(q.ok());
    QStringList order;
    while (q->next())
        order << q->value(0).toString() + u'@' + q->value(1).toString() + u':' + q->value(2).toString();
    EXPECT_EQ(order.join(u' '), u"P-1@MAIN:5 P-1@MAIN:-1 P-1@MAIN:-2 P-2@MAIN:3 P-2@MAIN:-2 P-1@VAN1:1 P-2@VAN1:8 P-2@VAN1:-3"_s);
    // The incoming half (P-2 at MAIN, +3) has the smaller id and points at the outgoing one.
    auto pair = t.db().exec(u"SELECT i.id, o.id, o.qty, i.qty FROM stock_movements i JOIN stock_movements o ON o.id = i.pair_id"_s);
    ASSERT_TRUE(pair.ok() && pair->next());
    EXPECT_LT(pair->value(0).toLongLong(), pair->value(1).toLongLong());
    EXPECT_EQ(pair->value(2).toLongLong(), -3);
    EXPECT_EQ(pair->value(3).toLongLong(), 3);
    EXPECT_FALSE(pair->next());

    StockLedger ledger(t.db(), clock);
    EXPECT_EQ(ledger.onHand(1, 1).valueOr(-1), 2);
    EXPECT_EQ(ledger.onHand(1, 2).valueOr(-1), 1);
    EXPECT_EQ(ledger.onHand(2, 1).valueOr(-1), 1);
    EXPECT_EQ(ledger.onHand(2, 2).valueOr(-1), 5);
    EXPECT_TRUE(ledger.reconcile()->isEmpty());
    auto h = ledger.history(2);   // every location, by date: never below zero
    ASSERT_TRUE(h.ok());
    QList<qint64> balances;
    for (const HistoryRow &row : *h)
        balances << row.balance;
    EXPECT_EQ(balances, (QList<qint64>{8, 11, 8, 6}));

    RowSink sink;
    const ExportContext ctx = exportContext();
    ASSERT_TRUE(exportKind(u"movements"_s)->run(ctx, sink).ok());
    ASSERT_EQ(sink.rows.size(), 7);   // the transfer is one row
    int transfers = 0;
    for (const QVariantList &row : sink.rows) {
        if (row.at(1).toString() != u"transfer"_s)
            continue;
        ++transfers;
        EXPECT_EQ(row.at(2).toString(), u"P-2"_s);
        EXPECT_EQ(row.at(4).toString(), u"VAN1"_s);
        EXPECT_EQ(row.at(5).toString(), u"MAIN"_s);
    }
    EXPECT_EQ(transfers, 1);
}

// The RAF spare-parts demand file (5,000 parts x 84 months): the catalogue as a parts import,
// the monthly demand as issue movements after an opening receipt.
TEST_F(PartsImportFixture, RealSparePartsFile)
{
    AS_REQUIRE_SHARED_DATA(u"raf_spare_parts_demand_1996_2002.csv"_s);
    QFile raf(sharedData(u"raf_spare_parts_demand_1996_2002.csv"_s));
    ASSERT_TRUE(raf.open(QIODevice::ReadOnly | QIODevice::Text));
    QTextStream in(&raf);
    const QStringList header = in.readLine().split(u',');
    ASSERT_EQ(header.size(), 88);
    QByteArray partsCsv = "code,name,category,cost_price,reorder_qty\n";
    QByteArray movesCsv = "date,type,code,qty,location,note\n";
    qint64 parts = 0, issues = 0, demand = 0;
    while (!in.atEnd()) {
        const QStringList c = splitCsv(in.readLine());
        if (c.size() != 88)
            continue;
        const QByteArray code = "RAF-" + c.at(0).toUtf8().rightJustified(4, '0');
        const qint64 fen = qRound64(c.at(3).toDouble() * 100);
        partsCsv += code + ',' + csvCell(c.at(1)) + ",RAF," + QByteArray::number(fen / 100) + '.' +
                    QByteArray::number(fen % 100).rightJustified(2, '0') + ',' + c.at(2).toUtf8() + '\n';
        qint64 total = 0;
        for (int m = 4; m < 88; ++m)
            total += c.at(m).toLongLong();
        if (total > 0)
            movesCsv += "1995-12-31,receipt," + code + ',' + QByteArray::number(total) + ",MAIN,opening stock\n";
        for (int m = 4; m < 88; ++m) {
            const qint64 q = c.at(m).toLongLong();
            if (q <= 0)
                continue;
            const int month = m - 4;
            movesCsv += QByteArray::number(1996 + month / 12) + '-' + QByteArray::number(month % 12 + 1).rightJustified(2, '0') +
                        "-15,issue," + code + ',' + QByteArray::number(q) + ",MAIN,\n";
            ++issues;
        }
        demand += total;
        ++parts;
    }
    EXPECT_EQ(parts, 5000);
    EXPECT_EQ(issues, 42695);   // the non-zero monthly cells (README)
    auto rp = import(u"parts"_s, write(u"raf-parts.csv"_s, partsCsv));
    ASSERT_TRUE(rp.ok()) << qPrintable(rp.error().message);
    ASSERT_TRUE(rp->problems.isEmpty()) << qPrintable(problemText(*rp));
    auto rm = import(u"movements"_s, write(u"raf-moves.csv"_s, movesCsv));
    ASSERT_TRUE(rm.ok()) << qPrintable(rm.error().message);
    ASSERT_TRUE(rm->problems.isEmpty()) << qPrintable(problemText(*rm));
    EXPECT_EQ(count(u"parts"_s), 5000);
    EXPECT_EQ(t.db().scalar(u"SELECT count(*) FROM stock_movements WHERE type = 'issue'"_s)->toLongLong(), issues);
    EXPECT_EQ(t.db().scalar(u"SELECT -sum(qty) FROM stock_movements WHERE type = 'issue'"_s)->toLongLong(), demand);
    EXPECT_EQ(t.db().scalar(u"SELECT sum(on_hand) FROM part_stock"_s)->toLongLong(), 0);   // every unit issued again
    auto gouge = PartService(t.db(), clock).requireCode(u"RAF-0001"_s);
    ASSERT_TRUE(gouge.ok());
    EXPECT_EQ(gouge->name, u"GOUGE FIRMER"_s);
    EXPECT_EQ(gouge->costFen, 675);
    EXPECT_TRUE(StockLedger(t.db(), clock).reconcile()->isEmpty());
}
