// Carry-in repair and attachments in the order window: registering the unit, the charge
// confirmations, the QC test and shipping; the hand-over receipt as a PDF (read back with
// pdftotext); attaching a scan and a photo.
#include "support/TestSupport.h"

#include "orders/HandoverReceipt.h"
#include "orders/OrderAttachmentsTab.h"
#include "orders/OrderDepotTab.h"
#include "orders/OrderWindow.h"
#include "services/Services.h"

#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace as;
using namespace as::test;
using namespace Qt::Literals::StringLiterals;

namespace {

struct DepotUi : ::testing::Test {
    TempDb t;
    FixedClock clock{testNow()};
    Services services{t.db(), clock};
    Actor admin = Actor::admin();
    Actor tech;
    qint64 orderId = 0;

    void SetUp() override
    {
        AS_ASSERT_OK(services.settings.setValue(admin, u"company.name"_s, u"华东售后服务中心"_s));
        tech = {*services.accounts.addUser(admin, u"li"_s, Role::Technician, u"李强"_s), u"li"_s, u"李强"_s, Role::Technician};
        Customer c;
        c.name = u"孙悦"_s;
        c.phone = u"13322223333"_s;
        OrderDraft d;
        d.customerId = *services.customers.create(admin, c);
        d.serviceMode = ServiceMode::Depot;
        d.symptom = u"手机无法开机"_s;
        orderId = *services.orders.create(admin, d);
    }
    QPushButton *button(QWidget *w, const QString &name) { return w->findChild<QPushButton *>(name); }
};

QString pdfToText(const QString &pdf)
{
    QProcess p;
    p.start(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

TEST_F(DepotUi, RegisterConfirmTestShipAndPrintTheReceipt)
{
    OrderWindow w(services, admin, orderId);
    auto *tab = w.findChild<OrderDepotTab *>();
    ASSERT_TRUE(tab);
    QTabWidget *tabs = w.tabs();
    EXPECT_TRUE(tabs->isTabVisible(tabs->indexOf(tab))) << "a carry-in order shows the repair tab";

    tab->findChild<QLineEdit *>(u"depotAccessories"_s)->setText(u"充电器"_s);
    button(tab, u"depotReceive"_s)->click();
    EXPECT_FALSE(services.depot.get(orderId)->has_value()) << "model is required";
    EXPECT_TRUE(tab->findChild<QLabel *>(u"errorLabel"_s)->text().contains(u"Model"_s));
    tab->findChild<QLineEdit *>(u"depotModel"_s)->setText(u"P40 Pro"_s);
    button(tab, u"depotReceive"_s)->click();
    ASSERT_TRUE(services.depot.get(orderId)->has_value());
    EXPECT_EQ(tab->handoverTable()->rowCount(), 1);

    // The technician confirms in their own window; QC (the admin here) after.
    {
        OrderWindow tw(services, tech, orderId);
        button(tw.findChild<OrderDepotTab *>(), u"techConfirm"_s)->click();
    }
    w.findChild<OrderDepotTab *>()->setOrder(*services.orders.get(orderId));
    ASSERT_TRUE(button(tab, u"qcConfirm"_s)->isEnabled());
    button(tab, u"qcConfirm"_s)->click();
    EXPECT_TRUE((*services.depot.get(orderId))->qcConfirmedAt.isValid());
    tab->findChild<QLineEdit *>(u"qcTester"_s)->setText(u"赵工"_s);
    button(tab, u"recordQc"_s)->click();
    ASSERT_TRUE(button(tab, u"shipBack"_s)->isEnabled());
    tab->findChild<QLineEdit *>(u"courier"_s)->setText(u"顺丰"_s);
    tab->findChild<QLineEdit *>(u"trackingNumber"_s)->setText(u"SF1234567890"_s);
    button(tab, u"shipBack"_s)->click();
    EXPECT_EQ((*services.depot.get(orderId))->trackingNumber, u"SF1234567890"_s);
    ASSERT_EQ(tab->handoverTable()->rowCount(), 2);

    const qint64 handoverId = tab->handoverTable()->item(0, 0)->data(Qt::UserRole).toLongLong();
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"receipt.pdf"_s);
    AS_ASSERT_OK(handover::writePdf(services, orderId, handoverId, pdf));
    const QString text = pdfToText(pdf);
    EXPECT_TRUE(text.contains(services.orders.get(orderId)->number)) << qPrintable(text);
    EXPECT_TRUE(text.contains(u"P40 Pro"_s));
    EXPECT_TRUE(text.contains(u"孙悦"_s)) << "Chinese text is embedded";
    EXPECT_TRUE(text.contains(u"Signature, received by"_s));
}

TEST_F(DepotUi, AttachAScanAndAPhoto)
{
    OrderWindow w(services, admin, orderId);
    auto *tab = w.findChild<OrderAttachmentsTab *>();
    ASSERT_TRUE(tab);
    QTemporaryDir dir;
    QImage img(64, 48, QImage::Format_RGB32);
    img.fill(Qt::darkGreen);
    const QString photo = dir.filePath(u"现场照片.png"_s);
    ASSERT_TRUE(img.save(photo));
    const QString text = dir.filePath(u"notes.txt"_s);
    QFile f(text);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("not an image");
    f.close();
    EXPECT_FALSE(tab->addFile(text, int(AttachmentService::Kind::Photo)));
    EXPECT_TRUE(tab->findChild<QLabel *>(u"errorLabel"_s)->text().contains(u"notes.txt"_s));
    EXPECT_FALSE(tab->addFile(dir.filePath(u"missing.png"_s), int(AttachmentService::Kind::Photo)));
    ASSERT_TRUE(tab->addFile(photo, int(AttachmentService::Kind::Photo)));
    ASSERT_EQ(tab->table()->rowCount(), 1);
    EXPECT_EQ(tab->table()->item(0, 0)->text(), u"现场照片.png"_s);
    tab->table()->setCurrentCell(0, 0);
    EXPECT_FALSE(tab->findChild<QLabel *>(u"attachmentPreview"_s)->pixmap().isNull()) << "a photo is previewed";
}
