// Logging in through the dialog, with the keyboard.
#include "support/TestSupport.h"

#include "services/UserService.h"
#include "users/LoginDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTest>

using namespace as;
using namespace as::test;
using namespace Qt::Literals::StringLiterals;

TEST(LoginUi, WrongThenRightPassword)
{
    TempDb t;
    FixedClock clock{testNow()};
    UserService users(t.db(), clock);
    ASSERT_TRUE(users.addUser(Actor::admin(), u"wang"_s, Role::Agent, u"王芳"_s, u"agent password"_s).ok());
    LoginDialog dlg(users, u"test"_s);
    dlg.show();
    auto *login = dlg.findChild<QLineEdit *>(u"login"_s);
    auto *password = dlg.findChild<QLineEdit *>(u"password"_s);
    login->clear();
    QTest::keyClicks(login, u"wang"_s);
    QTest::keyClicks(password, u"wrong password"_s);
    QTest::keyClick(password, Qt::Key_Return);
    EXPECT_TRUE(dlg.isVisible());
    EXPECT_EQ(dlg.result(), QDialog::Rejected);
    EXPECT_TRUE(password->text().isEmpty()) << "the wrong password is cleared";
    auto *error = dlg.findChild<QLabel *>(u"errorLabel"_s);
    ASSERT_NE(error, nullptr);
    EXPECT_TRUE(error->text().contains(u"Wrong"_s));
    QTest::keyClicks(password, u"agent password"_s);
    QTest::keyClick(password, Qt::Key_Return);
    EXPECT_EQ(dlg.result(), QDialog::Accepted);
    EXPECT_EQ(dlg.actor().login, u"wang"_s);
    EXPECT_EQ(dlg.actor().role, Role::Agent);
    EXPECT_EQ(QSettings().value(u"login/last"_s).toString(), u"wang"_s) << "remembered for next time";
}
