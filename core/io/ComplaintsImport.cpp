#include "io/ComplaintsImport.h"

#include "calendar/SlaPolicy.h"
#include "calendar/WorkingCalendar.h"
#include "domain/Complaint.h"
#include "domain/Customer.h"
#include "io/ImportSupport.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "util/Clock.h"
#include "util/Time.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace as {

QList<ImportColumn> ComplaintsImport::columns() const
{
    ImportColumn content{u"content"_s, u"投诉内容|投訴內容|客訴內容"_s, true};
    content.maxLength = 32000;
    ImportColumn expectation{u"expectation"_s, u"客户诉求|客戶訴求"_s};
    expectation.maxLength = 32000;
    return {
        {u"number"_s, u"投诉单号|投訴單號|客訴單號"_s},
        {u"received_at"_s, u"投诉时间|投訴時間|客訴時間"_s, true},
        {u"customer_name"_s, u"客户名称|客戶名稱"_s},
        {u"customer_phone"_s, u"电话|電話"_s},
        {u"model"_s, u"型号|型號"_s},
        {u"order_number"_s, u"工单号|工單號"_s},
        {u"category"_s, u"投诉类别|投訴類別|客訴類別"_s},
        {u"severity"_s, u"严重程度|嚴重程度"_s},
        content,
        expectation,
        {u"responsibility"_s, u"责任归属|責任歸屬"_s},
        {u"remedy"_s, u"处理方式|處理方式"_s},
        {u"compensation"_s, u"赔偿金额|賠償金額"_s},
        {u"closed_at"_s, u"结案时间|結案時間"_s},
        {u"satisfied"_s, u"客户是否满意|客戶是否滿意"_s},
    };
}

namespace {

using C = ComplaintsImport;

// Chinese words for the complaint enumerations (Simplified and Traditional).
std::optional<QString> chinese(const QString &e, const QString &text)
{
    struct Word { const char *e; const char16_t *word; const char *code; };
    static const Word words[] = {
        {"category", u"产品质量", "quality"}, {"category", u"產品品質", "quality"}, {"category", u"质量", "quality"},
        {"category", u"品質", "quality"}, {"category", u"服务态度", "attitude"}, {"category", u"服務態度", "attitude"},
        {"category", u"态度", "attitude"}, {"category", u"態度", "attitude"}, {"category", u"时效", "timeliness"},
        {"category", u"及时性", "timeliness"}, {"category", u"時效", "timeliness"}, {"category", u"收费", "charges"},
        {"category", u"收費", "charges"}, {"category", u"物流", "delivery"}, {"category", u"配送", "delivery"},
        {"category", u"其他", "other"},
        {"severity", u"低", "low"}, {"severity", u"一般", "normal"}, {"severity", u"普通", "normal"}, {"severity", u"高", "high"},
        {"severity", u"严重", "critical"}, {"severity", u"嚴重", "critical"}, {"severity", u"紧急", "critical"},
        {"severity", u"緊急", "critical"},
        {"responsibility", u"服务", "service"}, {"responsibility", u"服務", "service"}, {"responsibility", u"产品", "product"},
        {"responsibility", u"產品", "product"}, {"responsibility", u"产品质量", "product"}, {"responsibility", u"物流", "logistics"},
        {"responsibility", u"客户", "customer"}, {"responsibility", u"客戶", "customer"}, {"responsibility", u"客户误用", "customer"},
        {"responsibility", u"待定", "undetermined"}, {"responsibility", u"未定", "undetermined"},
        {"responsibility", u"不确定", "undetermined"},
        {"remedy", u"更换", "replacement"}, {"remedy", u"换货", "replacement"}, {"remedy", u"更換", "replacement"},
        {"remedy", u"免费维修", "free_repair"}, {"remedy", u"免費維修", "free_repair"}, {"remedy", u"赔偿", "compensation"},
        {"remedy", u"賠償", "compensation"}, {"remedy", u"退款", "refund"}, {"remedy", u"道歉", "apology"},
        {"remedy", u"其他", "other"},
    };
    const QByteArray name = e.toLatin1();
    for (const Word &w : words)
        if (name == w.e && text == QStringView(w.word))
            return QString::fromLatin1(w.code);
    return std::nullopt;
}

template <typename E>
std::optional<E> parse(const char *e, const QString &v)
{
    if (auto x = fromCodeOrLabel<E>(v))
        return x;
    if (auto c = chinese(QString::fromLatin1(e), v.trimmed()))
        return fromCode<E>(*c);
    return std::nullopt;
}

struct Row {
    int row = 0;
    QString number, name, phone, model, orderNumber, category, severity, content, expectation, responsibility, remedy;
    QDateTime received, closed;
    qint64 compensation = 0;
    int satisfied = -1;
    qint64 orderId = 0, productId = 0, orderCustomer = 0;
    QString orderCustomerName;
    int customer = -1;   // index into customers; -1: none
};
struct Cust { qint64 id = 0; QString name, phone; };

QString local(const QDateTime &dt, const QTimeZone &tz)
{
    return dt.isValid() ? dt.toTimeZone(tz).toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}

class Session : public ImportSession
{
    Q_DECLARE_TR_FUNCTIONS(as::ComplaintsImport)

public:
    explicit Session(ImportContext &ctx) : m_ctx(ctx) {}

    Status load()
    {
        auto cal = WorkingCalendar::load(m_ctx.db);
        if (!cal)
            return cal.error();
        m_cal = std::move(*cal);
        auto pol = SlaPolicy::load(m_ctx.db);
        if (!pol)
            return pol.error();
        m_policy = *pol;
        return {};
    }

    QStringList add(ImportRow &row) override
    {
        Row r;
        r.row = row.row();
        r.number = row.value(C::Number).simplified().toUpper();
        if (r.number.size() > 40)
            row.problem(C::Number, tr("the complaint number is longer than 40 characters"));
        else if (!r.number.isEmpty() && m_numberRows.contains(r.number))
            row.problem(C::Number, tr("duplicate complaint number %1: also in row %2").arg(r.number).arg(m_numberRows.value(r.number)));
        r.received = row.dateTime(C::ReceivedAt).value_or(QDateTime());
        if (!row.has(C::ReceivedAt))
            row.required(C::ReceivedAt);
        r.name = row.value(C::CustomerName).simplified();
        const QString phoneText = row.value(C::CustomerPhone);
        r.phone = phone::normalise(phoneText);
        if (!r.phone.isEmpty() && !phone::isValid(r.phone))
            row.problem(C::CustomerPhone, tr("\"%1\" is not a valid phone number").arg(phoneText));
        if (!r.phone.isEmpty() && r.name.isEmpty())
            row.problem(C::CustomerName, tr("a customer name is required with the phone number"));
        r.model = row.value(C::Model).simplified();
        r.orderNumber = row.value(C::OrderNumber).simplified().toUpper();
        r.category = codeOf(row.choice<ComplaintCategory>(C::Category, [](const QString &v) { return parse<ComplaintCategory>("category", v); },
                                                          u"quality, attitude, timeliness, charges, delivery, other"_s)
                                .value_or(ComplaintCategory::Other));
        r.severity = codeOf(row.choice<ComplaintSeverity>(C::Severity, [](const QString &v) { return parse<ComplaintSeverity>("severity", v); },
                                                          u"low, normal, high, critical"_s)
                                .value_or(ComplaintSeverity::Normal));
        r.content = row.rawValue(C::Content);
        if (r.content.trimmed().isEmpty())
            row.required(C::Content);
        r.expectation = row.rawValue(C::Expectation);
        if (r.expectation.trimmed().isEmpty())
            r.expectation.clear();
        r.responsibility = codeOf(row.choice<Responsibility>(C::Responsibility,
                                                             [](const QString &v) { return parse<Responsibility>("responsibility", v); },
                                                             u"service, product, logistics, customer, undetermined"_s)
                                      .value_or(Responsibility::Undetermined));
        const auto remedy = row.choice<Remedy>(C::Remedy, [](const QString &v) { return parse<Remedy>("remedy", v); },
                                               u"replacement, free_repair, compensation, refund, apology, other"_s);
        r.remedy = remedy ? codeOf(*remedy) : QString();
        r.compensation = row.money(C::Compensation).value_or(0);
        if (r.compensation > 0 && remedy && *remedy != Remedy::Compensation && *remedy != Remedy::Refund)
            row.problem(C::Compensation, tr("an amount only goes with remedy compensation or refund"));
        r.closed = row.dateTime(C::ClosedAt).value_or(QDateTime());
        if (r.closed.isValid() && r.received.isValid() && r.closed < r.received)
            row.problem(C::ClosedAt, tr("closed_at is before received_at"));
        const QString sat = row.value(C::Satisfied).toCaseFolded();
        if (!sat.isEmpty()) {
            static const QStringList yes{u"yes"_s, u"y"_s, u"1"_s, u"true"_s, u"是"_s, u"满意"_s, u"滿意"_s};
            static const QStringList no{u"no"_s, u"n"_s, u"0"_s, u"false"_s, u"否"_s, u"不满意"_s, u"不滿意"_s};
            if (yes.contains(sat))
                r.satisfied = 1;
            else if (no.contains(sat))
                r.satisfied = 0;
            else
                row.problem(C::Satisfied, tr("\"%1\" is not one of: yes, no").arg(row.value(C::Satisfied)));
        }
        const QDateTime future = m_ctx.clock.nowUtc().addSecs(3600);
        if (r.received.isValid() && r.received > future)
            row.problem(C::ReceivedAt, tr("%1 is in the future").arg(local(r.received, m_ctx.site)));
        if (r.closed.isValid() && r.closed > future)
            row.problem(C::ClosedAt, tr("%1 is in the future").arg(local(r.closed, m_ctx.site)));
        const QStringList stored{r.number, local(r.received, m_ctx.site), r.name, r.phone, r.model, r.orderNumber, r.category,
                                 r.severity, r.content, r.expectation, r.responsibility, r.remedy,
                                 r.compensation ? QString::number(r.compensation / 100.0, 'f', 2) : QString(),
                                 local(r.closed, m_ctx.site), r.satisfied < 0 ? QString() : r.satisfied ? u"yes"_s : u"no"_s};
        if (!r.number.isEmpty() && !m_numberRows.contains(r.number))
            m_numberRows.insert(r.number, r.row);
        if (row.problemCount() > 0)
            return stored;
        if (!r.name.isEmpty()) {
            const QString key = r.name + u'\x1f' + r.phone;
            int ci = m_customerByKey.value(key, -1);
            if (ci < 0) {
                ci = int(m_customers.size());
                m_customers.push_back({0, r.name, r.phone});
                m_customerByKey.insert(key, ci);
            }
            r.customer = ci;
        }
        m_rows.push_back(std::move(r));
        return stored;
    }

    void finish(QList<ImportProblem> &problems) override
    {
        auto fail = [&](const Error &e) { problems.append({0, QString(), e.message}); };
        auto num = m_ctx.db.prepare(u"SELECT count(*) FROM complaints WHERE number = ?"_s);
        auto ord = m_ctx.db.prepare(u"SELECT id, customer_id, product_id, customer_name FROM service_orders WHERE number = ?"_s);
        auto cus = m_ctx.db.prepare(u"SELECT id FROM customers WHERE phone = ? AND archived_at IS NULL ORDER BY id LIMIT 1"_s);
        if (!num || !ord || !cus)
            return fail(!num ? num.error() : !ord ? ord.error() : cus.error());
        for (Row &r : m_rows) {
            if (!r.number.isEmpty()) {
                if (auto s = m_ctx.db.execPrepared(*num, {r.number}); !s)
                    return fail(s.error());
                if (num->next() && num->value(0).toInt() > 0)
                    problems.append({r.row, u"number"_s, tr("complaint %1 is already in the database").arg(r.number)});
                num->finish();
            }
            if (!r.orderNumber.isEmpty()) {
                if (auto s = m_ctx.db.execPrepared(*ord, {r.orderNumber}); !s)
                    return fail(s.error());
                if (ord->next()) {
                    r.orderId = ord->value(0).toLongLong();
                    r.orderCustomer = ord->value(1).toLongLong();
                    r.productId = ord->value(2).toLongLong();
                    r.orderCustomerName = ord->value(3).toString();
                } else {
                    problems.append({r.row, u"order_number"_s, tr("there is no service order %1 in the database").arg(r.orderNumber)});
                }
                ord->finish();
            }
        }
        for (Cust &c : m_customers) {
            if (c.phone.isEmpty())
                continue;
            if (auto s = m_ctx.db.execPrepared(*cus, {c.phone}); !s)
                return fail(s.error());
            if (cus->next())
                c.id = cus->value(0).toLongLong();
            cus->finish();
        }
    }

    Status write(const ImportProgress &progress) override;

    ImportCounts counts() const override
    {
        qint64 newCust = 0;
        for (const Cust &c : m_customers)
            newCust += c.id > 0 && !m_created.contains(c.id) ? 0 : 1;
        return {{tr("complaints"), qint64(m_rows.size())}, {tr("new customers"), newCust}};
    }

private:
    ImportContext &m_ctx;
    WorkingCalendar m_cal;
    SlaPolicy m_policy;
    QHash<QString, int> m_numberRows;
    QHash<QString, int> m_customerByKey;
    std::vector<Cust> m_customers;
    std::vector<Row> m_rows;
    QSet<qint64> m_created;
};

Status Session::write(const ImportProgress &progress)
{
    const QString now = time::toDb(m_ctx.clock.nowUtc());
    const QVariant user = sql::id(m_ctx.actor.userId);
    for (Cust &c : m_customers) {
        if (c.id > 0)
            continue;
        auto id = m_ctx.db.insertReturningId(u"INSERT INTO customers (name, phone, type, created_at, created_by, updated_at, updated_by) "
                                             "VALUES (?, ?, 'consumer', ?, ?, ?, ?) RETURNING id"_s,
                                             {c.name, sql::text(c.phone), now, user, now, user});
        if (!id)
            return id.error();
        c.id = *id;
        m_created.insert(c.id);
    }
    auto ins = m_ctx.db.prepare(
        u"INSERT INTO complaints (number, received_at, customer_id, product_id, order_id, customer_name, contact_phone, model, category, "
        "severity, status, content, expectation, responsibility, remedy, compensation_fen, acknowledged_at, ack_due, remedy_due, "
        "remedy_proposed_at, closed_at, satisfied, created_at, created_by, updated_at, updated_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    auto link = m_ctx.db.prepare(u"INSERT INTO complaint_orders (complaint_id, order_id) VALUES (?, ?)"_s);
    auto ev = m_ctx.db.prepare(u"INSERT INTO complaint_events (complaint_id, at, user_id, kind, from_status, to_status, note) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    if (!ins || !link || !ev)
        return !ins ? ins.error() : !link ? link.error() : ev.error();
    const QString note = tr("Imported history");
    const qint64 total = qint64(m_rows.size());
    qint64 done = 0;
    for (Row &r : m_rows) {
        QString number = r.number;
        if (number.isEmpty()) {
            const QString seq = u"CP-"_s + r.received.toTimeZone(m_ctx.site).toString(u"yyyyMM"_s);
            auto v = m_ctx.db.scalar(u"INSERT INTO number_sequences (name, last_value) VALUES (?, 1) ON CONFLICT (name) DO UPDATE "
                                     "SET last_value = number_sequences.last_value + 1 RETURNING last_value"_s,
                                     {seq});
            if (!v)
                return v.error();
            number = u"%1-%2"_s.arg(seq).arg(v->toLongLong(), 5, 10, QLatin1Char('0'));
        }
        const QString status = r.closed.isValid() ? u"closed"_s
                               : !r.remedy.isEmpty() ? u"remedy_proposed"_s
                               : r.responsibility != u"undetermined"_s ? u"investigating"_s : u"received"_s;
        qint64 customerId = r.customer >= 0 ? m_customers[size_t(r.customer)].id : r.orderCustomer;
        const QString name = r.customer >= 0 ? r.name : r.orderCustomerName;
        const QDateTime ackDue = m_policy.complaintAcknowledge.dueFrom(m_cal, r.received);
        const QDateTime remedyDue = m_policy.complaintRemedy.dueFrom(m_cal, r.received);
        const QString received = time::toDb(r.received);
        const bool pastIntake = status != u"received"_s;
        const QVariant proposed = !r.remedy.isEmpty() ? QVariant(r.closed.isValid() ? time::toDb(r.closed) : now) : sql::time({});
        AS_TRY(m_ctx.db.execPrepared(
            *ins, {number, received, sql::id(customerId), sql::id(r.productId), sql::id(r.orderId), name.isEmpty() ? u""_s : name, sql::text(r.phone),
                   sql::text(r.model), r.category, r.severity, status, r.content, sql::text(r.expectation), r.responsibility,
                   sql::text(r.remedy), r.compensation, pastIntake ? QVariant(received) : sql::time({}), sql::time(ackDue),
                   sql::time(remedyDue), proposed, sql::time(r.closed),
                   r.satisfied < 0 ? QVariant(QMetaType::fromType<int>()) : QVariant(r.satisfied), now, user, now, user}));
        if (!ins->next())
            return Error::storage(tr("The complaint of row %1 was not stored.").arg(r.row));
        const qint64 id = ins->value(0).toLongLong();
        ins->finish();
        if (r.orderId > 0)
            AS_TRY(m_ctx.db.execPrepared(*link, {id, r.orderId}));
        AS_TRY(m_ctx.db.execPrepared(*ev, {id, received, user, u"imported"_s, QVariant(QMetaType::fromType<QString>()), u"received"_s, note}));
        if (status != u"received"_s)
            AS_TRY(m_ctx.db.execPrepared(*ev, {id, r.closed.isValid() ? time::toDb(r.closed) : now, user, u"transition"_s,
                                               u"received"_s, status, note}));
        if ((++done & 255) == 0 && progress && !progress(done, total))
            return {};
    }
    // Numbers of this application's form move the month's sequence past them.
    static const QRegularExpression numberRe(u"^CP-(\\d{6})-(\\d+)$"_s);
    QHash<QString, qint64> sequences;
    for (const Row &r : m_rows)
        if (const auto m = numberRe.match(r.number); m.hasMatch())
            sequences[u"CP-"_s + m.captured(1)] = std::max(sequences.value(u"CP-"_s + m.captured(1)), m.captured(2).toLongLong());
    for (auto it = sequences.cbegin(); it != sequences.cend(); ++it)
        AS_TRY(m_ctx.db.exec(u"INSERT INTO number_sequences (name, last_value) VALUES (?, ?) "
                             "ON CONFLICT (name) DO UPDATE SET last_value = CASE WHEN excluded.last_value > number_sequences.last_value "
                             "THEN excluded.last_value ELSE number_sequences.last_value END"_s,
                             {it.key(), it.value()}));
    if (progress)
        progress(total, total);
    return {};
}

} // namespace

Result<std::unique_ptr<ImportSession>> ComplaintsImport::start(ImportContext &ctx) const
{
    auto s = std::make_unique<Session>(ctx);
    AS_TRY(s->load());
    return std::unique_ptr<ImportSession>(std::move(s));
}

} // namespace as
