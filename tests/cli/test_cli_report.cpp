// aftersales-cli report: the CSV of cli.md with the hand-worked figures of the KPI fixture,
// the XLSX read back with python3-openpyxl, the PDF read back with pdftotext; usage errors.
#include "support/KpiFixture.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>

using namespace as;
using namespace as::test;
using namespace Qt::Literals::StringLiterals;

namespace {

struct CliReport : ::testing::Test {
    std::unique_ptr<TempDb> t;
    QString db;

    void SetUp() override
    {
        t = std::make_unique<TempDb>(u"report.db"_s, SqliteMode::Local);
        buildKpiFixture(t->db());
        kpiExec(t->db(), u"INSERT INTO settings (key, value, created_at, updated_at) VALUES ('site.timezone', 'Asia/Shanghai', ?, ?), "
                         "('company.name', '华东售后服务中心', ?, ?)"_s,
                {u"2026-01-01T00:00:00Z"_s, u"2026-01-01T00:00:00Z"_s, u"2026-01-01T00:00:00Z"_s, u"2026-01-01T00:00:00Z"_s});
        db = t->path();
        t->close();
    }
    ProcessResult report(const QStringList &args) { return runCli(QStringList{u"--db"_s, db, u"report"_s} + args); }
    QString file(const QString &name) const { return t->dir() + u"/"_s + name; }
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST_F(CliReport, CsvKpiTableAsInCliMd)
{
    if (usingPostgres())
        GTEST_SKIP() << "CLI on a SQLite file";
    auto r = report({u"--month"_s, u"2026-11"_s, u"--format"_s, u"csv"_s, u"--out"_s, file(u"nov.csv"_s)});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    const QByteArray bytes = readAll(file(u"nov.csv"_s));
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s);
    const QStringList expected{
        u"kpi,value,target,met"_s,
        u"response_within_sla,0.6667,0.9800,no"_s,       // 6 / 9
        u"on_time_completion,0.3333,0.9800,no"_s,        // 2 / 6
        u"first_time_fix,0.6667,0.9500,no"_s,            // 2 / 3
        u"repeat_repair,0.3333,0.0300,no"_s,             // 1 / 3
        u"complaint_rate,0.3333,0.0300,no"_s,            // 1 / 3
        u"satisfaction,0.5000,0.9800,no"_s,              // 1 / 2
        u"followup_coverage,1.0000,1.0000,yes"_s,        // 2 / 2
        u"parts_fill_rate,0.3333,0.9800,no"_s,           // 1 / 3
        u"inventory_turnover,0.3529,,"_s,                // 30 / 85
        u"mean_time_to_resolve_hours,9.33,,"_s,          // 28 h / 3
        u"backlog,5,,"_s,
        QString(),
        u"backlog_age,orders"_s,
        u"0-1,1"_s,
    };
    ASSERT_GE(lines.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i)
        EXPECT_EQ(lines.at(i), expected.at(i)) << "line " << i + 1;
    EXPECT_TRUE(lines.contains(u"model,faults,share,cumulative_share"_s));
    EXPECT_TRUE(lines.contains(u"X-100,3,0.6000,0.6000"_s));
    EXPECT_TRUE(lines.contains(u"Tech A,2,0.6667,0.5000,0.5000,0,3,2,2"_s));
    // An empty month: rates empty, backlog 0.
    auto e = report({u"--from"_s, u"2026-06-01"_s, u"--to"_s, u"2026-06-30"_s, u"--format"_s, u"csv"_s, u"--out"_s, file(u"june.csv"_s)});
    ASSERT_EQ(e.exitCode, 0) << qPrintable(e.err);
    const QStringList june = QString::fromUtf8(readAll(file(u"june.csv"_s)).mid(3)).split(u"\r\n"_s);
    EXPECT_EQ(june.value(1), u"response_within_sla,,0.9800,"_s);
    EXPECT_EQ(june.value(11), u"backlog,0,,"_s);
}

TEST_F(CliReport, XlsxReadBackWithOpenpyxl)
{
    if (!QFile::exists(u"/usr/bin/python3"_s))
        GTEST_SKIP() << "python3 not installed";
    auto r = report({u"--month"_s, u"2026-11"_s, u"--format"_s, u"xlsx"_s, u"--out"_s, file(u"nov.xlsx"_s)});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    const QString script = uR"(
import sys, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
names = wb.sheetnames
for s in ['report', 'kpis', 'technicians', 'faults', 'weeks', 'backlog', 'parts_summary', 'trends']:
    assert s in names, names
cover = wb['report']
assert cover['B3'].value == '华东售后服务中心', cover['B3'].value
assert isinstance(cover['B8'].value, datetime.datetime), cover['B8'].value
k = wb['kpis']
assert k['A3'].value == 'KPI', k['A3'].value
row = [c.value for c in k[4]]
assert row[0] == 'Response within SLA', row
assert abs(row[1] - 6/9) < 1e-9, row
assert '%' in k['B4'].number_format, k['B4'].number_format
assert abs(k['B13'].value - 28/3) < 1e-9 and '%' not in k['B13'].number_format
assert k.column_dimensions['A'].width >= 20
w = wb['weeks']
assert isinstance(w['A4'].value, datetime.datetime), w['A4'].value
assert w['A4'].value.date() == datetime.date(2026, 11, 1)
f = wb['faults']
assert f['A4'].value == 'X-100' and f['B4'].value == 3
print('ok')
)"_s;
    auto py = runProgram(u"/usr/bin/python3"_s, {u"-c"_s, script, file(u"nov.xlsx"_s)});
    ASSERT_EQ(py.exitCode, 0) << qPrintable(py.err);
    EXPECT_EQ(py.out.trimmed(), u"ok"_s);
    EXPECT_EQ(QDir(t->dir()).entryList(QDir::Files | QDir::Hidden).filter(u".part"_s).size(), 0);
}

TEST_F(CliReport, PdfReadBackWithPdftotext)
{
    auto r = runCli({u"--db"_s, db, u"report"_s, u"--month"_s, u"2026-11"_s, u"--format"_s, u"pdf"_s, u"--out"_s, file(u"nov.pdf"_s),
                     u"--notes"_s, u"本月返修偏高，请关注。"_s},
                    {}, {u"AFTERSALES_LANG=en"_s});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    const QString text = runProgram(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, file(u"nov.pdf"_s), u"-"_s}).out;
    for (const QString &s : {u"After-sales monthly report"_s, u"华东售后服务中心"_s, u"2026-11"_s, u"Response within SLA"_s, u"66.7 %"_s,
                             u"本月返修偏高，请关注。"_s, u"Tech A"_s, u"X-100"_s, u"Faults by product model"_s, u"12-month trends"_s})
        EXPECT_TRUE(text.contains(s)) << qPrintable(s);
    const QString fonts = runProgram(u"pdffonts"_s, {file(u"nov.pdf"_s)}).out;
    EXPECT_TRUE(fonts.contains(u"CJK"_s)) << qPrintable(fonts);
    const QStringList fontLines = fonts.split(u'\n', Qt::SkipEmptyParts).mid(2);
    ASSERT_FALSE(fontLines.isEmpty());
    for (const QString &l : fontLines) {
        const QStringList cols = l.split(u' ', Qt::SkipEmptyParts);
        EXPECT_EQ(cols.value(cols.size() - 5), u"yes"_s) << "font not embedded: " << qPrintable(l);
    }
}

TEST_F(CliReport, UsageErrors)
{
    EXPECT_EQ(report({u"--month"_s, u"2026-13"_s, u"--format"_s, u"csv"_s, u"--out"_s, file(u"x.csv"_s)}).exitCode, 2);
    EXPECT_EQ(report({u"--month"_s, u"2026-11"_s, u"--format"_s, u"doc"_s, u"--out"_s, file(u"x.doc"_s)}).exitCode, 2);
    EXPECT_EQ(report({u"--month"_s, u"2026-11"_s, u"--from"_s, u"2026-11-01"_s, u"--format"_s, u"csv"_s, u"--out"_s, file(u"x.csv"_s)}).exitCode, 2);
    EXPECT_EQ(report({u"--from"_s, u"2026-11-30"_s, u"--to"_s, u"2026-11-01"_s, u"--format"_s, u"csv"_s, u"--out"_s, file(u"x.csv"_s)}).exitCode, 2);
    auto missing = report({u"--month"_s, u"2026-11"_s, u"--format"_s, u"csv"_s, u"--out"_s, file(u"no/such/x.csv"_s)});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(u"no/such"_s)) << qPrintable(missing.err);
    EXPECT_FALSE(QFile::exists(file(u"x.csv"_s)));
}

TEST_F(CliReport, ALateComplaintShowsInTheNextReportOfAClosedMonth)
{
    if (usingPostgres())
        GTEST_SKIP() << "CLI on a SQLite file";
    auto rate = [&](const QString &name) {
        auto r = report({u"--month"_s, u"2026-11"_s, u"--format"_s, u"csv"_s, u"--out"_s, file(name)});
        EXPECT_EQ(r.exitCode, 0) << qPrintable(r.err);
        for (const QString &line : QString::fromUtf8(readAll(file(name)).mid(3)).split(u"\r\n"_s))
            if (line.startsWith(u"complaint_rate,"_s))
                return line.section(u',', 1, 1);
        return QString();
    };
    EXPECT_EQ(rate(u"a.csv"_s), u"0.3333"_s);   // 1 / 3
    t->reopen();
    // November 2026 (Shanghai) is closed once the clock is past it: its figures are then cached.
    const bool closed = QDateTime::currentDateTimeUtc() >= QDateTime(QDate(2026, 11, 30), QTime(16, 0), Qt::UTC);
    EXPECT_EQ(t->db().scalar(u"SELECT count(*) FROM kpi_month_cache WHERE figures IS NOT NULL"_s).value().toInt() > 0, closed);
    addComplaint(t->db(), 7, "2026-11-25T00:00:00Z", "attitude", "service");   // recorded late, by another PC
    t->close();
    EXPECT_EQ(rate(u"b.csv"_s), u"0.6667"_s);   // 2 / 3
}
