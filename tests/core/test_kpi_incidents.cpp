// The real ServiceNow incident log imported as historical orders (`import orders`): the KPI
// engine's response, on-time and resolution figures for each month against the same figures
// computed row by row in this test from the converted file (site-local months, the SLA policy
// and working calendar applied per order in C++, no SQL).
#include "support/TestSupport.h"

#include "calendar/SlaPolicy.h"
#include "calendar/WorkingCalendar.h"
#include "io/ImportKind.h"
#include "io/Importer.h"
#include "io/IncidentLogConverter.h"
#include "io/TableReader.h"
#include "reports/KpiService.h"
#include "services/SettingsRepository.h"
#include "util/Time.h"

#include <QFile>
#include <QProcess>

using namespace as;
using namespace as::test;
using namespace Qt::Literals::StringLiterals;

namespace {

struct MonthFigures {
    qint64 opened = 0, ackInTime = 0;             // response within SLA
    qint64 onTimeBase = 0, onTime = 0;            // on-time completion
    qint64 resolved = 0, workingMinutes = 0;      // mean time to resolve
};

} // namespace

TEST(KpiIncidentLog, ResponseAndResolutionMatchRowByRow)
{
    AS_SQLITE_ONLY();   // 25,000 orders: the SQL is the same on PostgreSQL (golden tests run there)
    AS_REQUIRE_SHARED_DATA(u"incident_event_log.csv.gz"_s);
    const QString gz = sharedData(u"incident_event_log.csv.gz"_s);
    TempDb t;
    FixedClock clock{testNow()};
    const QTimeZone site("Asia/Shanghai");
    const QString csv = t.dir() + u"/incident_event_log.csv"_s;
    {
        QProcess gunzip;
        gunzip.setStandardOutputFile(csv);
        gunzip.start(u"gzip"_s, {u"-dc"_s, gz});
        ASSERT_TRUE(gunzip.waitForFinished(60000));
        ASSERT_EQ(gunzip.exitCode(), 0);
    }
    const QString orders = t.dir() + u"/orders.csv"_s;
    auto conv = IncidentLogConverter::convert(csv, orders);
    AS_ASSERT_OK(conv);
    for (const QString &tech : conv->technicians)
        AS_ASSERT_OK(t.db().exec(u"INSERT INTO users (login, display_name, role, created_at, updated_at) VALUES (?, ?, 'technician', ?, ?)"_s,
                                 {tech.toLower().remove(u' '), tech, u"2025-01-01T00:00:00Z"_s, u"2025-01-01T00:00:00Z"_s}));
    ImportContext ictx{t.db(), clock, Actor::admin(), site};
    ImportOptions io;
    io.file = orders;
    auto imported = Importer::run(*importKind(u"orders"_s), ictx, io);
    AS_ASSERT_OK(imported);
    ASSERT_TRUE(imported->problems.isEmpty());

    // Row by row from the converted file.
    auto cal = WorkingCalendar::load(t.db());
    AS_ASSERT_OK(cal);
    auto policy = SlaPolicy::load(t.db());
    AS_ASSERT_OK(policy);
    auto reader = TableReader::open(orders);
    AS_ASSERT_OK(reader);
    TableRow row;
    ASSERT_TRUE((*reader)->next(row).value());
    const QStringList head = row.cells;
    auto col = [&](const char *name) { return int(head.indexOf(QString::fromLatin1(name))); };
    const int cOpened = col("opened_at"), cAck = col("acknowledged_at"), cDone = col("completed_at"), cCancel = col("cancelled_at"),
              cCx = col("complexity");
    ASSERT_GE(std::min({cOpened, cAck, cDone, cCx}), 0);   // cancelled_at: not in the incident log
    auto at = [&](int c) {
        const auto v = time::parseLocal(row.cells.value(c), site);
        return v ? *v : QDateTime();
    };
    auto monthOf = [&](const QDateTime &utc) { return utc.toTimeZone(site).toString(u"yyyy-MM"_s); };
    QMap<QString, MonthFigures> months;
    qint64 rows = 0;
    while ((*reader)->next(row).value()) {
        ++rows;
        const QDateTime opened = at(cOpened), ack = at(cAck), done = at(cDone), cancelled = at(cCancel);
        const auto due = policy->orderDeadlines(*cal, opened, row.cells.value(cCx) == u"complex"_s ? Complexity::Complex : Complexity::General);
        MonthFigures &m = months[monthOf(opened)];
        ++m.opened;
        if (ack.isValid() && ack <= due.acknowledge)
            ++m.ackInTime;
        if (cancelled.isValid())
            continue;
        QSet<QString> onTimeMonths{monthOf(due.resolve)};
        if (done.isValid()) {
            onTimeMonths << monthOf(done);
            MonthFigures &d = months[monthOf(done)];
            ++d.resolved;
            d.workingMinutes += cal->workingSecsBetween(opened.toSecsSinceEpoch(), done.toSecsSinceEpoch()) / 60;
        }
        for (const QString &mo : onTimeMonths) {
            ++months[mo].onTimeBase;
            if (done.isValid() && done <= due.resolve)
                ++months[mo].onTime;
        }
    }
    ASSERT_EQ(rows, 24918);

    SettingsRepository settings(t.db(), clock);
    KpiService kpis(t.db(), settings);
    int checked = 0;
    for (auto it = months.cbegin(); it != months.cend(); ++it) {
        const QDate first = QDate::fromString(it.key() + u"-01"_s, u"yyyy-MM-dd"_s);
        auto values = kpis.compute(Actor::admin(), Period::month(first.year(), first.month(), site), true);
        AS_ASSERT_OK(values);
        for (const KpiValue &v : *values) {
            const MonthFigures &m = it.value();
            if (v.key == KpiKey::ResponseWithinSla) {
                EXPECT_EQ(qint64(v.denominator), m.opened) << qPrintable(it.key());
                EXPECT_EQ(qint64(v.numerator), m.ackInTime) << qPrintable(it.key());
            } else if (v.key == KpiKey::OnTimeCompletion) {
                EXPECT_EQ(qint64(v.denominator), m.onTimeBase) << qPrintable(it.key());
                EXPECT_EQ(qint64(v.numerator), m.onTime) << qPrintable(it.key());
            } else if (v.key == KpiKey::MeanTimeToResolveHours) {
                EXPECT_EQ(qint64(v.denominator), m.resolved) << qPrintable(it.key());
                EXPECT_NEAR(v.numerator, double(m.workingMinutes) / 60.0, 1e-6) << qPrintable(it.key());
            }
        }
        if (it.value().opened > 1000)
            ++checked;
    }
    EXPECT_GE(checked, 3) << "several busy months compared";
}
