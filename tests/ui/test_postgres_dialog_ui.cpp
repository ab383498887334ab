// File > Connect to a PostgreSQL server: the address it builds, and bad input named precisely.
#include "support/TestSupport.h"

#include "shell/PostgresDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

using namespace as;
using namespace Qt::Literals::StringLiterals;

TEST(PostgresDialogUi, BuildsTheAddressAndNamesBadInput)
{
    PostgresDialog dlg;
    dlg.setUrl(u"postgresql://service@db.example.lan:5433/aftersales"_s);
    EXPECT_EQ(dlg.findChild<QLineEdit *>(u"pgHost"_s)->text(), u"db.example.lan"_s);
    EXPECT_EQ(dlg.findChild<QSpinBox *>(u"pgPort"_s)->value(), 5433);
    EXPECT_EQ(dlg.url(), u"postgresql://service@db.example.lan:5433/aftersales"_s);
    auto *message = dlg.findChild<QLabel *>(u"pgMessage"_s);
    dlg.findChild<QLineEdit *>(u"pgDatabase"_s)->setText(u"after sales;"_s);
    EXPECT_FALSE(dlg.testConnection());
    EXPECT_TRUE(message->text().contains(u"after sales;"_s)) << qPrintable(message->text());
    dlg.findChild<QLineEdit *>(u"pgDatabase"_s)->setText(u"aftersales"_s);
    dlg.findChild<QLineEdit *>(u"pgUser"_s)->clear();
    EXPECT_FALSE(dlg.testConnection());
    EXPECT_TRUE(message->text().contains(u"User"_s));
    // Nothing listens on port 1 of this machine: a clear error, nothing remembered.
    dlg.findChild<QLineEdit *>(u"pgUser"_s)->setText(u"postgres"_s);
    dlg.findChild<QLineEdit *>(u"pgHost"_s)->setText(u"127.0.0.1"_s);
    dlg.findChild<QSpinBox *>(u"pgPort"_s)->setValue(1);
    EXPECT_FALSE(dlg.testConnection());
    EXPECT_TRUE(message->text().contains(u"127.0.0.1"_s)) << qPrintable(message->text());
}
