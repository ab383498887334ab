// Users, passwords (Argon2id), single-user mode, lockout, rights.
#include "support/TestSupport.h"

#include "services/AuditLog.h"
#include "services/UserService.h"

using namespace as;
using namespace as::test;
using namespace Qt::Literals::StringLiterals;

namespace {
struct UsersFixture : ::testing::Test {
    TempDb t;
    FixedClock clock{testNow()};
    UserService users{t.db(), clock};
    Actor admin = Actor::admin();
};
} // namespace

TEST_F(UsersFixture, NewDatabaseIsSingleUserUntilAPasswordIsSet)
{
    EXPECT_TRUE(*users.singleUserMode());
    auto a = users.login(u"admin"_s, QString());
    AS_ASSERT_OK(a);
    EXPECT_EQ(a->role, Role::Admin);
    AS_ASSERT_OK(users.setPassword(admin, u"admin"_s, u"correct horse"_s));
    EXPECT_FALSE(*users.singleUserMode());
    EXPECT_FALSE(users.login(u"admin"_s, QString()).ok());
    EXPECT_TRUE(users.login(u"admin"_s, u"correct horse"_s).ok());
}

TEST_F(UsersFixture, PasswordsAreHashedWithArgon2id)
{
    AS_ASSERT_OK(users.setPassword(admin, u"admin"_s, u"s3cret-pass"_s));
    const QString stored = t.db().scalar(u"SELECT password_hash FROM users WHERE login = 'admin'"_s)->toString();
    EXPECT_TRUE(stored.startsWith(u"$argon2id$"_s)) << qPrintable(stored);
    EXPECT_FALSE(stored.contains(u"s3cret"_s));
    EXPECT_TRUE(UserService::verifyPassword(stored, u"s3cret-pass"_s));
    EXPECT_FALSE(UserService::verifyPassword(stored, u"s3cret-pasS"_s));
    EXPECT_FALSE(users.setPassword(admin, u"admin"_s, u"short"_s).ok());
}

TEST_F(UsersFixture, RepeatedFailuresLockTheAccountForAWhile)
{
    AS_ASSERT_OK(users.setPassword(admin, u"admin"_s, u"good password"_s));
    for (int i = 0; i < 4; ++i) {
        auto r = users.login(u"admin"_s, u"bad"_s);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().message, u"Wrong user name or password."_s);
    }
    auto fifth = users.login(u"admin"_s, u"bad"_s);
    ASSERT_FALSE(fifth.ok());
    EXPECT_TRUE(fifth.error().message.contains(u"locked"_s));
    auto locked = users.login(u"admin"_s, u"good password"_s);
    ASSERT_FALSE(locked.ok()) << "even the right password is refused while locked";
    EXPECT_TRUE(locked.error().message.contains(u"locked"_s));
    clock.advanceSecs(16 * 60);
    EXPECT_TRUE(users.login(u"admin"_s, u"good password"_s).ok());
    AuditLog audit(t.db(), clock);
    auto h = audit.history(u"user"_s, 1);
    AS_ASSERT_OK(h);
    int fails = 0, locks = 0;
    for (const auto &e : *h) {
        fails += e.action == u"login_failed"_s;
        locks += e.action == u"locked"_s;
    }
    EXPECT_EQ(fails, 4);
    EXPECT_EQ(locks, 1);
}

TEST_F(UsersFixture, UnknownUserAndWrongPasswordLookTheSame)
{
    AS_ASSERT_OK(users.setPassword(admin, u"admin"_s, u"good password"_s));
    EXPECT_EQ(users.login(u"nobody"_s, u"x"_s).error().message, users.login(u"admin"_s, u"x"_s).error().message);
}

TEST_F(UsersFixture, DeactivatedUsersKeepHistoryButCannotLogIn)
{
    auto id = users.addUser(admin, u"li.na"_s, Role::Agent, u"李娜"_s, u"agent password"_s);
    AS_ASSERT_OK(id);
    AS_ASSERT_OK(users.setActive(admin, u"li.na"_s, false));
    auto r = users.login(u"li.na"_s, u"agent password"_s);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(u"deactivated"_s));
    EXPECT_EQ(t.db().scalar(u"SELECT display_name FROM users WHERE id = ?"_s, {*id})->toString(), u"李娜"_s);
    EXPECT_FALSE(users.setActive(admin, u"admin"_s, false).ok()) << "not yourself";
}

TEST_F(UsersFixture, OnlyUserManagersManageUsers)
{
    AS_ASSERT_OK(users.addUser(admin, u"agent1"_s, Role::Agent, u"Agent"_s, u"agent password"_s));
    AS_ASSERT_OK(users.addUser(admin, u"boss"_s, Role::Manager, u"Boss"_s, u"boss password"_s));
    Actor agent = *users.login(u"agent1"_s, u"agent password"_s);
    Actor boss = *users.login(u"boss"_s, u"boss password"_s);
    auto r = users.addUser(agent, u"x1"_s, Role::Agent, u"X"_s);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Error::Kind::Permission);
    EXPECT_TRUE(users.addUser(boss, u"x1"_s, Role::Technician, u"X"_s).ok());
    EXPECT_FALSE(users.addUser(boss, u"x2"_s, Role::Admin, u"X"_s).ok()) << "managers cannot create administrators";
    EXPECT_TRUE(users.setPassword(agent, u"agent1"_s, u"my new password"_s).ok()) << "own password";
    EXPECT_FALSE(users.setPassword(agent, u"boss"_s, u"hijacked pass"_s).ok());
    EXPECT_FALSE(users.addUser(admin, u"bad login!"_s, Role::Agent, u"X"_s).ok());
    EXPECT_FALSE(users.addUser(admin, u"agent1"_s, Role::Agent, u"dup"_s).ok());
}
