// Settings: company details for printed forms, time zone, working hours, holidays, SLA rules.
#include "support/TestSupport.h"

#include "calendar/CalendarDays.h"
#include "calendar/SlaPolicy.h"
#include "services/Services.h"
#include "settings/CalendarSettings.h"
#include "settings/FollowUpSettings.h"
#include "settings/SettingsPage.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableWidget>

using namespace as;
using namespace as::test;
using namespace Qt::Literals::StringLiterals;

namespace {
struct SettingsUi : ::testing::Test {
    TempDb t;
    FixedClock clock{testNow()};
    Services services{t.db(), clock};
    Actor admin = Actor::admin();
};
} // namespace

TEST_F(SettingsUi, CompanyZoneAndMarkupAreSaved)
{
    SettingsPage page(services, admin);
    page.findChild<QLineEdit *>(u"companyName"_s)->setText(u"华东售后服务中心"_s);
    page.findChild<QComboBox *>(u"timeZone"_s)->setCurrentText(u"Asia/Shanghai"_s);
    page.findChild<QSpinBox *>(u"partsMarkup"_s)->setValue(35);
    ASSERT_TRUE(page.saveGeneral()) << qPrintable(page.findChild<QLabel *>(u"settingsMessage"_s)->text());
    EXPECT_EQ(services.settings.value(u"company.name"_s).valueOr({}), u"华东售后服务中心"_s);
    EXPECT_EQ(services.settings.value(u"pricing.parts_markup_percent"_s).valueOr({}), u"35"_s);
    EXPECT_EQ(services.settings.siteTimeZone().id(), QByteArray("Asia/Shanghai"));
    page.findChild<QComboBox *>(u"timeZone"_s)->setCurrentText(u"Mars/Olympus"_s);
    EXPECT_FALSE(page.saveGeneral());
    EXPECT_TRUE(page.findChild<QLabel *>(u"settingsMessage"_s)->text().contains(u"Mars/Olympus"_s));
}

TEST_F(SettingsUi, WorkingHoursHolidaysAndSlaChangeDeadlines)
{
    ASSERT_TRUE(services.settings.setValue(admin, u"site.timezone"_s, u"Asia/Shanghai"_s).ok());
    SettingsPage page(services, admin);
    CalendarSettings *cal = page.calendar();
    auto *monday = cal->findChild<QLineEdit *>(u"hours0"_s);
    EXPECT_EQ(monday->text(), u"09:00-12:00, 13:00-18:00"_s);
    monday->setText(u"09:00-12:00, 11:00-18:00"_s);
    EXPECT_FALSE(cal->saveHours());
    EXPECT_TRUE(cal->findChild<QLabel *>(u"calendarMessage"_s)->text().startsWith(u"Monday"_s));
    monday->setText(u"08:30-12:00, 13:00-17:30"_s);
    ASSERT_TRUE(cal->saveHours());
    EXPECT_EQ(WorkingCalendar::load(t.db())->week().days[0].first().start, 8 * 3600 + 1800);

    // Monday 2026-11-23 is made a holiday: an order opened at 10:00 that day is acknowledged by Tuesday 09:30.
    ASSERT_TRUE(cal->addDay(QDate(2026, 11, 23), false, u"测试假日"_s));
    EXPECT_EQ(cal->findChild<QTableWidget *>(u"calendarDays"_s)->rowCount(), 1);
    auto *sla = cal->findChild<QTableWidget *>(u"slaRules"_s);
    static_cast<QSpinBox *>(sla->cellWidget(0, 1))->setValue(30);   // acknowledge within 30 working minutes
    ASSERT_TRUE(cal->saveSla());
    EXPECT_EQ(SlaPolicy::load(t.db())->acknowledge.amount, 30);
    Customer c;
    c.name = u"郑爽"_s;
    c.phone = u"13100001234"_s;
    OrderDraft d;
    d.customerId = *services.customers.create(admin, c);
    d.symptom = u"不开机"_s;
    const Order o = *services.orders.get(*services.orders.create(admin, d));
    EXPECT_EQ(o.ackDue, QDateTime(QDate(2026, 11, 24), QTime(1, 30), Qt::UTC)) << qPrintable(o.ackDue.toString(Qt::ISODate));
}

TEST(CalendarDaysText, HoursParseAndFormat)
{
    auto ok = CalendarDays::parseHours(u"9:00-12:00，13:00-18:00"_s, u"Friday"_s);
    ASSERT_TRUE(ok.ok());
    EXPECT_EQ(CalendarDays::formatHours(*ok), u"09:00-12:00, 13:00-18:00"_s);
    EXPECT_TRUE(CalendarDays::parseHours(QString(), u"Sunday"_s)->isEmpty()) << "empty: closed";
    auto bad = CalendarDays::parseHours(u"18:00-09:00"_s, u"Friday"_s);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().field, u"Friday"_s);
    EXPECT_FALSE(CalendarDays::parseHours(u"nine to five"_s, u"Friday"_s).ok());
}

TEST_F(SettingsUi, LabourRatesAndFollowUpRulesAreSaved)
{
    SettingsPage page(services, admin);
    auto *general = page.findChild<QDoubleSpinBox *>(u"labourGeneral"_s);
    auto *complex = page.findChild<QDoubleSpinBox *>(u"labourComplex"_s);
    ASSERT_TRUE(general && complex);
    EXPECT_DOUBLE_EQ(general->value(), 80.0);   // the default rate table
    general->setValue(95.5);
    complex->setValue(180);
    ASSERT_TRUE(page.saveGeneral());
    EXPECT_EQ(*services.orders.labourRate(Complexity::General), 9550);
    EXPECT_EQ(*services.orders.labourRate(Complexity::Complex), 18000);

    FollowUpSettings *rules = page.followUps();
    rules->firstDaysBox()->setValue(2);
    rules->monthsEdit()->setText(u"1, x"_s);
    EXPECT_FALSE(rules->save()) << "a bad month list is refused";
    EXPECT_EQ(services.followups.rules()->firstWithinWorkingDays, 3) << "nothing saved";
    rules->monthsEdit()->setText(u"1, 6"_s);
    ASSERT_TRUE(rules->save());
    EXPECT_EQ(services.followups.rules()->firstWithinWorkingDays, 2);
    EXPECT_EQ(services.followups.rules()->warrantyMonths, (QList<int>{1, 6}));
}
