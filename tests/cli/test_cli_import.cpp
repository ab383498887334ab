// aftersales-cli import / export as a user runs them.
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>

using namespace as;
using namespace as::test;
using namespace Qt::Literals::StringLiterals;

namespace {
qint64 rows(const QString &db, const QString &table)
{
    OpenOptions o;
    o.location = db;
    auto d = Database::open(o);
    if (!d)
        return -1;
    return (*d)->scalar(u"SELECT count(*) FROM "_s + table).value().toLongLong();
}
} // namespace

TEST(CliImport, CustomersDryRunThenImport)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"a.db"_s);
    const QString file = testData(u"import/customers_zh.csv"_s);
    auto dry = runCli({u"--db"_s, db, u"import"_s, u"customers"_s, file, u"--dry-run"_s});
    ASSERT_EQ(dry.exitCode, 0) << qPrintable(dry.err);
    EXPECT_TRUE(dry.out.contains(u"would import: 3 customers"_s)) << qPrintable(dry.out);
    EXPECT_EQ(rows(db, u"customers"_s), 0);
    EXPECT_EQ(rows(db, u"kpi_month_cache"_s), 0) << "a dry run computes nothing";
    auto r = runCli({u"--db"_s, db, u"import"_s, u"customers"_s, file});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_TRUE(r.out.contains(u"4 rows read, CSV (UTF-8); imported: 3 customers"_s)) << qPrintable(r.out);
    EXPECT_EQ(rows(db, u"customers"_s), 3);
    // After an import the stored KPI figures of the 13 closed months a report reads are there.
    EXPECT_EQ(rows(db, u"kpi_month_cache"_s), 13);
    auto x = runCli({u"--db"_s, db, u"import"_s, u"customers"_s, testData(u"import/customers.xlsx"_s)});
    ASSERT_EQ(x.exitCode, 0) << qPrintable(x.err);
    EXPECT_EQ(rows(db, u"products"_s), 5);
}

TEST(CliImport, EveryBadRowOnStderrNothingWritten)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"a.db"_s);
    const QString file = dir.filePath(u"bad.csv"_s);
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("name,phone,model,serial,purchase_date,remark\nOk,13800138000,M,S1,2025-01-01,x\nBad,123,M,S1,2025-02-31,y\n");
    f.close();
    auto r = runCli({u"--db"_s, db, u"import"_s, u"customers"_s, file});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(file + u":3:phone: \"123\" is not a valid phone number"_s)) << qPrintable(r.err);
    EXPECT_TRUE(r.err.contains(file + u":3:serial: duplicate serial S1: also in row 2"_s)) << qPrintable(r.err);
    EXPECT_TRUE(r.err.contains(file + u":3:purchase_date: \"2025-02-31\" is not a date"_s)) << qPrintable(r.err);
    EXPECT_TRUE(r.err.contains(u"ignored): remark"_s)) << "unknown columns are reported once";
    EXPECT_TRUE(r.err.contains(u"nothing was imported"_s));
    EXPECT_EQ(rows(db, u"customers"_s), 0);
}

TEST(CliImport, UsageErrors)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"a.db"_s);
    auto r = runCli({u"--db"_s, db, u"import"_s, u"widgets"_s, u"x.csv"_s});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(u"customers"_s)) << "lists the kinds: " << qPrintable(r.err);
    EXPECT_EQ(runCli({u"--db"_s, db, u"import"_s, u"customers"_s}).exitCode, 2);
    EXPECT_EQ(runCli({u"--db"_s, db, u"export"_s, u"orders"_s, u"--format"_s, u"pdf"_s, u"--out"_s, dir.filePath(u"o"_s)}).exitCode, 2);
    EXPECT_EQ(runCli({u"--db"_s, db, u"export"_s, u"orders"_s, u"--format"_s, u"csv"_s}).exitCode, 2);
    EXPECT_EQ(runCli({u"--db"_s, db, u"export"_s, u"orders"_s, u"--format"_s, u"csv"_s, u"--out"_s, dir.filePath(u"o"_s),
                      u"--from"_s, u"2026-13-01"_s}).exitCode, 2);
    auto missing = runCli({u"--db"_s, db, u"import"_s, u"customers"_s, dir.filePath(u"nope.csv"_s)});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(dir.filePath(u"nope.csv"_s)));
}

TEST(CliExport, XlsxReadBackWithOpenpyxl)
{
    if (!QFile::exists(u"/usr/bin/python3"_s))
        GTEST_SKIP() << "python3 not installed";
    QTemporaryDir dir;
    const QString db = dir.filePath(u"a.db"_s);
    auto demo = runCli({u"--db"_s, db, u"demo"_s, u"--orders"_s, u"200"_s, u"--seed"_s, u"3"_s, u"--quiet"_s});
    ASSERT_EQ(demo.exitCode, 0) << qPrintable(demo.err);
    const QString xlsx = dir.filePath(u"orders.xlsx"_s);
    auto ex = runCli({u"--db"_s, db, u"export"_s, u"orders"_s, u"--format"_s, u"xlsx"_s, u"--out"_s, xlsx});
    ASSERT_EQ(ex.exitCode, 0) << qPrintable(ex.err);
    EXPECT_TRUE(ex.out.contains(u"200 rows written"_s)) << qPrintable(ex.out);
    const QString script = uR"(
import sys, datetime, openpyxl
ws = openpyxl.load_workbook(sys.argv[1]).active
head = [c.value for c in ws[1]]
assert head[:3] == ['number', 'opened_at', 'channel'], head
row = [c.value for c in ws[2]]
assert isinstance(row[head.index('opened_at')], datetime.datetime), row
assert isinstance(row[head.index('labour')], (int, float)), row
assert ws.freeze_panes == 'A2'
assert ws.column_dimensions['A'].width >= 15
print(ws.max_row - 1)
)"_s;
    auto py = runProgram(u"/usr/bin/python3"_s, {u"-c"_s, script, xlsx});
    ASSERT_EQ(py.exitCode, 0) << qPrintable(py.err);
    EXPECT_EQ(py.out.trimmed(), u"200"_s);
    // CSV: UTF-8 with BOM; the file is replaced atomically, no temporary files left.
    const QString csv = dir.filePath(u"orders.csv"_s);
    auto c = runCli({u"--db"_s, db, u"export"_s, u"orders"_s, u"--format"_s, u"csv"_s, u"--out"_s, csv, u"--from"_s, u"2020-01-01"_s});
    ASSERT_EQ(c.exitCode, 0) << qPrintable(c.err);
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.readAll().startsWith("\xEF\xBB\xBFnumber,"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).filter(u".part"_s).size(), 0);
}

TEST(CliImport, MapTakesAColumnFromAnotherHeader)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"a.db"_s);
    const QString file = dir.filePath(u"old.csv"_s);
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("Kunde,Telefon,Notiz\nMüller GmbH,+49 30 1234567,VIP\n");
    f.close();
    auto refused = runCli({u"--db"_s, db, u"import"_s, u"customers"_s, file});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(u":1:name: the required column \"name\" (客户名称) is missing"_s)) << qPrintable(refused.err);
    auto r = runCli({u"--db"_s, db, u"import"_s, u"customers"_s, file, u"--map"_s, u"name=Kunde"_s, u"--map"_s, u"phone=Telefon"_s});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_EQ(rows(db, u"customers"_s), 1);
    EXPECT_EQ(runCli({u"--db"_s, db, u"import"_s, u"customers"_s, file, u"--map"_s, u"nom=Kunde"_s}).exitCode, 2);
}
