// print work-order NUMBER --out FILE.pdf [--paper A4|A5]: the PDF, and one-line errors with the
// exit codes of cli.md (2 usage, 1 other failures), nothing written on failure.
#include "support/TestSupport.h"
#include "support/WorkOrderSeed.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace as;
using namespace as::test;
using namespace Qt::Literals::StringLiterals;

namespace {

struct CliPrint : ::testing::Test {
    TempDb t;
    QString number;

    void SetUp() override
    {
        AS_SQLITE_ONLY();
        FixedClock clock{testNow()};
        Services s{t.db(), clock};
        number = seedWorkOrder(s).number;
        ASSERT_FALSE(number.isEmpty());
        t.close();
    }
    QString out(const QString &name) const { return t.dir() + u'/' + name; }
    ProcessResult print(const QStringList &args, const QStringList &env = {})
    {
        return runCli(QStringList{u"--db"_s, t.path(), u"print"_s} + args, {}, env);
    }
};

QString text(const QString &pdf, bool layout = true)
{
    QStringList args{u"-enc"_s, u"UTF-8"_s};
    if (layout)
        args << u"-layout"_s;
    return runProgram(u"pdftotext"_s, args << pdf << u"-"_s).out;
}

// The command's own stderr lines (Qt's note about an unset XDG_RUNTIME_DIR, printed when a test runs
// outside test.sh, is not the command's).
int errorLines(const QString &err)
{
    int n = 0;
    for (const QString &line : err.split(u'\n', Qt::SkipEmptyParts))
        n += line.startsWith(u"QStandardPaths:"_s) ? 0 : 1;
    return n;
}

} // namespace

TEST_F(CliPrint, WritesTheWorkOrderPdf)
{
    const auto r = print({u"work-order"_s, number, u"--out"_s, out(u"wo.pdf"_s)});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_TRUE(r.out.contains(number));
    const QString pdfText = text(out(u"wo.pdf"_s));
    EXPECT_TRUE(pdfText.contains(number)) << qPrintable(pdfText);
    EXPECT_TRUE(pdfText.contains(u"张伟"_s));
    EXPECT_EQ(pdfText.count(u"Signature:"_s), 2);
    EXPECT_TRUE(runProgram(u"pdfinfo"_s, {out(u"wo.pdf"_s)}).out.contains(u"(A4)"_s));
    const QStringList failedTempFiles = QDir(t.dir()).entryList({u"wo.pdf.*"_s});
    EXPECT_TRUE(failedTempFiles.isEmpty()) << "QSaveFile leaves no temporary file";
}

TEST_F(CliPrint, A5AndALowerCaseNumber)
{
    const auto r = print({u"work-order"_s, number.toLower(), u"--out"_s, out(u"a5.pdf"_s), u"--paper"_s, u"a5"_s});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_TRUE(runProgram(u"pdfinfo"_s, {out(u"a5.pdf"_s)}).out.contains(u"(A5)"_s));
}

TEST_F(CliPrint, ChineseLanguageStillEmbedsTheCjkFont)
{
    const auto r = print({u"work-order"_s, number, u"--out"_s, out(u"zh.pdf"_s)}, {u"AFTERSALES_LANG=zh_CN"_s});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    const QString fonts = runProgram(u"pdffonts"_s, {out(u"zh.pdf"_s)}).out;
    EXPECT_TRUE(fonts.contains(QRegularExpression(u"NotoSansCJK\\S*\\s+CID TrueType\\s+Identity-H\\s+yes"_s))) << qPrintable(fonts);
    EXPECT_TRUE(text(out(u"zh.pdf"_s)).contains(u"张伟"_s));
}

TEST_F(CliPrint, UnknownNumberFailsWithOneLineAndWritesNothing)
{
    const auto r = print({u"work-order"_s, u"WO-209912-99999"_s, u"--out"_s, out(u"none.pdf"_s)});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(u"WO-209912-99999"_s)) << qPrintable(r.err);
    EXPECT_EQ(errorLines(r.err), 1) << qPrintable(r.err);
    EXPECT_FALSE(QFile::exists(out(u"none.pdf"_s)));
}

TEST_F(CliPrint, BadPaperAndMissingOutAreUsageErrors)
{
    auto r = print({u"work-order"_s, number, u"--out"_s, out(u"x.pdf"_s), u"--paper"_s, u"Letter"_s});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(u"Letter"_s) && r.err.contains(u"A5"_s)) << qPrintable(r.err);
    EXPECT_FALSE(QFile::exists(out(u"x.pdf"_s)));
    r = print({u"work-order"_s, number});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(u"--out"_s)) << qPrintable(r.err);
    r = print({u"invoice"_s, number, u"--out"_s, out(u"x.pdf"_s)});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(u"invoice"_s)) << qPrintable(r.err);
}

TEST_F(CliPrint, UnwritablePathIsAnErrorNamingIt)
{
    const QString target = t.dir() + u"/no/such/folder/wo.pdf"_s;
    const auto r = print({u"work-order"_s, number, u"--out"_s, target});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(u"no/such/folder/wo.pdf"_s)) << qPrintable(r.err);
    EXPECT_EQ(errorLines(r.err), 1) << qPrintable(r.err);
}

TEST_F(CliPrint, ReplacesAnExistingFileWhole)
{
    QFile old(out(u"wo.pdf"_s));
    ASSERT_TRUE(old.open(QIODevice::WriteOnly));
    old.write("old contents");
    old.close();
    ASSERT_EQ(print({u"work-order"_s, number, u"--out"_s, out(u"wo.pdf"_s)}).exitCode, 0);
    QFile f(out(u"wo.pdf"_s));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.readAll().startsWith("%PDF"));
}
