#include "demo/DemoComplaints.h"

#include "demo/BulkWriter.h"
#include "calendar/WorkingCalendar.h"
#include "demo/DemoGenerator.h"
#include "storage/BulkLoad.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QMap>
#include <QSqlQuery>

#include <algorithm>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace as {

namespace {

struct Text { const char *category; const char *content; const char *expectation; };
const Text kTexts[] = {
    {"quality", "刚修好没几天又出现同样的故障，质量太差", "免费重新维修并延长保修"},
    {"quality", "新买的产品开箱就有划痕和凹陷", "更换新机"},
    {"quality", "更换的配件用了一个月就坏了", "更换原厂配件"},
    {"quality", "The unit failed again two weeks after the repair", "A replacement unit"},
    {"attitude", "维修师傅态度恶劣，说话不耐烦", "公司道歉并处理该师傅"},
    {"attitude", "客服电话打了三次都没人回复", "尽快安排专人跟进"},
    {"attitude", "师傅上门后抽烟，还把地板弄脏了", "道歉并清洁赔偿"},
    {"timeliness", "预约上门时间一再推迟，等了一整天没人来", "今天必须上门"},
    {"timeliness", "等配件等了两个星期还没到", "尽快修好或者换新"},
    {"timeliness", "Nobody came at the booked time and nobody called", "An apology and a visit tomorrow"},
    {"charges", "保修期内还收了上门费和配件费", "退还全部费用"},
    {"charges", "收费比报价高出很多，也没有提前说明", "按报价收费，退还差价"},
    {"delivery", "送货时外包装破损，机器侧面凹陷", "换货"},
    {"delivery", "送货员没有送上楼，放在小区门口就走了", "道歉并补偿"},
    {"other", "发票一直没有开给我", "尽快开具发票"},
    {"other", "要求取消延保服务被拒绝", "取消延保并退款"},
};
const char *const kRootCauses[] = {"派工延误", "配件质量问题", "师傅服务规范执行不到位", "物流包装不当", "报价未说明清楚",
                                   "产品设计缺陷", "客户使用不当", "配件缺货"};
const char *const kDepartments[] = {"售后服务部", "客服中心", "质量部", "物流部"};
const char *const kRemedies[] = {"apology", "free_repair", "compensation", "replacement", "refund", "other"};
const char *const kResponsibilities[] = {"service", "service", "product", "product", "logistics", "customer", "undetermined"};
const char *const kSeverities[] = {"low", "normal", "normal", "normal", "high", "high", "critical"};
constexpr qint64 kMinute = 60, kHour = 3600, kDay = 86400;

struct Row {
    qint64 orderId, customerId, productId, received;
    QByteArray name, phone, model;
};

} // namespace

Status demoComplaints(DemoContext &ctx)
{
    using B = BulkWriter;
    Database &db = ctx.db;
    DemoRng &rng = ctx.rng;
    const WorkingCalendar &cal = ctx.calendar;
    std::vector<Row> rows;
    {
        // About one order in five gives a complaint (deterministic: by id).
        auto q = db.exec(u"SELECT o.id, o.customer_id, o.product_id, o.customer_name, o.contact_phone, o.opened_at, o.completed_at, "
                         "p.model FROM service_orders o LEFT JOIN products p ON p.id = o.product_id WHERE o.id % 5 = 2 ORDER BY o.id"_s);
        if (!q)
            return q.error();
        while (q->next()) {
            const QString base = q->value(6).isNull() ? q->value(5).toString() : q->value(6).toString();
            const qint64 from = QDateTime::fromString(base, Qt::ISODate).toSecsSinceEpoch();
            // Within 10 days after the order (after completion when completed), never in the future.
            const qint64 span = std::min(10 * kDay, ctx.nowSecs - 10 * kMinute - from);
            if (span <= 0)
                continue;
            const qint64 received = from + rng.between(std::min(kHour, span), span);
            rows.push_back({q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toLongLong(), received,
                            q->value(3).toString().toUtf8(), q->value(4).toString().toUtf8(), q->value(7).toString().toUtf8()});
        }
    }
    if (rows.empty())
        return {};
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.received < b.received; });

    BulkLoad bulk(db, {u"complaints"_s, u"complaint_events"_s, u"complaint_orders"_s}, {u"complaint_events_complaint"_s});
    AS_TRY(bulk.begin());
    auto ct = ctx.writer.table(u"complaints"_s, u"id,number,received_at,customer_id,product_id,order_id,customer_name,contact_phone,model,"
                                                "category,severity,status,content,expectation,department,assignee_id,investigation,"
                                                "root_cause,responsibility,remedy,compensation_fen,acknowledged_at,ack_due,remedy_due,"
                                                "remedy_proposed_at,approved_at,approved_by,informed_at,customer_feedback,satisfied,"
                                                "closed_at,reopen_count,created_at,created_by,updated_at,updated_by"_s.split(u','));
    auto et = ctx.writer.table(u"complaint_events"_s, u"complaint_id,at,user_id,kind,from_status,to_status,note"_s.split(u','));
    auto lt = ctx.writer.table(u"complaint_orders"_s, u"complaint_id,order_id"_s.split(u','));
    for (const auto *t : {&ct, &et, &lt})
        if (!*t)
            return t->error();
    const qint64 workDay = qint64(cal.standardDayMinutes()) * kMinute;
    auto pickUser = [&](const QList<qint64> &users) { return users.isEmpty() ? qint64(1) : users.at(int(rng.below(users.size()))); };
    auto iso = [](qint64 secs) { return B::text(DemoGenerator::isoUtc(secs)); };
    QMap<QByteArray, qint64> sequences;
    static const char *const kStates[] = {"received", "investigating", "remedy_proposed", "approved", "customer_informed", "closed"};
    qint64 id = 0, events = 0;
    for (const Row &r : rows) {
        ++id;
        const QByteArray month = QDateTime::fromSecsSinceEpoch(r.received, cal.timeZone()).toString(u"yyyyMM"_s).toUtf8();
        const qint64 seq = ++sequences[month];
        const QByteArray number = "CP-" + month + '-' + QByteArray::number(seq).rightJustified(5, '0');
        const Text &text = rng.pick(kTexts);
        const qint64 ackDue = cal.addWorkingSecs(r.received, 60 * kMinute);
        const qint64 remedyDue = cal.addWorkingSecs(r.received, 3 * workDay);
        // The chain of step times; the status is the last step reached by now (1 in 10 stops earlier).
        qint64 at[6];
        at[0] = r.received;
        at[1] = r.received + rng.between(5 * kMinute, rng.chance(0.1) ? 6 * kHour : 55 * kMinute);
        at[2] = at[1] + rng.between(2 * kHour, rng.chance(0.15) ? 6 * kDay : 2 * kDay);
        at[3] = at[2] + rng.between(1 * kHour, 1 * kDay);
        at[4] = at[3] + rng.between(1 * kHour, 1 * kDay);
        at[5] = at[4] + rng.between(1 * kHour, 2 * kDay);
        int state = 5;
        if (rng.chance(0.1))
            state = int(rng.below(5));
        while (state > 0 && at[state] > ctx.nowSecs)
            --state;
        const bool acknowledged = state >= 1 || rng.chance(0.5);
        const char *responsibility = state >= 1 ? rng.pick(kResponsibilities) : "undetermined";
        const char *remedy = state >= 2 ? rng.pick(kRemedies) : nullptr;
        const bool costly = remedy && (qstrcmp(remedy, "compensation") == 0 || qstrcmp(remedy, "refund") == 0 || qstrcmp(remedy, "replacement") == 0);
        const qint64 amount = remedy && (qstrcmp(remedy, "compensation") == 0 || qstrcmp(remedy, "refund") == 0) ? rng.between(5, 200) * 1000 : 0;
        const int reopened = state == 5 && rng.chance(0.05) ? 1 : 0;
        const qint64 agent = pickUser(ctx.agents);
        const qint64 approver = costly ? pickUser(ctx.managers) : agent;
        const char *status = kStates[state];
        B::Row row;
        row << B::integer(id) << B::text(number) << iso(r.received) << B::integer(r.customerId)
            << (r.productId ? B::integer(r.productId) : B::null()) << B::integer(r.orderId) << B::text(r.name) << B::text(r.phone)
            << B::textOrNull(r.model) << B::lit(text.category) << B::lit(rng.pick(kSeverities)) << B::lit(status) << B::lit(text.content)
            << B::lit(text.expectation) << (state >= 1 ? B::lit(rng.pick(kDepartments)) : B::null())
            << (state >= 1 ? B::integer(agent) : B::null()) << (state >= 1 ? B::lit("已联系客户并核实情况") : B::null())
            << (state >= 2 ? B::lit(rng.pick(kRootCauses)) : B::null()) << B::lit(responsibility)
            << (remedy ? B::lit(remedy) : B::null()) << B::integer(amount) << (acknowledged ? iso(at[1]) : B::null()) << iso(ackDue)
            << iso(remedyDue) << (state >= 2 ? iso(at[2]) : B::null()) << (state >= 3 ? iso(at[3]) : B::null())
            << (state >= 3 ? B::integer(approver) : B::null()) << (state >= 4 ? iso(at[4]) : B::null())
            << (state >= 4 ? B::lit("客户表示接受") : B::null()) << (state == 5 ? B::integer(1) : B::null())
            << (state == 5 ? iso(at[5]) : B::null()) << B::integer(reopened) << iso(r.received) << B::integer(agent)
            << iso(at[state]) << B::integer(state >= 3 ? approver : agent);
        AS_TRY(ctx.writer.add(*ct, row));
        AS_TRY(ctx.writer.add(*lt, {B::integer(id), B::integer(r.orderId)}));
        AS_TRY(ctx.writer.add(*et, {B::integer(id), iso(r.received), B::integer(agent), B::lit("created"), B::null(), B::lit("received"), B::null()}));
        ++events;
        if (acknowledged && state == 0) {
            AS_TRY(ctx.writer.add(*et, {B::integer(id), iso(at[1]), B::integer(agent), B::lit("acknowledged"), B::null(), B::null(), B::null()}));
            ++events;
        }
        for (int s = 1; s <= state; ++s) {
            AS_TRY(ctx.writer.add(*et, {B::integer(id), iso(at[s]), B::integer(s == 3 ? approver : agent), B::lit("transition"),
                                        B::lit(kStates[s - 1]), B::lit(kStates[s]), B::null()}));
            ++events;
        }
    }
    AS_TRY(ctx.writer.finish());
    const QString seqSql = u"INSERT INTO number_sequences (name, last_value) VALUES (?, ?) "
                           "ON CONFLICT (name) DO UPDATE SET last_value = excluded.last_value"_s;
    for (auto it = sequences.cbegin(); it != sequences.cend(); ++it)
        AS_TRY(db.exec(seqSql, {QString(u"CP-"_s + QString::fromUtf8(it.key())), it.value()}));
    AS_TRY(bulk.finish());
    if (!db.isSqlite())
        for (const char *table : {"complaints", "complaint_events"}) {
            const QString t = QString::fromLatin1(table);
            AS_TRY(db.exec(u"SELECT setval(pg_get_serial_sequence('"_s + t + u"', 'id'), (SELECT GREATEST(MAX(id), 1) FROM "_s + t + u"))"_s));
        }
    ctx.summary.extra.append({DemoGenerator::tr("complaints"), id});
    ctx.summary.extra.append({DemoGenerator::tr("complaint events"), events});
    return {};
}

} // namespace as
