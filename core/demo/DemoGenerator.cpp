#include "demo/DemoGenerator.h"
#include "demo/DemoComplaints.h"
#include "demo/DemoFollowUps.h"
#include "demo/DemoParts.h"

#include "calendar/SlaPolicy.h"
#include "calendar/WorkingCalendar.h"
#include "demo/BulkWriter.h"
#include "demo/DemoVocabulary.h"
#include "storage/BulkLoad.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QMap>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace as {

namespace {

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;

using Row = BulkWriter::Row;
using B = BulkWriter;

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

// Howard Hinnant's civil_from_days.
void civilFromDays(qint64 z, int &y, int &m, int &d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 yy = qint64(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = int(doy - (153 * mp + 2) / 5 + 1);
    m = int(mp < 10 ? mp + 3 : mp - 9);
    y = int(yy + (m <= 2 ? 1 : 0));
}

QByteArray isoUtcFast(qint64 secs);

QByteArray isoDate(qint64 secs)
{
    return isoUtcFast(secs).left(10);
}

struct Person { qint64 id; QByteArray name; };

struct CustomerRec {
    QByteArray name, phone, address;
    qint64 createdSecs = 0;
    qint64 firstProduct = 0;   // product id
    int productCount = 0;
};

struct ProductRec {
    int line = 0;               // index into kProductLines
    qint64 warrantyStartSecs = 0;
    int warrantyMonths = 12;
};

struct Accepted { qint64 orderId; int customer; qint64 product; qint64 acceptedSecs; };

QByteArray chineseName(DemoRng &rng)
{
    QByteArray n = rng.pick(demo::kSurnames);
    n += rng.pick(demo::kGivenChars);
    if (rng.chance(0.65))
        n += rng.pick(demo::kGivenChars);
    return n;
}

QByteArray mobile(DemoRng &rng)
{
    static const char *const prefixes[] = {"130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152",
                                           "155", "156", "158", "159", "166", "173", "176", "177", "180", "181", "186", "187",
                                           "188", "189", "191", "199"};
    char buf[16];
    std::snprintf(buf, sizeof buf, "%s%08lld", rng.pick(prefixes), static_cast<long long>(rng.below(100000000)));
    return QByteArray(buf);
}

// Months between two epoch-second instants' dates, for warranty status.
bool inWarranty(const ProductRec &p, qint64 atSecs)
{
    int y1, m1, d1, y2, m2, d2;
    civilFromDays(floorDiv(p.warrantyStartSecs, kDay), y1, m1, d1);
    civilFromDays(floorDiv(atSecs, kDay), y2, m2, d2);
    const int months = (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
    return months < p.warrantyMonths;
}

QByteArray isoUtcFast(qint64 secs)
{
    return DemoGenerator::isoUtc(secs);
}

} // namespace

QByteArray DemoGenerator::isoUtc(qint64 secs)
{
    const qint64 days = floorDiv(secs, kDay);
    const qint64 sod = secs - days * kDay;
    int y, m, d;
    civilFromDays(days, y, m, d);
    char buf[20];
    auto two = [](char *p, int v) { p[0] = char('0' + v / 10); p[1] = char('0' + v % 10); };
    two(buf, y / 100);
    two(buf + 2, y % 100);
    buf[4] = '-';
    two(buf + 5, m);
    buf[7] = '-';
    two(buf + 8, d);
    buf[10] = 'T';
    two(buf + 11, int(sod / 3600));
    buf[13] = ':';
    two(buf + 14, int(sod / 60 % 60));
    buf[16] = ':';
    two(buf + 17, int(sod % 60));
    buf[19] = 'Z';
    return QByteArray(buf, 20);
}

Result<DemoSummary> DemoGenerator::run(const DemoOptions &opt)
{
    if (opt.orders < 0 || opt.orders > 20000000)
        return Error::usage(tr("--orders must be between 0 and 20000000."));
    auto existing = m_db.scalar(u"SELECT count(*) FROM customers"_s);
    if (!existing)
        return existing.error();
    if (existing->toLongLong() > 0)
        return Error::state(tr("The database %1 already holds customers; demo data goes into an empty database.").arg(m_db.location()));

    auto calendar = WorkingCalendar::load(m_db);
    if (!calendar)
        return calendar.error();
    auto policyR = SlaPolicy::load(m_db);
    if (!policyR)
        return policyR.error();
    const WorkingCalendar &cal = *calendar;
    const SlaPolicy &policy = *policyR;
    const QTimeZone tz = cal.timeZone();

    DemoRng rng(opt.seed);
    DemoSummary summary;
    const QDateTime now = opt.now.isValid() ? opt.now.toUTC() : QDateTime::currentDateTimeUtc();
    const qint64 nowSecs = now.toSecsSinceEpoch();
    const qint64 startSecs = nowSecs - 548 * kDay;   // 18 months
    const int tzOffset = tz.offsetFromUtc(now);
    auto report = [&](const QString &stage, int pct) {
        if (opt.progress)
            opt.progress(stage, pct);
    };

    auto writer = BulkWriter::create(m_db);
    const bool sqlite = m_db.isSqlite();
    if (sqlite) {
        AS_TRY(m_db.exec(u"PRAGMA cache_size=-1048576"_s));   // 1 GB and memory-mapped reads while loading
        AS_TRY(m_db.exec(u"PRAGMA mmap_size=8589934592"_s));
        // Ids are assigned here and consistent by construction; `check` verifies the keys.
        AS_TRY(m_db.exec(u"PRAGMA foreign_keys=OFF"_s));
        // Into an empty database a rollback journal writes the data once (WAL writes it twice);
        // still all or nothing. Stays in WAL when another connection holds the file.
        if (m_db.sqliteMode() == SqliteMode::Local)
            AS_TRY(m_db.exec(u"PRAGMA journal_mode=DELETE"_s));
    }
    struct RestoreForeignKeys {
        Database &db;
        bool on;
        ~RestoreForeignKeys() { if (on) (void)db.exec(u"PRAGMA foreign_keys=ON"_s); }
    } restoreFk{m_db, sqlite};

    // All or nothing: one transaction. Secondary indexes of the bulk tables are dropped
    // and rebuilt at the end (sorting once is far cheaper than millions of random inserts).
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    BulkLoad bulk(m_db, {u"customers"_s, u"customer_name_grams"_s, u"products"_s, u"service_orders"_s, u"order_events"_s},
                  {u"order_events_order"_s, u"service_orders_opened"_s, u"service_orders_completed"_s, u"service_orders_accepted"_s});
    AS_TRY(bulk.begin());

    auto dueSecs = [&](const SlaRule &rule, qint64 from) -> qint64 {
        switch (rule.unit) {
        case SlaRule::Unit::WorkingMinutes: return cal.addWorkingSecs(from, rule.amount * kMinute);
        case SlaRule::Unit::CalendarMinutes: return from + rule.amount * kMinute;
        case SlaRule::Unit::WorkingDays: return cal.addWorkingSecs(from, rule.amount * cal.standardDayMinutes() * kMinute);
        }
        return from;
    };
    auto working = [&](qint64 from, qint64 minutes) { return cal.addWorkingSecs(from, minutes * kMinute); };

    QMap<QByteArray, qint64> sequences;
    {
        auto q = m_db.exec(u"SELECT name, last_value FROM number_sequences"_s);
        if (!q)
            return q.error();
        while (q->next())
            sequences.insert(q->value(0).toString().toUtf8(), q->value(1).toLongLong());
    }
    auto maxOrder = m_db.scalar(u"SELECT COALESCE(MAX(id), 0) FROM service_orders"_s);
    if (!maxOrder)
        return maxOrder.error();
    qint64 orderId = maxOrder->toLongLong();


    // ---- users -------------------------------------------------------------------------
    auto maxUser = m_db.scalar(u"SELECT COALESCE(MAX(id), 0) FROM users"_s);
    if (!maxUser)
        return maxUser.error();
    qint64 nextUserId = maxUser->toLongLong() + 1;
    const qint64 nTech = std::clamp<qint64>(opt.orders / 3000, 6, 400);
    const qint64 nAgents = std::clamp<qint64>(nTech / 5, 3, 80);
    std::vector<Person> technicians, agents, managers, clerks, logistics;
    {
        auto st = writer->table(u"users"_s, {u"id"_s, u"login"_s, u"display_name"_s, u"role"_s, u"phone"_s, u"created_at"_s,
                                                u"updated_at"_s});
        if (!st)
            return st.error();
        const QByteArray created = isoUtc(startSecs - 200 * kDay);
        auto addUsers = [&](std::vector<Person> &into, qint64 count, const char *loginPrefix, const char *role) -> Status {
            for (qint64 i = 1; i <= count; ++i) {
                char login[32];
                std::snprintf(login, sizeof login, "%s%03lld", loginPrefix, static_cast<long long>(i));
                const QByteArray name = chineseName(rng);
                AS_TRY(writer->add(*st, Row{B::integer(nextUserId), B::text(QByteArray(login)), B::text(name),
                                            B::lit(role), B::text(mobile(rng)), B::text(created), B::text(created)}));
                into.push_back({nextUserId++, name});
            }
            return {};
        };
        AS_TRY(addUsers(managers, 1, "manager", "manager"));
        AS_TRY(addUsers(agents, nAgents, "agent", "agent"));
        AS_TRY(addUsers(technicians, nTech, "tech", "technician"));
        AS_TRY(addUsers(clerks, 2, "clerk", "parts_clerk"));
        AS_TRY(addUsers(logistics, 2, "driver", "logistics"));
        summary.users = qint64(managers.size() + agents.size() + technicians.size() + clerks.size() + logistics.size());
    }

    // ---- customers and products -----------------------------------------------------------
    const qint64 nCustomers = std::max<qint64>(20, opt.orders * 2 / 5);
    const qint64 custStart = startSecs - 180 * kDay;
    std::vector<CustomerRec> customers(static_cast<size_t>(nCustomers));
    std::vector<ProductRec> products;
    products.reserve(size_t(nCustomers * 14 / 10));
    {
        report(tr("customers"), 0);
        auto cst = writer->table(u"customers"_s, {u"id"_s, u"name"_s, u"phone"_s, u"phone2"_s, u"email"_s, u"address"_s, u"type"_s,
                                                     u"created_at"_s, u"created_by"_s, u"updated_at"_s, u"updated_by"_s});
        auto pst = writer->table(u"products"_s, {u"id"_s, u"customer_id"_s, u"model"_s, u"product_type"_s, u"serial"_s, u"serial_rev"_s,
                                                    u"purchase_date"_s, u"manufacture_date"_s, u"installation_date"_s, u"dealer"_s,
                                                    u"warranty_months"_s, u"created_at"_s, u"created_by"_s, u"updated_at"_s,
                                                    u"updated_by"_s});
        if (!cst)
            return cst.error();
        if (!pst)
            return pst.error();
        qint64 productId = 1;
        for (qint64 i = 0; i < nCustomers; ++i) {
            CustomerRec &c = customers[size_t(i)];
            const auto &city = rng.pick(demo::kCities);
            const double typeRoll = rng.unit();
            const char *type = typeRoll < 0.92 ? "consumer" : (typeRoll < 0.95 ? "dealer" : "business");
            QByteArray email;
            if (typeRoll >= 0.92) {
                c.name = QByteArray(city.city).left(6) + rng.pick(demo::kCompoundPrefix) + rng.pick(demo::kBusinessNames);
            } else if (rng.chance(0.12)) {
                c.name = QByteArray(rng.pick(demo::kEnglishFirst)) + ' ' + rng.pick(demo::kEnglishLast);
                email = c.name.toLower().replace(' ', '.') + '@' + (rng.chance(0.5) ? "gmail.com" : "outlook.com");
            } else {
                c.name = chineseName(rng);
                if (rng.chance(0.25))
                    email = QByteArray::number(rng.between(10000000, 999999999)) + "@qq.com";
            }
            const bool landline = typeRoll >= 0.92 && rng.chance(0.5);
            c.phone = landline ? QByteArray(city.areaCode) + QByteArray::number(rng.between(20000000, 89999999)).left(
                                     qstrlen(city.areaCode) == 3 ? 8 : 7)
                               : mobile(rng);
            const QByteArray phone2 = rng.chance(0.1) ? mobile(rng) : QByteArray();
            char addr[256];
            std::snprintf(addr, sizeof addr, "%s%s%s%lld号%s%s%lld栋%lld单元%lld室", city.city,
                          city.districts[rng.below(6)], rng.pick(demo::kRoads), static_cast<long long>(rng.between(1, 999)),
                          rng.pick(demo::kCompoundPrefix), rng.pick(demo::kCompoundSuffix),
                          static_cast<long long>(rng.between(1, 30)), static_cast<long long>(rng.between(1, 6)),
                          static_cast<long long>(rng.between(1, 33) * 100 + rng.between(1, 4)));
            c.address = QByteArray(addr);
            c.createdSecs = custStart + qint64(double(nowSecs - custStart) * double(i) / double(nCustomers));
            const QByteArray created = isoUtc(c.createdSecs);
            const qint64 agent = agents[size_t(rng.below(qint64(agents.size())))].id;
            AS_TRY(writer->add(*cst, Row{B::integer(i + 1), B::text(c.name), B::text(c.phone), B::textOrNull(phone2),
                                         B::textOrNull(email), B::text(c.address), B::lit(type), B::text(created),
                                         B::integer(agent), B::text(created), B::integer(agent)}));
            c.firstProduct = productId;
            const double pr = rng.unit();
            c.productCount = pr < 0.7 ? 1 : (pr < 0.95 ? 2 : 3);
            for (int k = 0; k < c.productCount; ++k) {
                ProductRec p;
                p.line = int(rng.below(qint64(std::size(demo::kProductLines))));
                const auto &line = demo::kProductLines[p.line];
                p.warrantyMonths = line.warrantyMonths;
                const qint64 purchase = c.createdSecs - rng.below(3 * 365) * kDay;
                p.warrantyStartSecs = purchase;
                char model[48];
                std::snprintf(model, sizeof model, "%s%lld%s", line.prefix, static_cast<long long>(rng.between(100, 699)),
                              rng.pick(demo::kModelSuffixes));
                char serial[32];
                std::snprintf(serial, sizeof serial, "%c%c%s%07lld", line.prefix[0], line.prefix[1],
                              isoDate(purchase).mid(2, 2).constData(), static_cast<long long>(productId));
                QByteArray serialRev(serial);
                std::reverse(serialRev.begin(), serialRev.end());
                const bool installed = !line.depotRepairable && rng.chance(0.6);
                AS_TRY(writer->add(*pst, Row{B::integer(productId), B::integer(i + 1), B::text(QByteArray(model)),
                                             B::lit(line.type), B::text(QByteArray(serial)), B::text(serialRev),
                                             B::text(isoDate(purchase)), B::text(isoDate(purchase - rng.between(10, 120) * kDay)),
                                             installed ? B::text(isoDate(purchase + rng.between(1, 7) * kDay)) : B::null(),
                                             rng.chance(0.3) ? B::text(QByteArray(city.city).left(6) + "旗舰店") : B::null(),
                                             B::integer(p.warrantyMonths), B::text(created), B::integer(agent), B::text(created),
                                             B::integer(agent)}));
                products.push_back(p);
                ++productId;
            }
            if ((i & 0x3FFF) == 0)
                report(tr("customers"), int(i * 100 / nCustomers));
        }
        summary.customers = nCustomers;
        summary.products = qint64(products.size());
    }

    // ---- service orders -----------------------------------------------------------------
    report(tr("service orders"), 0);
    std::vector<qint64> opened(size_t(opt.orders));
    for (auto &t : opened) {
        // Business grows over the period; calls come mostly in office hours (local time).
        const double u = rng.unit();
        const double w = std::sqrt(0.25 + u * (2.25 - 0.25)) - 0.5;   // density rising linearly
        const qint64 dayIndex = std::min<qint64>(547, qint64(w * 548.0));
        const double h = rng.unit();
        const qint64 localSod = h < 0.85 ? rng.between(8 * kHour, 19 * kHour) : rng.between(0, kDay - 1);
        const qint64 localMidnight = floorDiv(startSecs + tzOffset, kDay) * kDay + dayIndex * kDay;
        t = std::min(nowSecs - 60, localMidnight + localSod - tzOffset);
    }
    std::sort(opened.begin(), opened.end());

    auto ost = writer->table(u"service_orders"_s, u"id,number,number_rev,customer_id,product_id,customer_name,contact_phone,address,channel,category,service_mode,priority,complexity,status,warranty_status,symptom,technician_id,appointment_start,appointment_end,reschedule_count,diagnosis,repair_plan,work_done,opened_at,acknowledged_at,dispatched_at,contacted_at,started_at,completed_at,accepted_at,accepted_by_name,closed_at,cancelled_at,cancel_reason,ack_due,dispatch_due,contact_due,resolve_due,resolve_working_minutes,rework_of,labour_fen,parts_fen,travel_fen,receipt_number,created_at,created_by,updated_at,updated_by,row_version"_s.split(u','));
    auto est = writer->table(u"order_events"_s, {u"order_id"_s, u"at"_s, u"user_id"_s, u"kind"_s, u"from_status"_s,
                                                u"to_status"_s, u"note"_s});
    if (!ost)
        return ost.error();
    if (!est)
        return est.error();

    std::vector<Accepted> ring;
    ring.reserve(4096);
    size_t ringPos = 0;
    const qint64 batch = 20000;

    for (qint64 n = 0; n < opt.orders; ++n) {
        const qint64 t = opened[size_t(n)];
        const qint64 id = ++orderId;

        // Who calls: a customer created before the call, often a recent buyer.
        qint64 maxIdx = std::clamp<qint64>(qint64(double(t - custStart) / double(nowSecs - custStart) * double(nCustomers)), 1,
                                           nCustomers);
        int cust;
        qint64 productIdx;
        qint64 reworkOf = 0;
        if (rng.chance(0.5))
            cust = int(rng.below(maxIdx));
        else
            cust = int(maxIdx - 1 - rng.below(std::max<qint64>(1, maxIdx / 20)));
        productIdx = customers[size_t(cust)].firstProduct + rng.below(customers[size_t(cust)].productCount);

        // Category, channel, mode.
        const double cr = rng.unit();
        const char *category = cr < 0.10 ? "consultation" : cr < 0.75 ? "repair" : cr < 0.87 ? "installation" : cr < 0.95 ? "maintenance" : "return";
        if (!qstrcmp(category, "repair") && !ring.empty() && rng.chance(0.03)) {
            for (int tries = 0; tries < 4 && !reworkOf; ++tries) {
                const Accepted &a = ring[size_t(rng.below(qint64(ring.size())))];
                if (a.acceptedSecs < t && t - a.acceptedSecs <= 45 * kDay) {
                    reworkOf = a.orderId;
                    cust = a.customer;
                    productIdx = a.product;
                }
            }
        }
        const CustomerRec &c = customers[size_t(cust)];
        const ProductRec &p = products[size_t(productIdx - 1)];
        const auto &line = demo::kProductLines[p.line];
        const double chr = rng.unit();
        const char *channel = chr < 0.55 ? "phone" : chr < 0.70 ? "chat" : chr < 0.80 ? "walk_in" : chr < 0.90 ? "dealer" : "email";
        const bool consult = !qstrcmp(category, "consultation");
        const char *mode = consult ? "remote" : (line.depotRepairable && rng.chance(0.7)) ? "depot" : rng.chance(0.04) ? "remote" : "onsite";
        const double prr = rng.unit();
        const char *priority = prr < 0.05 ? "low" : prr < 0.85 ? "normal" : prr < 0.97 ? "high" : "urgent";
        const bool complex = rng.chance(0.15);
        const bool warranty = inWarranty(p, t);
        QByteArray symptom;
        if (consult) symptom = rng.pick(demo::kConsultationTopics);
        else if (!qstrcmp(category, "installation")) symptom = rng.pick(demo::kInstallSymptoms);
        else if (!qstrcmp(category, "maintenance")) symptom = rng.pick(demo::kMaintenanceSymptoms);
        else if (!qstrcmp(category, "return")) symptom = rng.pick(demo::kReturnSymptoms);
        else symptom = line.symptoms[rng.below(8)];
        if (reworkOf)
            symptom = QByteArray("返修：") + symptom;

        // Number: WO-YYYYMM-NNNNN by the local month of opening.
        const QByteArray month = isoDate(t + tzOffset).left(7).replace("-", "");
        const QByteArray seqName = "WO-" + month;
        const qint64 seq = ++sequences[seqName];
        char number[32];
        std::snprintf(number, sizeof number, "WO-%s-%05lld", month.constData(), static_cast<long long>(seq));
        QByteArray numberRev(number);
        std::reverse(numberRev.begin(), numberRev.end());

        // Deadlines.
        const qint64 ackDue = dueSecs(policy.acknowledge, t);
        const qint64 dispatchDue = dueSecs(policy.dispatch, t);
        const qint64 resolveDue = dueSecs(complex ? policy.resolveComplex : policy.resolveGeneral, t);
        qint64 contactDue = dueSecs(policy.contact, dispatchDue);

        // Timeline.
        const qint64 agent = agents[size_t(rng.below(qint64(agents.size())))].id;
        const Person &tech = technicians[size_t(rng.below(qint64(technicians.size())))];
        struct Ev { qint64 at; qint64 user; const char *kind; const char *from; const char *to; QByteArray note; };
        QVarLengthArray<Ev, 16> evs;
        evs.append({t, agent, "created", nullptr, "new", {}});
        qint64 ack = 0, dispatched = 0, contacted = 0, started = 0, completed = 0, accepted = 0, closed = 0, cancelled = 0;
        qint64 apptStart = 0, apptEnd = 0;
        int reschedules = 0;
        QByteArray cancelReason;
        const char *status = "new";
        bool techAssigned = false;

        auto happen = [&](qint64 at) { return at > 0 && at <= nowSecs; };
        const double ackRoll = rng.unit();
        if (consult) {
            ack = t + rng.between(30, 300);
            closed = ack + rng.between(60, 600);
        } else {
            ack = working(t, ackRoll < 0.85 ? rng.between(2, 40) : ackRoll < 0.98 ? rng.between(40, 59) : rng.between(61, 240));
            // Some of the last two days' requests are still waiting in the front desk's queue.
            if (nowSecs - t < 2 * kDay && rng.chance(0.3))
                ack = nowSecs + 1;
        }
        const bool willCancel = !consult && rng.chance(0.03);
        qint64 cancelAt = willCancel ? ack + rng.between(kHour, 3 * kDay) : 0;

        if (happen(ack))
            evs.append({ack, agent, "acknowledged", nullptr, nullptr, {}});
        else
            ack = 0;

        if (consult) {
            if (ack && happen(closed)) {
                evs.append({closed, agent, "transition", "new", "closed", QByteArray("当场答复 Answered on the call")});
                status = "closed";
            } else {
                closed = 0;
            }
        } else if (ack) {
            // Part of the last week's orders stop at a chosen open stage, so every state is
            // present even in a small demo (work in hand on the day the data is looked at).
            static const char *const openStages[] = {"dispatched", "scheduled", "in_progress", "awaiting_parts", "completed"};
            const char *stopAfter = nowSecs - t < 7 * kDay && rng.chance(0.35) ? rng.pick(openStages) : nullptr;
            auto step = [&](qint64 at, const char *to, qint64 user, QByteArray note = {}) -> bool {
                if (at <= 0 || !happen(at) || (cancelAt && at >= cancelAt))
                    return false;
                if (stopAfter && !qstrcmp(status, stopAfter))
                    return false;
                if (stopAfter && !qstrcmp(stopAfter, "awaiting_parts") && !qstrcmp(to, "completed"))
                    return false;
                evs.append({at, user, "transition", status, to, std::move(note)});
                status = to;
                return true;
            };
            const double dr = rng.unit();
            const qint64 dAt = working(ack, dr < 0.96 ? rng.between(5, 70) : rng.between(121, 400));
            if (step(dAt, "dispatched", agent)) {
                dispatched = dAt;
                techAssigned = true;
                contactDue = dueSecs(policy.contact, dispatched);
                const qint64 cAt = working(dispatched, rng.chance(0.96) ? rng.between(5, 110) : rng.between(121, 300));
                if (step(cAt, "scheduled", tech.id)) {
                    contacted = cAt;
                    const qint64 startLocal = floorDiv(working(cAt, rng.between(30, 900)) + tzOffset, kHour) * kHour;
                    apptStart = startLocal - tzOffset;
                    apptEnd = apptStart + 2 * kHour;
                    if (rng.chance(0.06)) {
                        const int times = rng.chance(0.15) ? 2 : 1;
                        for (int r = 0; r < times; ++r) {
                            const qint64 at = apptStart - rng.between(kHour, 6 * kHour);
                            if (!happen(at) || at <= contacted)
                                break;
                            apptStart += rng.between(1, 2) * kDay;
                            apptEnd = apptStart + 2 * kHour;
                            evs.append({at, agent, "rescheduled", nullptr, nullptr, QByteArray(rng.pick(demo::kRescheduleReasons))});
                            ++reschedules;
                        }
                    }
                    const qint64 sAt = apptStart + rng.between(0, 30 * kMinute);
                    if (step(sAt, "in_progress", tech.id)) {
                        started = sAt;
                        // On site a job takes a few hours; a carried-in unit stays on the bench for days.
                        qint64 workEnd = !qstrcmp(mode, "depot") ? started + rng.between(20, 72) * kHour
                                                                 : started + rng.between(30, 180) * kMinute;
                        if (!qstrcmp(category, "repair") && (rng.chance(0.12) || (stopAfter && !qstrcmp(stopAfter, "awaiting_parts")))) {
                            const qint64 waitAt = started + rng.between(20, 60) * kMinute;
                            if (step(waitAt, "awaiting_parts", tech.id, QByteArray("等待配件 Waiting for parts"))) {
                                const qint64 resume = waitAt + rng.between(1, 6) * kDay;
                                if (step(resume, "in_progress", tech.id))
                                    workEnd = resume + rng.between(30, 120) * kMinute;
                                else
                                    workEnd = 0;
                            } else {
                                workEnd = 0;
                            }
                        }
                        if (workEnd && step(workEnd, "completed", tech.id)) {
                            completed = workEnd;
                            const qint64 aAt = completed + (!qstrcmp(mode, "depot") ? rng.between(1, 3) * kDay : rng.between(2, 10) * kMinute);
                            if (step(aAt, "accepted", tech.id)) {
                                accepted = aAt;
                                const qint64 clAt = accepted + rng.between(1, 5) * kDay;
                                if (step(clAt, "closed", agent))
                                    closed = clAt;
                            }
                        }
                    }
                }
            }
            if (cancelAt && happen(cancelAt) && isOpen(*fromCode<OrderStatus>(QString::fromLatin1(status)))) {
                cancelReason = rng.pick(demo::kCancelReasons);
                evs.append({cancelAt, agent, "transition", status, "cancelled", cancelReason});
                status = "cancelled";
                cancelled = cancelAt;
            }
        }

        const bool outOfWarranty = !warranty;
        qint64 labour = 0, parts = 0, travel = 0;
        QByteArray receipt;
        if (completed && outOfWarranty && !consult) {
            labour = rng.between(5, 30) * 1000;
            parts = rng.chance(0.6) ? rng.between(20, 800) * 100 : 0;
            travel = !qstrcmp(mode, "onsite") ? rng.below(3) * 2500 : 0;
            receipt = "R" + isoDate(completed + tzOffset).replace("-", "") + QByteArray::number(id);
        }
        const qint64 lastAt = evs.last().at;
        const int diag = int(rng.below(qint64(std::size(demo::kDiagnoses))));
        Row row;
        row.reserve(49);
        row << B::integer(id) << B::text(QByteArray(number)) << B::text(numberRev) << B::integer(cust + 1)
            << B::integer(productIdx) << B::text(c.name) << B::text(c.phone) << B::text(c.address) << B::lit(channel)
            << B::lit(category) << B::lit(mode) << B::lit(priority)
            << B::lit(complex ? "complex" : "general") << B::lit(status)
            << B::lit(warranty ? "in" : "out") << B::text(symptom)
            << (techAssigned ? B::integer(tech.id) : B::null())
            << (apptStart ? B::text(isoUtc(apptStart)) : B::null()) << (apptEnd ? B::text(isoUtc(apptEnd)) : B::null())
            << B::integer(reschedules)
            << (started ? B::lit(demo::kDiagnoses[diag]) : B::null())
            << (started ? B::lit("按标准流程维修 Standard repair procedure") : B::null())
            << (completed ? B::lit(demo::kWorkDone[diag]) : B::null())
            << B::text(isoUtc(t)) << (ack ? B::text(isoUtc(ack)) : B::null())
            << (dispatched ? B::text(isoUtc(dispatched)) : B::null()) << (contacted ? B::text(isoUtc(contacted)) : B::null())
            << (started ? B::text(isoUtc(started)) : B::null()) << (completed ? B::text(isoUtc(completed)) : B::null())
            << (accepted ? B::text(isoUtc(accepted)) : B::null()) << (accepted ? B::text(c.name) : B::null())
            << (closed ? B::text(isoUtc(closed)) : B::null()) << (cancelled ? B::text(isoUtc(cancelled)) : B::null())
            << (cancelled ? B::text(cancelReason) : B::null())
            << B::text(isoUtc(ackDue)) << B::text(isoUtc(dispatchDue)) << B::text(isoUtc(contactDue)) << B::text(isoUtc(resolveDue))
            << (completed ? B::integer(cal.workingSecsBetween(t, completed) / 60) : B::null())
            << (reworkOf ? B::integer(reworkOf) : B::null()) << B::integer(labour) << B::integer(parts) << B::integer(travel)
            << B::textOrNull(receipt) << B::text(isoUtc(t)) << B::integer(agent) << B::text(isoUtc(lastAt))
            << B::integer(evs.last().user) << B::integer(evs.size());
        AS_TRY(writer->add(*ost, row));
        for (const Ev &e : evs) {
            AS_TRY(writer->add(*est, Row{B::integer(id), B::text(isoUtc(e.at)), B::integer(e.user),
                                         B::lit(e.kind), e.from ? B::lit(e.from) : B::null(),
                                         e.to ? B::lit(e.to) : B::null(), B::textOrNull(e.note)}));
        }
        summary.events += evs.size();

        if (accepted) {
            const Accepted a{id, cust, productIdx, accepted};
            if (ring.size() < 4096)
                ring.push_back(a);
            else
                ring[ringPos++ % ring.size()] = a;
        }
        if ((n + 1) % batch == 0)
            report(tr("service orders"), int((n + 1) * 100 / opt.orders));
    }
    AS_TRY(writer->finish());
    {
        auto seqSql = u"INSERT INTO number_sequences (name, last_value) VALUES (?, ?) "
                      "ON CONFLICT (name) DO UPDATE SET last_value = excluded.last_value"_s;
        for (auto it = sequences.cbegin(); it != sequences.cend(); ++it)
            AS_TRY(m_db.exec(seqSql, {QString::fromUtf8(it.key()), it.value()}));
    }
    summary.orders = opt.orders;

    // ---- areas built on the orders ---------------------------------------------------------
    DemoContext ctx{m_db, *writer, rng, cal, nowSecs, startSecs, {}, {}, {}, {}, {}, summary};
    for (const Person &pp : managers) ctx.managers << pp.id;
    for (const Person &pp : agents) ctx.agents << pp.id;
    for (const Person &pp : technicians) ctx.technicians << pp.id;
    for (const Person &pp : clerks) ctx.partsClerks << pp.id;
    for (const Person &pp : logistics) ctx.logistics << pp.id;
    AS_TRY(demoParts(ctx));
    report(tr("complaints"), 85);
    AS_TRY(demoComplaints(ctx));
    report(tr("follow-up calls"), 90);
    AS_TRY(demoFollowUps(ctx));

    // ---- finish --------------------------------------------------------------------------
    report(tr("indexes"), 0);
    AS_TRY(bulk.finish());
    AS_TRY(tx->commit());
    report(tr("statistics"), 100);
    if (sqlite) {
        AS_TRY(m_db.exec(u"PRAGMA analysis_limit=2000"_s));
        AS_TRY(m_db.exec(u"ANALYZE"_s));
        AS_TRY(m_db.exec(u"PRAGMA cache_size=-32000"_s));
        AS_TRY(m_db.exec(u"PRAGMA mmap_size=0"_s));
        if (m_db.sqliteMode() == SqliteMode::Local)
            AS_TRY(m_db.exec(u"PRAGMA journal_mode=WAL"_s));
    } else {
        for (const char *table : {"users", "customers", "products", "service_orders", "order_events"}) {
            const QString t = QString::fromLatin1(table);
            AS_TRY(m_db.exec(u"SELECT setval(pg_get_serial_sequence('"_s + t + u"', 'id'), (SELECT GREATEST(MAX(id), 1) FROM "_s + t + u"))"_s));
        }
        AS_TRY(m_db.exec(u"ANALYZE"_s));
    }
    return summary;
}

} // namespace as
