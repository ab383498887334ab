// The import wizard driven as a user would: file, column mapping, check, import.
#include "support/TestSupport.h"

#include "import/ExportDialog.h"
#include "import/ImportPages.h"
#include "import/ImportWizard.h"
#include "services/Services.h"
#include "widgets/DateField.h"
#include "shell/MainWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTest>
#include <QProgressBar>
#include <QTimer>

using namespace as;
using namespace as::test;
using namespace Qt::Literals::StringLiterals;

namespace {

struct ImportUi : ::testing::Test {
    TempDb t;
    FixedClock clock{testNow()};
    Services services{t.db(), clock};

    void SetUp() override
    {
        // Own settings file: tests of other processes run in parallel and share the default one.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, t.dir());
        QSettings().remove(u"import"_s);
    }
    static void settle()
    {
        for (int i = 0; i < 10; ++i)
            QCoreApplication::processEvents();
    }
    // Screenshots for a human to look at: AFTERSALES_SCREENSHOTS=DIR
    static void shoot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("AFTERSALES_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        w->grab().save(dir + u"/dialog-import-"_s + name + u".png"_s);
    }
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = t.dir() + u'/' + name;
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }
    qint64 count(const QString &table) { return t.db().scalar(u"SELECT count(*) FROM "_s + table).value().toLongLong(); }
};

} // namespace

TEST_F(ImportUi, WizardImportsASmallCsv)
{
    const QString file = write(u"客户.csv"_s,
                               "客户名称,电话,备注,型号,序列号,购买日期\n"
                               "张伟,13800138000,老客户,KFR-35GW,SN-1,2025-03-01\n"
                               "王芳,010-62345678,,KFR-50LW,SN-2,2025/4/1\n");
    ImportWizard w(services, Actor::admin(), u"customers"_s);
    w.show();
    settle();
    EXPECT_EQ(w.kindCombo()->currentData().toString(), u"customers"_s);
    EXPECT_GE(w.kindCombo()->count(), 2) << "every registered kind is offered";
    w.fileEdit()->setText(file);
    shoot(&w, u"1-file"_s);
    w.next();
    settle();
    ASSERT_EQ(w.currentId(), ImportWizard::MappingPage);
    auto *name = w.findChild<QComboBox *>(u"map_name"_s);
    auto *phone = w.findChild<QComboBox *>(u"map_phone"_s);
    auto *email = w.findChild<QComboBox *>(u"map_email"_s);
    ASSERT_TRUE(name && phone && email);
    EXPECT_EQ(name->currentText(), u"客户名称"_s) << "auto-matched by the Chinese header";
    EXPECT_EQ(phone->currentText(), u"电话"_s);
    EXPECT_EQ(email->currentData().toInt(), -1);
    shoot(&w, u"2-mapping"_s);
    // The user maps the remarks column to address.
    auto *address = w.findChild<QComboBox *>(u"map_address"_s);
    address->setCurrentIndex(address->findText(u"备注"_s));
    w.next();
    settle();
    ASSERT_EQ(w.currentId(), ImportWizard::CheckPage);
    auto *check = qobject_cast<ImportCheckPage *>(w.currentPage());
    ASSERT_TRUE(check);
    EXPECT_TRUE(check->isComplete()) << qPrintable(w.findChild<QLabel *>(u"summary"_s)->text());
    ASSERT_EQ(check->preview()->rowCount(), 2);
    EXPECT_EQ(check->preview()->item(1, 1)->text(), u"01062345678"_s) << "preview shows the stored form";
    EXPECT_EQ(check->preview()->item(1, 7)->text(), u"2025-04-01"_s);
    EXPECT_EQ(count(u"customers"_s), 0) << "checking writes nothing";
    shoot(&w, u"3-check"_s);
    w.next();
    settle();
    ASSERT_EQ(w.currentId(), ImportWizard::RunPage);
    for (int i = 0; i < 100 && !w.currentPage()->isComplete(); ++i)
        QTest::qWait(20);
    ASSERT_TRUE(w.currentPage()->isComplete());
    shoot(&w, u"4-done"_s);
    EXPECT_TRUE(w.imported()) << qPrintable(w.findChild<QLabel *>(u"status"_s)->text());
    EXPECT_EQ(count(u"customers"_s), 2);
    EXPECT_EQ(t.db().scalar(u"SELECT address FROM customers WHERE name = '张伟'"_s).value().toString(), u"老客户"_s);
    // The mapping is remembered for the next import of this kind.
    EXPECT_EQ(QSettings().value(u"import/mapping/customers"_s).toMap().value(u"address"_s).toString(), u"备注"_s);
}

TEST_F(ImportUi, ProblemsAreListedAndImportIsBlocked)
{
    const QString file = write(u"bad.csv"_s, "name,phone,purchase_date,model\nA,123,2025-02-31,M\nB,13800138000,,M\n");
    ImportWizard w(services, Actor::admin(), u"customers"_s);
    w.show();
    w.fileEdit()->setText(file);
    w.next();
    settle();
    w.next();
    settle();
    auto *check = qobject_cast<ImportCheckPage *>(w.currentPage());
    ASSERT_TRUE(check);
    EXPECT_FALSE(check->isComplete());
    ASSERT_EQ(check->problems()->rowCount(), 2);
    EXPECT_EQ(check->problems()->item(0, 0)->text(), u"2"_s);
    EXPECT_EQ(check->problems()->item(0, 1)->text(), u"phone"_s);
    EXPECT_TRUE(check->problems()->item(1, 2)->text().contains(u"not a date"_s));
    EXPECT_EQ(check->preview()->item(0, 7)->text(), u"2025-02-31"_s) << "a bad cell is previewed as written";
    EXPECT_FALSE(w.button(QWizard::NextButton)->isEnabled());
    shoot(&w, u"5-problems"_s);
    EXPECT_EQ(count(u"customers"_s), 0);
}

TEST_F(ImportUi, UnreadableFileStaysOnTheFirstPage)
{
    const QString file = write(u"old.xls"_s, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
    ImportWizard w(services, Actor::admin());
    w.show();
    w.fileEdit()->setText(file);
    w.next();
    settle();
    EXPECT_EQ(w.currentId(), ImportWizard::FilePage);
    bool shown = false;
    for (auto *l : w.findChildren<QLabel *>(u"errorLabel"_s))
        shown = shown || l->text().contains(u".xls"_s);
    EXPECT_TRUE(shown);
}

TEST_F(ImportUi, FileMenuOffersImport)
{
    MainWindow window(services, Actor::admin());
    EXPECT_TRUE(window.findChild<QAction *>(u"actionImport"_s));
    EXPECT_TRUE(window.findChild<QAction *>(u"actionExport"_s));
    auto *pageButton = window.findChild<QPushButton *>(u"importCustomers"_s);
    ASSERT_TRUE(pageButton) << "the Customers page offers Import… for its kind";
    EXPECT_FALSE(pageButton->isHidden());
    MainWindow techWindow(services, Actor{5, u"t"_s, u"T"_s, Role::Technician});
    EXPECT_FALSE(techWindow.findChild<QAction *>(u"actionImport"_s)) << "hidden for roles without the right";
}

TEST_F(ImportUi, ExportDialogWritesTheChosenList)
{
    AS_ASSERT_OK(t.db().exec(u"INSERT INTO users (login, display_name, role, created_at, updated_at) VALUES ('tech001', '张师傅', 'technician', 'x', 'x')"_s));
    ImportContext ctx{t.db(), clock, Actor::admin(), QTimeZone("Asia/Shanghai")};
    ImportOptions o;
    o.file = testData(u"import/orders.csv"_s);
    AS_ASSERT_OK(Importer::run(*importKind(u"orders"_s), ctx, o));
    ExportDialog dlg(services, Actor::admin());
    dlg.show();
    settle();
    EXPECT_EQ(dlg.kindCombo()->currentData().toString(), u"orders"_s);
    dlg.fileEdit()->setText(t.dir() + u"/out.xlsx"_s);
    dlg.fromField()->setValue(QDate(2026, 1, 6));
    shoot(&dlg, u"6-export"_s);
    ASSERT_TRUE(dlg.exportNow()) << qPrintable(dlg.message());
    EXPECT_TRUE(dlg.message().contains(u"3 row"_s)) << qPrintable(dlg.message());
    EXPECT_TRUE(QFile::exists(t.dir() + u"/out.xlsx"_s));
    dlg.formatCombo()->setCurrentIndex(dlg.formatCombo()->findData(u"csv"_s));
    EXPECT_TRUE(dlg.fileEdit()->text().endsWith(u".csv"_s)) << "the suggested name follows the format";
    dlg.fileEdit()->setText(t.dir() + u"/no/such/folder/out.csv"_s);
    EXPECT_FALSE(dlg.exportNow());
    EXPECT_TRUE(dlg.message().contains(u"does not exist"_s)) << qPrintable(dlg.message());
}

TEST_F(ImportUi, CancelDuringTheImportChangesNothing)
{
    QByteArray big = "name,phone,model,serial\n";
    for (int i = 0; i < 30000; ++i)
        big += "Customer " + QByteArray::number(i) + ",139" + QByteArray::number(10000000 + i) + ",M," + "SN" + QByteArray::number(i) + "\n";
    const QString file = write(u"big.csv"_s, big);
    ImportWizard w(services, Actor::admin(), u"customers"_s);
    w.show();
    w.fileEdit()->setText(file);
    w.next();
    settle();
    w.next();   // checks all rows
    settle();
    ASSERT_TRUE(w.currentPage()->isComplete());
    auto *cancel = w.findChild<QPushButton *>(u"cancelImport"_s);
    ASSERT_TRUE(cancel);
    // The user presses Cancel import as soon as the progress bar moves.
    auto *bar = w.page(ImportWizard::RunPage)->findChild<QProgressBar *>();
    ASSERT_TRUE(bar);
    QObject::connect(bar, &QProgressBar::valueChanged, cancel, [cancel] {
        if (cancel->isEnabled())
            cancel->click();
    });
    w.next();
    for (int i = 0; i < 500 && !w.currentPage()->isComplete(); ++i)
        QTest::qWait(20);
    ASSERT_TRUE(w.currentPage()->isComplete());
    EXPECT_FALSE(w.imported());
    EXPECT_TRUE(w.findChild<QLabel *>(u"status"_s)->text().contains(u"cancelled"_s)) << qPrintable(w.findChild<QLabel *>(u"status"_s)->text());
    EXPECT_EQ(count(u"customers"_s), 0);
    EXPECT_EQ(count(u"products"_s), 0);
}
