// The printed work order: what the PDF says (pdftotext), that its barcodes decode (zbarimg),
// embedded CJK fonts, both papers, batches, long texts, and the form resources.
#include "print/PrintSupport.h"
#include "support/WorkOrderSeed.h"

#include "Barcodes.h"
#include "FormTemplate.h"
#include "PdfToUnicode.h"
#include "WorkOrderDocument.h"
#include "WorkOrderRenderer.h"
#include "services/WorkOrderData.h"

#include <QFile>

using namespace as;
using namespace as::test;
using namespace Qt::Literals::StringLiterals;

namespace {

struct PrintFixture : ::testing::Test {
    TempDb t;
    FixedClock clock{testNow()};
    Services s{t.db(), clock};
    SeededOrder seeded;

    void SetUp() override { seeded = seedWorkOrder(s); ASSERT_FALSE(seeded.number.isEmpty()); }

    WorkOrderData load(const QString &number)
    {
        auto d = WorkOrderSource(s).byNumber(number);
        EXPECT_TRUE(d.ok()) << qPrintable(d.ok() ? QString() : d.error().message);
        return d.valueOr({});
    }
    QString write(const QList<WorkOrderData> &orders, print::Paper paper, const QString &name = u"wo.pdf"_s,
                  const QString &language = u"en"_s)
    {
        const QString path = t.dir() + u'/' + name;
        const auto st = print::WorkOrderDocument::writePdf(path, orders, paper, language);
        EXPECT_TRUE(st.ok()) << qPrintable(st.ok() ? QString() : st.error().message);
        return path;
    }
};

} // namespace

TEST_F(PrintFixture, DataHoldsWhatTheFormPrints)
{
    const WorkOrderData d = load(seeded.number);
    EXPECT_EQ(d.order.customerName, u"张伟"_s);
    ASSERT_TRUE(d.product.has_value());
    EXPECT_EQ(d.product->model, u"KFR-35GW"_s);
    EXPECT_EQ(d.technicianName, u"李强"_s);
    EXPECT_EQ(d.company.name, u"华信家电售后服务中心"_s);
    EXPECT_EQ(d.company.phone, u"400-800-1234"_s);
    ASSERT_EQ(d.parts.size(), 1);
    EXPECT_EQ(d.parts.first().code, u"CAP-35UF"_s);
    EXPECT_EQ(d.parts.first().qty, 2);
    EXPECT_EQ(d.order.totalFen(), 20000);
    EXPECT_FALSE(WorkOrderSource(s).byNumber(u"WO-209901-99999"_s).ok());
}

TEST_F(PrintFixture, A4PdfHasNumberChineseNameSignaturesAndEmbeddedCjkFont)
{
    const QString pdf = write({load(seeded.number)}, print::Paper::A4);
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(seeded.number)) << qPrintable(text);
    EXPECT_TRUE(text.contains(u"张伟"_s));
    EXPECT_TRUE(text.contains(u"华信家电售后服务中心"_s));
    EXPECT_TRUE(text.contains(u"空调不制冷"_s));
    EXPECT_TRUE(text.contains(u"压缩机启动电容损坏"_s));
    EXPECT_TRUE(text.contains(u"CAP-35UF"_s));
    EXPECT_TRUE(text.contains(u"¥80.00"_s)) << "labour";
    EXPECT_TRUE(text.contains(u"¥200.00"_s)) << "total";
    EXPECT_TRUE(text.contains(u"2026-11-24 09:00–11:00"_s)) << "appointment in site time";
    EXPECT_TRUE(text.contains(u"李强"_s));
    EXPECT_TRUE(text.contains(u"Technician"_s));
    EXPECT_TRUE(text.contains(u"Customer acceptance"_s));
    EXPECT_EQ(text.count(u"Signature:"_s), 2);
    EXPECT_EQ(text.count(u"Date:"_s), 2);
    EXPECT_TRUE(text.simplified().contains(u"I confirm that the service described above has been completed"_s));
    EXPECT_TRUE(pdfInfo(pdf).contains(u"(A4)"_s)) << qPrintable(pdfInfo(pdf));
    const QString fonts = pdfFonts(pdf);
    QString cjkLine;
    for (const QString &line : fonts.split(u'\n'))
        if (line.contains(u"NotoSansCJK"_s))
            cjkLine = line;
    ASSERT_FALSE(cjkLine.isEmpty()) << qPrintable(fonts);
    EXPECT_TRUE(cjkLine.contains(u" yes "_s)) << "embedded: " << qPrintable(cjkLine);
}

TEST_F(PrintFixture, CopiedTextHasIdeographsNotKangxiRadicals)
{
    // 一 and 户 share their glyphs with the radicals ⼀ and ⼾ in Noto CJK; the PDF must map them back right.
    const QString text = pdfText(write({load(seeded.number)}, print::Paper::A4));
    EXPECT_TRUE(text.contains(u"五一路"_s)) << qPrintable(text);
    EXPECT_TRUE(text.contains(u"体育西路一号"_s));
    EXPECT_TRUE(text.contains(u"客户"_s) || !text.contains(u"客⼾"_s));
    for (const QChar c : text)
        EXPECT_FALSE(c.unicode() >= 0x2F00 && c.unicode() <= 0x2FDF) << "Kangxi radical U+" << std::hex << c.unicode();
}

TEST_F(PrintFixture, QrCodeAndCode128DecodeToTheOrderNumber)
{
    for (print::Paper paper : {print::Paper::A4, print::Paper::A5}) {
        const QString pdf = write({load(seeded.number)}, paper, u"codes-%1.pdf"_s.arg(print::paperName(paper)));
        const QStringList codes = pdfBarcodes(pdf);
        EXPECT_TRUE(codes.contains(u"QR-Code:"_s + seeded.number)) << qPrintable(codes.join(u", "_s));
        EXPECT_TRUE(codes.contains(u"CODE-128:"_s + seeded.number)) << qPrintable(codes.join(u", "_s));
    }
}

TEST_F(PrintFixture, A5IsA5AndStillCarriesEverything)
{
    const QString pdf = write({load(seeded.number)}, print::Paper::A5, u"a5.pdf"_s);
    EXPECT_TRUE(pdfInfo(pdf).contains(u"(A5)"_s)) << qPrintable(pdfInfo(pdf));
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(seeded.number));
    EXPECT_TRUE(text.contains(u"张伟"_s));
    EXPECT_EQ(text.count(u"Signature:"_s), 2);
}

TEST_F(PrintFixture, BatchPrintsOneTechniciansDayOnePageEach)
{
    const SeededOrder second = seedWorkOrder(s, u"刘洋"_s, u"洗衣机不排水"_s);
    auto ids = WorkOrderSource(s).technicianDay(seeded.technicianId, seeded.day);
    AS_ASSERT_OK(ids);
    ASSERT_EQ(ids->size(), 2);
    EXPECT_TRUE(WorkOrderSource(s).technicianDay(seeded.technicianId, seeded.day.addDays(1))->isEmpty());
    QList<WorkOrderData> orders;
    for (qint64 id : *ids)
        orders << *WorkOrderSource(s).byId(id);
    const QString pdf = write(orders, print::Paper::A4, u"day.pdf"_s);
    EXPECT_TRUE(pdfInfo(pdf).contains(QRegularExpression(u"Pages:\\s+2\\b"_s))) << qPrintable(pdfInfo(pdf));
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(seeded.number));
    EXPECT_TRUE(text.contains(second.number));
    EXPECT_TRUE(text.contains(u"刘洋"_s));
}

TEST_F(PrintFixture, OverlongTextsStayInsideTheirBoxes)
{
    QString longSymptom;
    for (int i = 0; i < 60; ++i)
        longSymptom += u"室外机运行时有很大的异响并且漏水，"_s;
    const SeededOrder o = seedWorkOrder(s, u"欧阳娜娜"_s, longSymptom);
    const QString pdf = write({load(o.number)}, print::Paper::A5, u"long.pdf"_s);
    EXPECT_TRUE(pdfInfo(pdf).contains(QRegularExpression(u"Pages:\\s+1\\b"_s)));
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(u"…"_s)) << "the symptom is cut with an ellipsis";
    EXPECT_EQ(text.count(u"Signature:"_s), 2) << "the signature boxes are still there";
}

TEST_F(PrintFixture, UnwritableFileIsAnErrorAndNothingIsLeftBehind)
{
    const QString path = t.dir() + u"/missing-folder/wo.pdf"_s;
    const auto st = print::WorkOrderDocument::writePdf(path, {load(seeded.number)}, print::Paper::A4);
    ASSERT_FALSE(st.ok());
    EXPECT_TRUE(st.error().message.contains(u"missing-folder"_s)) << qPrintable(st.error().message);
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_FALSE(print::WorkOrderDocument::writePdf(t.dir() + u"/none.pdf"_s, {}, print::Paper::A4).ok());
}

TEST_F(PrintFixture, LogoFromSettingIsDrawnAndAMissingOneIsAWarning)
{
    const QString logo = t.dir() + u"/logo.png"_s;
    QImage img(64, 64, QImage::Format_RGB32);
    img.fill(Qt::red);
    ASSERT_TRUE(img.save(logo));
    AS_ASSERT_OK(s.settings.setValue(Actor::admin(), u"company.logo"_s, logo));
    WorkOrderData d = load(seeded.number);
    EXPECT_FALSE(d.company.logo.isEmpty());
    EXPECT_TRUE(d.warnings.isEmpty());
    const QString pdf = write({d}, print::Paper::A4, u"logo.pdf"_s);
    EXPECT_TRUE(runProgram(u"pdfimages"_s, {u"-list"_s, pdf}).out.contains(u"image"_s));

    AS_ASSERT_OK(s.settings.setValue(Actor::admin(), u"company.logo"_s, t.dir() + u"/gone.png"_s));
    d = load(seeded.number);
    EXPECT_TRUE(d.company.logo.isEmpty());
    ASSERT_EQ(d.warnings.size(), 1);
    EXPECT_TRUE(d.warnings.first().contains(u"company.logo"_s));
}

TEST(PrintForm, TemplateLoadsBothPapersAndEverySection)
{
    const auto &form = print::FormTemplate::workOrder();
    AS_ASSERT_OK(form);
    EXPECT_TRUE(form->papers.contains(print::Paper::A4));
    EXPECT_TRUE(form->papers.contains(print::Paper::A5));
    EXPECT_DOUBLE_EQ(form->papers.value(print::Paper::A5).size.width(), 148);
    QStringList types;
    for (const auto &sec : form->sections)
        types << sec.type;
    for (const QString &want : {u"header"_s, u"fields"_s, u"parts"_s, u"charges"_s, u"terms"_s, u"signatures"_s})
        EXPECT_TRUE(types.contains(want)) << qPrintable(want);
    EXPECT_TRUE(form->fontFamilies(u"zh_TW"_s).join(u","_s).contains(u"TC"_s));
    EXPECT_EQ(print::paperFromName(u"a5"_s), print::Paper::A5);
    EXPECT_FALSE(print::paperFromName(u"Letter"_s).has_value());
    EXPECT_FALSE(print::FormTemplate::load(u":/forms/nonexistent.json"_s).ok());
}

TEST(PrintForm, BarcodesEncode)
{
    auto qr = print::Barcodes::qr(u"WO-202611-00042"_s);
    AS_ASSERT_OK(qr);
    EXPECT_EQ(qr->width, qr->rows);
    EXPECT_GE(qr->width, 21);
    EXPECT_TRUE(qr->at(0, 0)) << "finder pattern corner";
    auto bars = print::Barcodes::code128(u"WO-202611-00042"_s);
    AS_ASSERT_OK(bars);
    EXPECT_EQ(bars->rows, 1);
    EXPECT_GT(bars->width, 100);
    EXPECT_TRUE(bars->at(0, 0)) << "start character begins with a bar";
    EXPECT_FALSE(print::Barcodes::code128(u"工单"_s).ok()) << "Code 128 has no Chinese characters";
    EXPECT_FALSE(print::Barcodes::code128(QString()).ok());
}

TEST(PrintForm, ToUnicodeRepairOnlyTouchesDestinations)
{
    const QByteArray pdf = "1 0 obj\n<< /Length 99 >>\nstream\n3 beginbfrange\n<0000> <0000> <0000>\n"
                           "<2F00> <2F00> <2F00>\n<0003> <0005> [<0043> <2F3E> <6237> ]\nendbfrange\nendstream\n";
    QHash<char16_t, char16_t> map{{0x2F00, 0x4E00}, {0x2F3E, 0x6237}};
    int changed = 0;
    const QByteArray fixed = print::PdfToUnicode::repair(pdf, map, &changed);
    EXPECT_EQ(changed, 2);
    EXPECT_EQ(fixed.size(), pdf.size());
    EXPECT_TRUE(fixed.contains("<2F00> <2F00> <4E00>")) << fixed.constData();
    EXPECT_TRUE(fixed.contains("[<0043> <6237> <6237> ]")) << fixed.constData();
    // The radical map comes from the font itself: 一 draws like ⼀.
    const auto fontMap = print::PdfToUnicode::radicalMap({u"Noto Sans CJK SC"_s});
    EXPECT_EQ(fontMap.value(0x2F00), char16_t(0x4E00));
}
