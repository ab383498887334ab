// Working calendar and SLA deadlines: the tricky cases.
#include "support/TestSupport.h"

#include "calendar/SlaPolicy.h"
#include "calendar/WorkingCalendar.h"

using namespace as;
using namespace as::test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QTimeZone kShanghai("Asia/Shanghai");

QDateTime local(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), kShanghai);
}

WorkingCalendar calendar()
{
    WorkingCalendar cal(kShanghai, WorkingCalendar::defaultWeek());   // Mon-Fri 09-12, 13-18
    // National Day 2026 style: holiday Thu 1 Oct - Sat 3 Oct... here a 3-day holiday after a Friday.
    cal.addHoliday(QDate(2026, 10, 5));
    cal.addHoliday(QDate(2026, 10, 6));
    cal.addHoliday(QDate(2026, 10, 7));
    cal.addMakeupDay(QDate(2026, 10, 10));   // a make-up Saturday
    cal.addHoliday(QDate(2027, 1, 1));
    return cal;
}

} // namespace

TEST(Calendar, FridayEveningBeforeAThreeDayHoliday)
{
    const auto cal = calendar();
    // Fri 2 Oct 17:50: 10 minutes left today; Mon-Wed holiday; Thu 8 Oct resumes at 09:00.
    const QDateTime opened = local(2026, 10, 2, 17, 50);
    EXPECT_EQ(cal.addWorkingMinutes(opened, 60).toTimeZone(kShanghai), local(2026, 10, 8, 9, 50));
    EXPECT_EQ(cal.addWorkingMinutes(opened, 10).toTimeZone(kShanghai), local(2026, 10, 2, 18, 0));
    EXPECT_EQ(cal.workingMinutesBetween(opened, local(2026, 10, 8, 9, 50)), 60);
}

TEST(Calendar, OpenedDuringLunchBreak)
{
    const auto cal = calendar();
    const QDateTime opened = local(2026, 11, 23, 12, 20);   // Monday lunch
    EXPECT_EQ(cal.addWorkingMinutes(opened, 60).toTimeZone(kShanghai), local(2026, 11, 23, 14, 0));
    EXPECT_EQ(cal.addWorkingMinutes(local(2026, 11, 23, 11, 30), 60).toTimeZone(kShanghai), local(2026, 11, 23, 13, 30));
    EXPECT_EQ(cal.workingMinutesBetween(local(2026, 11, 23, 11, 0), local(2026, 11, 23, 14, 0)), 120);
}

TEST(Calendar, MakeUpSaturdayIsAWorkingDay)
{
    const auto cal = calendar();
    EXPECT_TRUE(cal.isWorkingDay(QDate(2026, 10, 10)));
    EXPECT_FALSE(cal.isWorkingDay(QDate(2026, 10, 17)));
    // Fri 9 Oct 17:30 + 2 working hours: 30 min Friday, then the make-up Saturday 09:00-10:30.
    EXPECT_EQ(cal.addWorkingMinutes(local(2026, 10, 9, 17, 30), 120).toTimeZone(kShanghai), local(2026, 10, 10, 10, 30));
}

TEST(Calendar, DeadlineCrossingTheYearEnd)
{
    const auto cal = calendar();
    // Thu 31 Dec 2026 16:00 + 3 working days (24 h): 1 Jan holiday, weekend 2-3 Jan.
    const QDateTime opened = local(2026, 12, 31, 16, 0);
    EXPECT_EQ(cal.addWorkingDays(opened, 3).toTimeZone(kShanghai), local(2027, 1, 6, 16, 0));
    EXPECT_EQ(cal.addWorkingMinutes(opened, 180).toTimeZone(kShanghai), local(2027, 1, 4, 10, 0));
}

TEST(Calendar, OpenedAtNightStartsNextMorning)
{
    const auto cal = calendar();
    EXPECT_EQ(cal.addWorkingMinutes(local(2026, 11, 23, 22, 15), 60).toTimeZone(kShanghai), local(2026, 11, 24, 10, 0));
    EXPECT_EQ(cal.addWorkingMinutes(local(2026, 11, 28, 9, 0), 60).toTimeZone(kShanghai), local(2026, 11, 30, 10, 0));   // Saturday
}

TEST(Calendar, NoWorkingTimeAtAllGivesInvalid)
{
    WorkingCalendar::Week none;
    WorkingCalendar cal(kShanghai, none);
    EXPECT_FALSE(cal.addWorkingMinutes(local(2026, 11, 23, 9, 0), 60).isValid());
}

TEST(Calendar, WeekJsonRoundTripAndErrors)
{
    const auto json = WorkingCalendar::weekToJson(WorkingCalendar::defaultWeek());
    auto back = WorkingCalendar::weekFromJson(json);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->days[0].size(), 2);
    EXPECT_TRUE(back->days[6].isEmpty());
    auto bad = WorkingCalendar::weekFromJson(QJsonDocument::fromJson(R"({"mon": [["18:00", "09:00"]]})"));
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().field, u"mon"_s);
    auto overlap = WorkingCalendar::weekFromJson(QJsonDocument::fromJson(R"({"tue": [["09:00", "13:00"], ["12:00", "18:00"]]})"));
    ASSERT_FALSE(overlap.ok());
}

TEST(Sla, OrderDeadlinesFromDefaultPolicy)
{
    const auto cal = calendar();
    const SlaPolicy policy = SlaPolicy::defaults();
    const QDateTime opened = local(2026, 11, 23, 17, 50);   // Monday 17:50
    const auto general = policy.orderDeadlines(cal, opened, Complexity::General);
    EXPECT_EQ(general.acknowledge.toTimeZone(kShanghai), local(2026, 11, 24, 9, 50));
    EXPECT_EQ(general.dispatch.toTimeZone(kShanghai), local(2026, 11, 24, 10, 50));
    EXPECT_EQ(general.contact.toTimeZone(kShanghai), local(2026, 11, 24, 13, 50));
    EXPECT_EQ(general.resolve.toTimeZone(kShanghai), local(2026, 11, 24, 17, 50));   // 24 clock hours
    const auto complex = policy.orderDeadlines(cal, opened, Complexity::Complex);
    EXPECT_EQ(complex.resolve.toTimeZone(kShanghai), local(2026, 11, 26, 17, 50));   // 3 working days (24 working hours)
}

TEST(Sla, PolicyJsonValidation)
{
    auto p = SlaPolicy::fromJson(SlaPolicy::defaults().toJson());
    ASSERT_TRUE(p.ok());
    EXPECT_EQ(p->resolveComplex.amount, 3);
    auto bad = SlaPolicy::fromJson(QJsonDocument::fromJson(R"({"acknowledge": {"amount": 60, "unit": "fortnights"}})"));
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().field, u"acknowledge"_s);
}
