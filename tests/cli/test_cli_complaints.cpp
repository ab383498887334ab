// aftersales-cli import complaints / export complaints / print complaint with the real
// Chinese complaint file (converted to the cli.md format), as a user runs them.
#include "support/TestSupport.h"

#include "io/ComplaintFileConverter.h"
#include "io/TableReader.h"

#include <QFile>
#include <QHash>

using namespace as;
using namespace as::test;
using namespace Qt::Literals::StringLiterals;

namespace {
qint64 rows(const QString &db, const QString &sql)
{
    OpenOptions o;
    o.location = db;
    auto d = Database::open(o);
    if (!d)
        return -1;
    return (*d)->scalar(sql).value().toLongLong();
}

QHash<QString, QString> column(const QString &file, const QString &key, const QString &value)
{
    QHash<QString, QString> out;
    auto r = TableReader::open(file);
    EXPECT_TRUE(r.ok());
    if (!r)
        return out;
    TableRow row;
    int k = -1, v = -1;
    while (true) {
        auto more = (*r)->next(row);
        if (!more || !*more)
            break;
        if (k < 0) {
            k = int(row.cells.indexOf(key));
            v = int(row.cells.indexOf(value));
            continue;
        }
        out.insert(row.cells.value(k), row.cells.value(v));
    }
    return out;
}
} // namespace

TEST(CliComplaints, ImportExportTheChineseFile)
{
    AS_REQUIRE_SHARED_DATA(u"car_complaints_12365auto_zh.csv"_s);
    QTemporaryDir dir;
    const QString db = dir.filePath(u"a.db"_s);
    const QString file = dir.filePath(u"complaints.csv"_s);
    ASSERT_TRUE(ComplaintFileConverter::convert(sharedData(u"car_complaints_12365auto_zh.csv"_s), file).ok());
    auto r = runCli({u"--db"_s, db, u"import"_s, u"complaints"_s, file});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_TRUE(r.out.contains(u"1200 complaints"_s)) << qPrintable(r.out);
    EXPECT_EQ(rows(db, u"SELECT count(*) FROM complaints"_s), 1200);

    const QString csv = dir.filePath(u"out.csv"_s), xlsx = dir.filePath(u"out.xlsx"_s);
    auto e = runCli({u"--db"_s, db, u"export"_s, u"complaints"_s, u"--format"_s, u"csv"_s, u"--out"_s, csv});
    ASSERT_EQ(e.exitCode, 0) << qPrintable(e.err);
    auto x = runCli({u"--db"_s, db, u"export"_s, u"complaints"_s, u"--format"_s, u"xlsx"_s, u"--out"_s, xlsx});
    ASSERT_EQ(x.exitCode, 0) << qPrintable(x.err);
    const auto original = column(sharedData(u"car_complaints_12365auto_zh.csv"_s), u"id"_s, u"desc"_s);
    for (const QString &out : {csv, xlsx}) {
        const auto exported = column(out, u"number"_s, u"content"_s);
        ASSERT_EQ(exported.size(), 1200) << qPrintable(out);
        for (auto it = original.cbegin(); it != original.cend(); ++it)
            ASSERT_EQ(exported.value(u"12365-"_s + it.key()), it.value()) << qPrintable(it.key());
    }
    // --from/--to on the reception date: 2021-01-30 only.
    const QString day = dir.filePath(u"day.csv"_s);
    auto d = runCli({u"--db"_s, db, u"export"_s, u"complaints"_s, u"--format"_s, u"csv"_s, u"--out"_s, day, u"--from"_s,
                     u"2021-01-30"_s, u"--to"_s, u"2021-01-30"_s});
    ASSERT_EQ(d.exitCode, 0) << qPrintable(d.err);
    const qint64 expected = rows(db, u"SELECT count(*) FROM complaints WHERE received_at LIKE '2021-01-30%'"_s);
    EXPECT_GT(expected, 0);
    EXPECT_EQ(column(day, u"number"_s, u"content"_s).size(), expected);

    // The handling sheet of one complaint as PDF (an extension of cli.md).
    const QString pdf = dir.filePath(u"sheet.pdf"_s);
    auto p = runCli({u"--db"_s, db, u"print"_s, u"complaint"_s, u"12365-568936"_s, u"--out"_s, pdf});
    ASSERT_EQ(p.exitCode, 0) << qPrintable(p.err);
    QFile sheet(pdf);
    ASSERT_TRUE(sheet.open(QIODevice::ReadOnly));
    EXPECT_TRUE(sheet.read(5).startsWith("%PDF")) << "a PDF file";
    EXPECT_GT(sheet.size(), 2000);
    auto missing = runCli({u"--db"_s, db, u"print"_s, u"complaint"_s, u"CP-209901-00001"_s, u"--out"_s, pdf});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(u"CP-209901-00001"_s)) << qPrintable(missing.err);

    // The export imports again into a new database (its columns include the import format's).
    const QString db2 = dir.filePath(u"b.db"_s);
    auto again = runCli({u"--db"_s, db2, u"import"_s, u"complaints"_s, xlsx});
    ASSERT_EQ(again.exitCode, 0) << qPrintable(again.err);
    EXPECT_EQ(rows(db2, u"SELECT count(*) FROM complaints"_s), 1200);
}

TEST(CliComplaints, BadRowsExitOneAndWriteNothing)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"a.db"_s);
    const QString file = dir.filePath(u"bad.csv"_s);
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("received_at,customer_name,category,content\n2026-11-20 10:00,张伟,quality,空调漏水\n"
                           "2026-13-40,李娜,weather,\n").toUtf8());
    f.close();
    auto r = runCli({u"--db"_s, db, u"import"_s, u"complaints"_s, file});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(u":3:received_at:"_s)) << qPrintable(r.err);
    EXPECT_TRUE(r.err.contains(u":3:category:"_s)) << qPrintable(r.err);
    EXPECT_TRUE(r.err.contains(u":3:content:"_s)) << qPrintable(r.err);
    EXPECT_EQ(rows(db, u"SELECT count(*) FROM complaints"_s), 0);
}
