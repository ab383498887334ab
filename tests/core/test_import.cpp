// Spreadsheet import: CSV/XLSX reading, encodings, column matching, every problem reported
// with row and column, all rows or none; customers and historical orders kinds.
#include "support/TestSupport.h"

#include "io/CsvReader.h"
#include "io/ImportKind.h"
#include "io/Importer.h"
#include "services/IntegrityCheck.h"
#include "storage/Database.h"

#include <QFile>
#include <QStringEncoder>

using namespace as;
using namespace as::test;
using namespace Qt::Literals::StringLiterals;

namespace {

struct ImportFixture : ::testing::Test {
    TempDb t;
    FixedClock clock{testNow()};
    ImportContext ctx{t.db(), clock, Actor::admin(), QTimeZone("Asia/Shanghai")};

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = t.dir() + u'/' + name;
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }
    Result<ImportReport> run(const QString &kind, const QString &file, bool dryRun = false, int preview = 0)
    {
        ImportOptions o;
        o.file = file;
        o.dryRun = dryRun;
        o.previewRows = preview;
        return Importer::run(*importKind(kind), ctx, o);
    }
    qint64 count(const QString &table) { return t.db().scalar(u"SELECT count(*) FROM "_s + table).value().toLongLong(); }
    QList<qint64> snapshot()
    {
        return {count(u"customers"_s), count(u"products"_s), count(u"service_orders"_s), count(u"order_events"_s),
                count(u"audit_log"_s)};
    }
    static QString problems(const ImportReport &r)
    {
        QStringList l;
        for (const auto &p : r.problems)
            l << Importer::formatProblem(u"f"_s, p);
        return l.join(u'\n');
    }
    void addTechnician(const QString &login, const QString &name)
    {
        AS_ASSERT_OK(t.db().exec(u"INSERT INTO users (login, display_name, role, created_at, updated_at) VALUES (?, ?, 'technician', ?, ?)"_s,
                                 {login, name, u"2025-01-01T00:00:00Z"_s, u"2025-01-01T00:00:00Z"_s}));
    }
};

} // namespace

TEST(CsvReading, QuotesSeparatorsAndLineBreaksInsideCells)
{
    const QByteArray csv = "a,b,c\r\n1,\"x, \"\"quoted\"\"\",\"two\nlines\"\r\n\r\n,,\n3,,last";
    auto r = CsvReader::open(u"t.csv"_s, csv);
    AS_ASSERT_OK(r);
    TableRow row;
    ASSERT_TRUE((*r)->next(row).value());
    EXPECT_EQ(row.cells, (QStringList{u"a"_s, u"b"_s, u"c"_s}));
    ASSERT_TRUE((*r)->next(row).value());
    EXPECT_EQ(row.row, 2);
    EXPECT_EQ(row.cells, (QStringList{u"1"_s, u"x, \"quoted\""_s, u"two\nlines"_s}));
    ASSERT_TRUE((*r)->next(row).value());
    EXPECT_EQ(row.row, 5) << "blank rows are skipped but counted, as a spreadsheet numbers them";
    EXPECT_EQ(row.cells, (QStringList{u"3"_s, QString(), u"last"_s}));
    EXPECT_FALSE((*r)->next(row).value());

    auto semi = CsvReader::open(u"t.csv"_s, "a;b\n1,5;2\n");
    AS_ASSERT_OK(semi);
    ASSERT_TRUE((*semi)->next(row).value());
    ASSERT_TRUE((*semi)->next(row).value());
    EXPECT_EQ(row.cells, (QStringList{u"1,5"_s, u"2"_s}));
}

TEST(CsvReading, EncodingsAreDetected)
{
    const QString text = u"客户名称,电话\n张伟,13800138000\n"_s;
    QString enc;
    auto utf8 = CsvReader::decode(text.toUtf8(), u"a.csv"_s, &enc);
    AS_ASSERT_OK(utf8);
    EXPECT_EQ(*utf8, text);
    EXPECT_EQ(enc, u"UTF-8"_s);
    auto bom = CsvReader::decode("\xEF\xBB\xBF" + text.toUtf8(), u"a.csv"_s, &enc);
    AS_ASSERT_OK(bom);
    EXPECT_EQ(*bom, text) << "the BOM is not part of the first header";
    QStringEncoder gbk("GBK");
    ASSERT_TRUE(gbk.isValid()) << "Qt needs ICU to read GBK";
    const QByteArray gbkBytes = gbk.encode(text);
    ASSERT_NE(gbkBytes, text.toUtf8());
    auto g = CsvReader::decode(gbkBytes, u"a.csv"_s, &enc);
    AS_ASSERT_OK(g);
    EXPECT_EQ(*g, text);
    EXPECT_EQ(enc, u"GBK"_s);
    // Taiwan's Excel writes Big5: told apart from GBK, not decoded as GBK garbage.
    const QString tw = u"客戶名稱,電話,地址\n陳志明,0912345678,臺北市信義區松仁路100號\n林美玲,0223456789,高雄市前鎮區中山二路5號\n"_s;
    QStringEncoder big5("Big5");
    ASSERT_TRUE(big5.isValid());
    auto b = CsvReader::decode(big5.encode(tw), u"a.csv"_s, &enc);
    AS_ASSERT_OK(b);
    EXPECT_EQ(enc, u"Big5"_s);
    EXPECT_EQ(*b, tw);
    // ... and a mainland file of the same shape stays GBK.
    const QString cn = u"客户名称,电话,地址\n陈志明,13912345678,上海市浦东新区世纪大道100号\n林美玲,02123456789,北京市朝阳区建国路88号\n"_s;
    auto c = CsvReader::decode(gbk.encode(cn), u"a.csv"_s, &enc);
    AS_ASSERT_OK(c);
    EXPECT_EQ(enc, u"GBK"_s);
    EXPECT_EQ(*c, cn);
    // Latin-1 bytes that are neither UTF-8 nor GBK.
    auto bad = CsvReader::decode("name,city\nJos\xE9,Caf\xE9\n", u"/x/latin1.csv"_s, &enc);
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().message.contains(u"/x/latin1.csv"_s)) << qPrintable(bad.error().message);
    EXPECT_TRUE(bad.error().message.contains(u"UTF-8"_s));
}

TEST(ColumnMatching, EnglishOrChineseHeadersCaseAndSpacingIgnored)
{
    const auto cols = importKind(u"customers"_s)->columns();
    const QStringList header{u"\uFEFF客户名称"_s, u" PHONE "_s, u"Purchase Date"_s, u"warranty-months"_s, u"remarks"_s};
    const auto m = Importer::match(cols, header);
    EXPECT_EQ(m.at(0), 0);
    EXPECT_EQ(m.at(1), 1);
    EXPECT_EQ(m.at(7), 2);
    EXPECT_EQ(m.at(8), 3);
    EXPECT_EQ(m.at(2), -1);
    // Traditional Chinese headers (Taiwan) too.
    const auto tw = Importer::match(cols, {u"客戶名稱"_s, u"電話"_s, u"序號"_s, u"保固月數"_s});
    EXPECT_EQ(tw.at(0), 0);
    EXPECT_EQ(tw.at(1), 1);
    EXPECT_EQ(tw.at(6), 2);
    EXPECT_EQ(tw.at(8), 3);
    // An explicit choice wins; an empty one skips the column.
    const auto m2 = Importer::match(cols, header, {{u"name"_s, u"remarks"_s}, {u"phone"_s, QString()}});
    EXPECT_EQ(m2.at(0), 4);
    EXPECT_EQ(m2.at(1), -1);
}

TEST_F(ImportFixture, CustomersFromChineseCsvWithProducts)
{
    auto r = run(u"customers"_s, testData(u"import/customers_zh.csv"_s), false, 2);
    AS_ASSERT_OK(r);
    ASSERT_TRUE(r->problems.isEmpty()) << qPrintable(problems(*r));
    EXPECT_TRUE(r->written);
    EXPECT_EQ(r->rows, 4);
    EXPECT_EQ(count(u"customers"_s), 3) << "two rows with the same name and phone are one customer";
    EXPECT_EQ(count(u"products"_s), 3);
    EXPECT_EQ(t.db().scalar(u"SELECT address FROM customers WHERE name = '张伟'"_s).value().toString(),
              u"上海市浦东新区\n世纪大道 100 号"_s);
    EXPECT_EQ(t.db().scalar(u"SELECT purchase_date FROM products WHERE serial = 'SN-A002'"_s).value().toString(), u"2025-04-01"_s);
    EXPECT_EQ(t.db().scalar(u"SELECT count(*) FROM products WHERE serial = 'SN-A003'"_s).value().toInt(), 1) << "serials upper-cased";
    ASSERT_EQ(r->preview.size(), 2);
    EXPECT_EQ(r->preview.at(0).at(1), u"13800138000"_s) << "the preview shows values as stored";
    EXPECT_EQ(r->preview.at(1).at(7), u"2025-04-01"_s);
    EXPECT_EQ(t.db().scalar(u"SELECT count(*) FROM audit_log WHERE entity = 'import'"_s).value().toInt(), 1);
    // Found by the search structures (triggers ran).
    EXPECT_EQ(t.db().scalar(u"SELECT count(*) FROM customer_name_grams WHERE gram = '张伟'"_s).value().toInt(), 1);
}

TEST_F(ImportFixture, CustomersFromXlsxWithDatesAndNumbers)
{
    auto r = run(u"customers"_s, testData(u"import/customers.xlsx"_s));
    AS_ASSERT_OK(r);
    ASSERT_TRUE(r->problems.isEmpty()) << qPrintable(problems(*r));
    EXPECT_EQ(r->format, u"XLSX"_s);
    EXPECT_EQ(count(u"customers"_s), 3);
    EXPECT_EQ(t.db().scalar(u"SELECT purchase_date || '/' || warranty_months FROM products WHERE serial = 'XL-0001'"_s).value().toString(),
              u"2025-06-18/24"_s);
    EXPECT_EQ(t.db().scalar(u"SELECT purchase_date FROM products WHERE serial = 'XL-0002'"_s).value().toString(), u"2024-11-03"_s);
}

TEST_F(ImportFixture, DryRunWritesNothing)
{
    const auto before = snapshot();
    auto r = run(u"customers"_s, testData(u"import/customers_zh.csv"_s), true);
    AS_ASSERT_OK(r);
    EXPECT_TRUE(r->problems.isEmpty());
    EXPECT_FALSE(r->written);
    EXPECT_EQ(r->counts.at(0).second, 3);
    EXPECT_EQ(snapshot(), before);
}

TEST_F(ImportFixture, EveryProblemNamedByRowAndColumnAndNothingWritten)
{
    const auto before = snapshot();
    const QString f = write(u"bad.csv"_s,
                            "name,phone,type,model,serial,purchase_date,warranty_months\n"
                            "Good,13800138000,consumer,M1,S1,2025-01-01,12\n"
                            "Wang,12345,vip,M2,S2,2025-02-30,-3\n"
                            ",13800138001,,M3,S1,2031-01-01,twelve\n");
    auto r = run(u"customers"_s, f);
    AS_ASSERT_OK(r);
    EXPECT_FALSE(r->written);
    const QString all = problems(*r);
    for (const QString &want : {u"f:3:phone: \"12345\" is not a valid phone number"_s, u"f:3:type: \"vip\" is not one of"_s,
                                u"f:3:purchase_date: \"2025-02-30\" is not a date"_s, u"f:3:warranty_months: -3 is negative"_s,
                                u"f:4:name: a value is required"_s, u"f:4:serial: duplicate serial S1: also in row 2"_s,
                                u"f:4:purchase_date: the purchase date 2031-01-01 is in the future"_s,
                                u"f:4:warranty_months: \"twelve\" is not a whole number"_s})
        EXPECT_TRUE(all.contains(want)) << qPrintable(want) << "\n" << qPrintable(all);
    EXPECT_EQ(snapshot(), before) << "one bad row: nothing is written";
}

TEST_F(ImportFixture, SerialAlreadyInTheDatabaseIsADuplicate)
{
    AS_ASSERT_OK(run(u"customers"_s, testData(u"import/customers_zh.csv"_s)));
    const auto before = snapshot();
    auto r = run(u"customers"_s, write(u"again.csv"_s, "name,phone,model,serial\nNew,13900000000,M,sn-a001\n"));
    AS_ASSERT_OK(r);
    EXPECT_TRUE(problems(*r).contains(u"f:2:serial: duplicate serial SN-A001"_s)) << qPrintable(problems(*r));
    EXPECT_EQ(snapshot(), before);
}

TEST_F(ImportFixture, BrokenFilesAreRefusedWithPreciseMessages)
{
    const auto before = snapshot();
    struct Case { const char *name; QByteArray bytes; QString expect; bool error; };
    const QByteArray longCell(10000, 'x');
    const QList<Case> cases = {
        {"truncated.csv", "name,phone,address\nA,13800138000,Road 1\nB,13800138001,\"Road 2, Bu", u"never closed"_s, true},
        {"latin1.csv", "name,address\nJos\xE9,Caf\xE9\n", u"neither UTF-8 nor GBK"_s, true},
        {"formula.csv", "name,phone,warranty_months\nA,13800138000,=SUM(B1:B2)\n", u"f:2:warranty_months: the cell holds a formula"_s, false},
        {"long.csv", "name,address\nA," + longCell + "\n", u"f:2:address: the cell is 10000 characters long; at most 4000"_s, false},
        {"emptyheader.csv", "\nname,phone\nA,13800138000\n", u"f:1: the first row must hold the column headers"_s, false},
        {"blankheader.csv", ",,\nA,13800138000,x\n", u"f:1: the first row must hold the column headers"_s, false},
        {"dupheader.csv", "name,phone,Phone\nA,13800138000,13800138001\n", u"f:1:Phone: the header \"Phone\" appears twice (columns B and C)"_s, false},
        {"aliasheader.csv", "name,phone,电话\nA,13800138000,13800138001\n", u"f:1:电话: both \"phone\" (column B) and \"电话\" (column C) mean phone"_s, false},
        {"noname.csv", "phone,email\n13800138000,a@b.cn\n", u"f:1:name: the required column \"name\" (客户名称) is missing"_s, false},
        {"extra.csv", "name,phone\nA,13800138000,surprise\n", u"f:2:C: this row has a value in column C, which has no header"_s, false},
        {"headeronly.csv", "name,phone\n", u"no data rows"_s, false},
        {"empty.csv", "", u"the file is empty"_s, false},
        {"truncated.xlsx", QByteArray("PK\x03\x04garbage", 12), u"not a readable XLSX"_s, true},
        {"old.xls", QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8), u"old Excel (.xls)"_s, true},
    };
    for (const Case &c : cases) {
        const QString path = write(QString::fromLatin1(c.name), c.bytes);
        auto r = run(u"customers"_s, path);
        if (c.error) {
            ASSERT_FALSE(r.ok()) << c.name;
            EXPECT_TRUE(r.error().message.contains(c.expect)) << c.name << ": " << qPrintable(r.error().message);
            EXPECT_TRUE(r.error().message.contains(path)) << c.name << ": the message names the file";
        } else {
            AS_ASSERT_OK(r);
            EXPECT_FALSE(r->written) << c.name;
            EXPECT_TRUE(problems(*r).contains(c.expect)) << c.name << ":\n" << qPrintable(problems(*r));
        }
        EXPECT_EQ(snapshot(), before) << c.name;
    }
    // A real XLSX cut off in the middle.
    QFile good(testData(u"import/customers.xlsx"_s));
    ASSERT_TRUE(good.open(QIODevice::ReadOnly));
    const QString cut = write(u"cut.xlsx"_s, good.readAll().left(2000));
    auto r = run(u"customers"_s, cut);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(u"XLSX"_s)) << qPrintable(r.error().message);
    // Formulas in an XLSX: refused cell by cell.
    auto f = run(u"customers"_s, testData(u"import/formulas.xlsx"_s));
    AS_ASSERT_OK(f);
    EXPECT_TRUE(problems(*f).contains(u"f:3:warranty_months: the cell holds a formula (=D2*2)"_s)) << qPrintable(problems(*f));
    EXPECT_EQ(snapshot(), before);
}

TEST_F(ImportFixture, ImportNeedsThePermission)
{
    ctx.actor = Actor{7, u"tech"_s, u"Tech"_s, Role::Technician};
    auto r = run(u"customers"_s, testData(u"import/customers_zh.csv"_s));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Error::Kind::Permission);
}

TEST_F(ImportFixture, CancelLeavesNothing)
{
    QByteArray big = "name,phone\n";
    for (int i = 0; i < 5000; ++i)
        big += "Customer " + QByteArray::number(i) + ",139" + QByteArray::number(10000000 + i) + "\n";
    const QString f = write(u"big.csv"_s, big);
    const auto before = snapshot();
    ImportOptions o;
    o.file = f;
    int calls = 0;
    o.progress = [&](const QString &, qint64, qint64) { return ++calls < 2; };
    auto r = Importer::run(*importKind(u"customers"_s), ctx, o);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Error::Kind::Cancelled);
    EXPECT_EQ(snapshot(), before);
}

TEST_F(ImportFixture, HistoricalOrdersWithStatusEventsAndDeadlines)
{
    addTechnician(u"tech001"_s, u"张师傅"_s);
    auto r = run(u"orders"_s, testData(u"import/orders.csv"_s));
    AS_ASSERT_OK(r);
    ASSERT_TRUE(r->problems.isEmpty()) << qPrintable(problems(*r));
    EXPECT_EQ(count(u"service_orders"_s), 4);
    auto st = [&](const QString &n) {
        return t.db().scalar(u"SELECT status FROM service_orders WHERE number = ?"_s, {n}).value().toString();
    };
    EXPECT_EQ(st(u"WO-202601-00001"_s), u"closed"_s);
    EXPECT_EQ(st(u"WO-202601-00002"_s), u"dispatched"_s);
    EXPECT_EQ(st(u"WO-202601-00003"_s), u"cancelled"_s);
    EXPECT_EQ(st(u"WO-202601-00004"_s), u"new"_s);
    // Site-local times stored as UTC; money as fen; deadlines computed; rework linked; same product.
    auto q = t.db().exec(u"SELECT o.opened_at, o.labour_fen, o.parts_fen, o.ack_due IS NOT NULL AND o.resolve_due IS NOT NULL, "
                         "o.resolve_working_minutes, o.warranty_status, o.technician_id IS NOT NULL FROM service_orders o "
                         "WHERE number = 'WO-202601-00001'"_s);
    AS_ASSERT_OK(q);
    ASSERT_TRUE(q->next());
    EXPECT_EQ(q->value(0).toString(), u"2026-01-05T01:12:00Z"_s);
    EXPECT_EQ(q->value(1).toLongLong(), 12000);
    EXPECT_EQ(q->value(2).toLongLong(), 3550);
    EXPECT_TRUE(q->value(3).toBool());
    EXPECT_GT(q->value(4).toLongLong(), 0);
    EXPECT_EQ(q->value(5).toString(), u"in"_s);
    EXPECT_TRUE(q->value(6).toBool());
    EXPECT_EQ(t.db().scalar(u"SELECT r.number FROM service_orders o JOIN service_orders r ON r.id = o.rework_of WHERE o.number = 'WO-202601-00002'"_s)
                  .value().toString(), u"WO-202601-00001"_s);
    EXPECT_EQ(t.db().scalar(u"SELECT count(DISTINCT product_id) FROM service_orders WHERE number IN ('WO-202601-00001','WO-202601-00002')"_s)
                  .value().toInt(), 1);
    EXPECT_EQ(count(u"customers"_s), 3);
    EXPECT_EQ(t.db().scalar(u"SELECT note FROM order_events WHERE kind = 'followup'"_s).value().toString(), u"satisfaction 5"_s);
    // The follow-up in the file is a completed first follow-up call the KPIs and statistics count.
    auto fu = t.db().exec(u"SELECT o.number, f.kind, f.status, f.outcome, f.satisfaction, f.done_at IS NOT NULL, f.done_on, "
                          "f.technician_id = o.technician_id FROM followups f JOIN service_orders o ON o.id = f.order_id"_s);
    AS_ASSERT_OK(fu);
    ASSERT_TRUE(fu->next());
    EXPECT_EQ(fu->value(0).toString(), u"WO-202601-00001"_s);
    EXPECT_EQ(fu->value(1).toString(), u"first"_s);
    EXPECT_EQ(fu->value(2).toString(), u"done"_s);
    EXPECT_EQ(fu->value(3).toString(), u"reached"_s);
    EXPECT_EQ(fu->value(4).toInt(), 5);
    EXPECT_TRUE(fu->value(5).toBool());
    EXPECT_FALSE(fu->value(6).toString().isEmpty());
    EXPECT_TRUE(fu->value(7).toBool());
    EXPECT_FALSE(fu->next()) << "one follow-up in the file";
    fu->finish();
    EXPECT_EQ(t.db().scalar(u"SELECT count(*) FROM order_events WHERE kind NOT IN ('created','acknowledged','transition','followup')"_s)
                  .value().toInt(), 0) << "the same event vocabulary as orders made in the app";
    EXPECT_EQ(t.db().scalar(u"SELECT count(*) FROM order_events e JOIN service_orders o ON o.id = e.order_id WHERE o.number = 'WO-202601-00001'"_s)
                  .value().toInt(), 7) << "created, acknowledged, dispatched, completed, accepted, closed, follow-up";
    EXPECT_GE(t.db().scalar(u"SELECT last_value FROM number_sequences WHERE name = 'WO-202601'"_s).value().toInt(), 4)
        << "numbers from the file are never issued again";
    auto check = IntegrityCheck(t.db()).run();
    AS_ASSERT_OK(check);
    EXPECT_TRUE(check->isEmpty()) << qPrintable(check->join(u'\n'));
    // The same file again: every number already exists.
    const auto before = snapshot();
    auto again = run(u"orders"_s, testData(u"import/orders.csv"_s));
    AS_ASSERT_OK(again);
    EXPECT_TRUE(problems(*again).contains(u"f:2:number: order WO-202601-00001 is already in the database"_s)) << qPrintable(problems(*again));
    EXPECT_EQ(snapshot(), before);
}

TEST_F(ImportFixture, ReworkRowsBeforeTheirOriginalInTheFile)
{
    const QString f = write(u"r.csv"_s,
                            "number,opened_at,customer_name,completed_at,accepted_at,rework_of\n"
                            "R2,2026-02-10 09:00,张三,,,R1\n"
                            "R1,2026-02-01 09:00,张三,2026-02-02 09:00,2026-02-02 10:00,\n"
                            "R0,2026-01-01 09:00,张三,,,R3\n"
                            "R3,2026-01-05 09:00,张三,,,\n");
    auto bad = run(u"orders"_s, f);
    AS_ASSERT_OK(bad);
    EXPECT_EQ(problems(*bad), u"f:4:rework_of: order R3 was opened after this one; a rework follows the original"_s);
    const QString ok = write(u"ok.csv"_s,
                             "number,opened_at,customer_name,completed_at,accepted_at,rework_of\n"
                             "R2,2026-02-10 09:00,张三,,,R1\n"
                             "R1,2026-02-01 09:00,张三,2026-02-02 09:00,2026-02-02 10:00,\n");
    auto r = run(u"orders"_s, ok);
    AS_ASSERT_OK(r);
    ASSERT_TRUE(r->problems.isEmpty()) << qPrintable(problems(*r));
    auto check = IntegrityCheck(t.db()).run();
    AS_ASSERT_OK(check);
    EXPECT_TRUE(check->isEmpty()) << qPrintable(check->join(u'\n'));
}

TEST_F(ImportFixture, OrderProblems)
{
    addTechnician(u"tech001"_s, u"张师傅"_s);
    AS_ASSERT_OK(t.db().exec(u"INSERT INTO users (login, display_name, role, created_at, updated_at) VALUES ('agent1', 'Agent', 'agent', 'x', 'x')"_s));
    const QString f = write(u"o.csv"_s,
                            "工单号,登记时间,客户名称,维修技师,完工时间,验收时间,人工费,满意度,返修原工单号\n"
                            "A1,2026-01-05 09:00,张三,nobody,2026-01-04 10:00,,12.345,9,\n"
                            "A1,yesterday,李四,agent1,,2026-01-06 10:00,-5,,Z9\n");
    const auto before = snapshot();
    auto r = run(u"orders"_s, f);
    AS_ASSERT_OK(r);
    const QString all = problems(*r);
    for (const QString &want : {u"f:2:维修技师: unknown technician \"nobody\""_s, u"f:2:完工时间: completed_at is before opened_at"_s,
                                u"f:2:人工费: \"12.345\" is not an amount"_s, u"f:2:满意度: 9 is out of range"_s,
                                u"f:3:工单号: duplicate order number A1: also in row 2"_s, u"f:3:登记时间: \"yesterday\" is not a date and time"_s,
                                u"f:3:维修技师: \"agent1\" is not a technician"_s, u"f:3:验收时间: accepted_at needs completed_at"_s,
                                u"f:3:人工费: the amount -5 is negative"_s})
        EXPECT_TRUE(all.contains(want)) << qPrintable(want) << "\n" << qPrintable(all);
    EXPECT_EQ(snapshot(), before);
}

TEST_F(ImportFixture, GbkFileAsChineseExcelSavesIt)
{
    QFile src(testData(u"import/customers_zh.csv"_s));
    ASSERT_TRUE(src.open(QIODevice::ReadOnly));
    QStringEncoder gbk("GBK");
    const QString f = write(u"gbk.csv"_s, gbk.encode(QString::fromUtf8(src.readAll()).replace(u"\n"_s, u"\r\n"_s)));
    auto r = run(u"customers"_s, f);
    AS_ASSERT_OK(r);
    ASSERT_TRUE(r->problems.isEmpty()) << qPrintable(problems(*r));
    EXPECT_EQ(r->format, u"CSV (GBK)"_s);
    EXPECT_EQ(t.db().scalar(u"SELECT count(*) FROM customers WHERE name IN ('张伟', '刘, 芳')"_s).value().toInt(), 2);
    EXPECT_EQ(t.db().scalar(u"SELECT address FROM customers WHERE name = '张伟'"_s).value().toString(), u"上海市浦东新区\r\n世纪大道 100 号"_s)
        << "a line break inside quotes is kept as written";
}
