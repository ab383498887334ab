// The two real complaint files of ../shared/data: converted to the `complaints` import format,
// imported (all rows or none), exported again (CSV and XLSX) with the Chinese text unchanged,
// and searched for short Chinese terms (below the trigram length) and longer ones.
#include "support/TestSupport.h"

#include "io/ComplaintFileConverter.h"
#include "io/Exporter.h"
#include "io/ImportKind.h"
#include "io/Importer.h"
#include "io/TableReader.h"
#include "services/ComplaintQueries.h"
#include "services/ComplaintService.h"
#include "services/SettingsRepository.h"
#include "storage/Dialect.h"

#include <QFile>
#include <QHash>
#include <QSet>

using namespace as;
using namespace as::test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QTimeZone kShanghai("Asia/Shanghai");

// Every row of a file: header -> cell.
QList<QHash<QString, QString>> readAll(const QString &path)
{
    QList<QHash<QString, QString>> out;
    auto r = TableReader::open(path);
    EXPECT_TRUE(r.ok());
    if (!r)
        return out;
    TableRow row;
    QStringList header;
    while (true) {
        auto more = (*r)->next(row);
        EXPECT_TRUE(more.ok());
        if (!more || !*more)
            break;
        if (header.isEmpty()) {
            header = row.cells;
            continue;
        }
        QHash<QString, QString> h;
        for (int i = 0; i < header.size(); ++i)
            h.insert(header.at(i), row.cells.value(i));
        out << h;
    }
    return out;
}

struct ComplaintFiles : ::testing::Test {
    TempDb t;
    FixedClock clock{testNow()};
    ImportContext ctx{t.db(), clock, Actor::admin(), kShanghai};

    void SetUp() override
    {
        SettingsRepository settings(t.db(), clock);
        AS_ASSERT_OK(settings.setValue(Actor::admin(), u"site.timezone"_s, u"Asia/Shanghai"_s));
    }
    ImportReport import(const QString &file)
    {
        ImportOptions o;
        o.file = file;
        auto r = Importer::run(*importKind(u"complaints"_s), ctx, o);
        EXPECT_TRUE(r.ok()) << qPrintable(r.ok() ? QString() : r.error().message);
        return r.valueOr({});
    }
    QString convert(const QString &source, ComplaintFileConverter::Source expected, qint64 rows)
    {
        const QString out = t.dir() + u"/converted.csv"_s;
        auto s = ComplaintFileConverter::convert(sharedData(source), out);
        EXPECT_TRUE(s.ok()) << qPrintable(s.ok() ? QString() : s.error().message);
        if (s) {
            EXPECT_EQ(s->source, expected);
            EXPECT_EQ(s->rows, rows);
        }
        return out;
    }
    QSet<QString> search(const QString &text)
    {
        ComplaintQueries::Filter f;
        f.search = text;
        const ListQuery q = ComplaintQueries::list(t.db().dialect(), f, clock.nowUtc(), kShanghai);
        QSet<QString> numbers;
        QVariant lastSort, lastKey;
        while (true) {
            auto page = q.fetch(t.db(), 500, lastSort, lastKey);
            EXPECT_TRUE(page.ok()) << qPrintable(page.ok() ? QString() : page.error().message);
            if (!page)
                break;
            for (const auto &row : page->rows)
                numbers.insert(row.at(ComplaintQueries::Number).toString());
            if (page->atEnd || page->rows.isEmpty())
                break;
            lastSort = page->rows.last().at(ComplaintQueries::ColumnCount);
            lastKey = page->rows.last().at(ComplaintQueries::ColumnCount + 1);
        }
        return numbers;
    }
};

} // namespace

TEST_F(ComplaintFiles, ChineseCarComplaintsRoundTripAndSearch)
{
    AS_REQUIRE_SHARED_DATA(u"car_complaints_12365auto_zh.csv"_s);
    const QString file = convert(u"car_complaints_12365auto_zh.csv"_s, ComplaintFileConverter::Source::CarComplaints12365, 1200);
    const ImportReport rep = import(file);
    ASSERT_TRUE(rep.problems.isEmpty()) << qPrintable(Importer::formatProblem(file, rep.problems.value(0)));
    EXPECT_TRUE(rep.written);
    EXPECT_EQ(t.db().scalar(u"SELECT count(*) FROM complaints"_s)->toInt(), 1200);
    EXPECT_EQ(t.db().scalar(u"SELECT count(*) FROM complaints WHERE status = 'closed' AND satisfied = 1"_s)->toInt(), 133);   // 用户评分

    const auto original = readAll(sharedData(u"car_complaints_12365auto_zh.csv"_s));
    ASSERT_EQ(original.size(), 1200);
    int withTab = 0;
    for (const auto &o : original)
        withTab += o.value(u"desc"_s).endsWith(u'\t') ? 1 : 0;
    EXPECT_GT(withTab, 10) << "the file keeps trailing TABs: the round trip must keep them too";
    for (const auto format : {Exporter::Format::Csv, Exporter::Format::Xlsx}) {
        const QString out = t.dir() + (format == Exporter::Format::Csv ? u"/out.csv"_s : u"/out.xlsx"_s);
        ExportContext ec{t.db(), clock, Actor::admin(), kShanghai, {}, {}};
        auto n = Exporter::write(*exportKind(u"complaints"_s), ec, format, out);
        ASSERT_TRUE(n.ok()) << qPrintable(n.ok() ? QString() : n.error().message);
        EXPECT_EQ(*n, 1200);
        QHash<QString, QString> exported;
        for (const auto &row : readAll(out))
            exported.insert(row.value(u"number"_s), row.value(u"content"_s));
        ASSERT_EQ(exported.size(), 1200);
        int same = 0;
        for (const auto &o : original) {
            const QString number = u"12365-"_s + o.value(u"id"_s);
            EXPECT_EQ(exported.value(number), o.value(u"desc"_s)) << qPrintable(number);
            same += exported.value(number) == o.value(u"desc"_s) ? 1 : 0;
        }
        EXPECT_EQ(same, 1200);
    }

    // Search: every row whose text holds the term, nothing else; 2 characters are below the
    // trigram length (FTS5 finds nothing that short), 3+ use the trigram index.
    for (const QString &term : {u"异响"_s, u"漏油"_s, u"变速箱"_s, u"发动机异响"_s, u"大众"_s}) {
        QSet<QString> expected;
        for (const auto &o : original) {
            const QString model = QString(o.value(u"brand"_s).trimmed() + u' ' + o.value(u"car_model"_s).trimmed()).trimmed();
            if (o.value(u"desc"_s).contains(term) || model.contains(term))
                expected.insert(u"12365-"_s + o.value(u"id"_s));
        }
        EXPECT_FALSE(expected.isEmpty()) << qPrintable(term);
        EXPECT_EQ(search(term), expected) << qPrintable(term);
    }
}

TEST_F(ComplaintFiles, CfpbComplaintsImport)
{
    AS_REQUIRE_SHARED_DATA(u"cfpb_complaints_sample.csv"_s);
    const QString file = convert(u"cfpb_complaints_sample.csv"_s, ComplaintFileConverter::Source::Cfpb, 6623);
    const ImportReport rep = import(file);
    ASSERT_TRUE(rep.problems.isEmpty()) << qPrintable(Importer::formatProblem(file, rep.problems.value(0)));
    EXPECT_EQ(t.db().scalar(u"SELECT count(*) FROM complaints"_s)->toInt(), 6623);
    // Closed with explanation 5,557 + non-monetary relief 779 + monetary relief 211 + plain "Closed" 4.
    EXPECT_EQ(t.db().scalar(u"SELECT count(*) FROM complaints WHERE status = 'closed'"_s)->toInt(), 5557 + 779 + 211 + 4);
    EXPECT_EQ(t.db().scalar(u"SELECT count(*) FROM complaints WHERE remedy = 'compensation'"_s)->toInt(), 211);
    // Long narratives with line breaks are kept whole.
    const auto original = readAll(sharedData(u"cfpb_complaints_sample.csv"_s));
    int checked = 0;
    ComplaintService service(t.db(), clock);
    for (const auto &o : original) {
        const QString narrative = o.value(u"Consumer complaint narrative"_s);
        if (narrative.size() < 3000 || checked >= 20)
            continue;
        auto c = service.byNumber(u"CFPB-"_s + o.value(u"Complaint ID"_s));
        ASSERT_TRUE(c.ok());
        EXPECT_EQ(c->content, narrative);
        ++checked;
    }
    EXPECT_EQ(checked, 20);
    EXPECT_FALSE(search(u"foreclosure"_s).isEmpty());
}

TEST_F(ComplaintFiles, BadRowsAreNamedAndNothingIsWritten)
{
    const QString file = t.dir() + u"/bad.csv"_s;
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("投诉单号,投诉时间,客户名称,电话,投诉类别,严重程度,投诉内容,处理方式,赔偿金额,结案时间,客户是否满意\n"
                           "CP-202611-00007,2026-11-20 10:00,张伟,13800138000,服务态度,高,师傅迟到,赔偿,200,2026-11-21 10:00,是\n"
                           "CP-202611-00008,2026-11-20 11:00,李娜,13900139000,天气,高,,道歉,50,2026-11-19 10:00,也许\n")
                .toUtf8());
    f.close();
    ImportOptions o;
    o.file = file;
    auto r = Importer::run(*importKind(u"complaints"_s), ctx, o);
    ASSERT_TRUE(r.ok());
    QStringList where;
    for (const auto &p : r->problems)
        where << QString::number(p.row) + u':' + p.column;
    EXPECT_TRUE(where.contains(u"3:投诉类别"_s)) << qPrintable(where.join(u' '));
    EXPECT_TRUE(where.contains(u"3:投诉内容"_s)) << qPrintable(where.join(u' '));
    EXPECT_TRUE(where.contains(u"3:赔偿金额"_s)) << qPrintable(where.join(u' '));
    EXPECT_TRUE(where.contains(u"3:结案时间"_s)) << qPrintable(where.join(u' '));
    EXPECT_TRUE(where.contains(u"3:客户是否满意"_s)) << qPrintable(where.join(u' '));
    EXPECT_FALSE(r->written);
    EXPECT_EQ(t.db().scalar(u"SELECT count(*) FROM complaints"_s)->toInt(), 0);
    EXPECT_EQ(t.db().scalar(u"SELECT count(*) FROM customers"_s)->toInt(), 0);

    // The good row alone goes in; its number moves the month's sequence on.
    QFile g(file);
    ASSERT_TRUE(g.open(QIODevice::WriteOnly));
    g.write(QStringLiteral("投诉单号,投诉时间,客户名称,电话,投诉类别,严重程度,投诉内容,处理方式,赔偿金额,结案时间,客户是否满意\n"
                           "CP-202611-00007,2026-11-20 10:00,张伟,13800138000,服务态度,高,师傅迟到,赔偿,200,2026-11-21 10:00,是\n")
                .toUtf8());
    g.close();
    auto ok = Importer::run(*importKind(u"complaints"_s), ctx, o);
    ASSERT_TRUE(ok.ok());
    ASSERT_TRUE(ok->problems.isEmpty()) << qPrintable(Importer::formatProblem(file, ok->problems.value(0)));
    ComplaintService service(t.db(), clock);
    auto c = service.byNumber(u"CP-202611-00007"_s);
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(c->category, ComplaintCategory::Attitude);
    EXPECT_EQ(c->severity, ComplaintSeverity::High);
    EXPECT_EQ(c->remedy, Remedy::Compensation);
    EXPECT_EQ(c->compensationFen, 20000);
    EXPECT_EQ(c->status, ComplaintStatus::Closed);
    EXPECT_EQ(c->satisfied, true);
    EXPECT_GT(c->customerId, 0);
    // A second import of the same number is refused.
    auto again = Importer::run(*importKind(u"complaints"_s), ctx, o);
    ASSERT_TRUE(again.ok());
    ASSERT_EQ(again->problems.size(), 1);
    EXPECT_EQ(again->problems.first().column, u"投诉单号"_s);
}
