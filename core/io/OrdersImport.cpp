#include "io/OrdersImport.h"

#include "calendar/SlaPolicy.h"
#include "calendar/WorkingCalendar.h"
#include "demo/BulkWriter.h"
#include "domain/Customer.h"
#include "io/ImportSupport.h"
#include "storage/BulkLoad.h"
#include "storage/Database.h"
#include "util/Clock.h"
#include "util/Time.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace as {

QList<ImportColumn> OrdersImport::columns() const
{
    return {
        {u"number"_s, u"工单号|工單號"_s, true},
        {u"opened_at"_s, u"登记时间|登記時間"_s, true},
        {u"channel"_s, u"渠道|管道"_s},
        {u"category"_s, u"类别|類別"_s},
        {u"complexity"_s, u"难度|難度"_s},
        {u"priority"_s, u"优先级|優先級"_s},
        {u"customer_name"_s, u"客户名称|客戶名稱"_s, true},
        {u"customer_phone"_s, u"电话|電話"_s},
        {u"address"_s, u"地址"_s},
        {u"model"_s, u"型号|型號"_s},
        {u"serial"_s, u"序列号|序號|序列號"_s},
        {u"purchase_date"_s, u"购买日期|購買日期"_s},
        {u"symptom"_s, u"故障现象|故障現象"_s},
        {u"technician"_s, u"维修技师|維修技師"_s},
        {u"acknowledged_at"_s, u"响应时间|回應時間|響應時間"_s},
        {u"dispatched_at"_s, u"派工时间|派工時間"_s},
        {u"completed_at"_s, u"完工时间|完工時間"_s},
        {u"accepted_at"_s, u"验收时间|驗收時間"_s},
        {u"cancelled_at"_s, u"取消时间|取消時間"_s},
        {u"rework_of"_s, u"返修原工单号|返修原工單號"_s},
        {u"labour"_s, u"人工费|人工費"_s},
        {u"parts_cost"_s, u"配件费|零件費|配件費"_s},
        {u"followup_at"_s, u"回访时间|回訪時間"_s},
        {u"satisfaction"_s, u"满意度|滿意度"_s},
    };
}

namespace {

using B = BulkWriter;
using C = OrdersImport;

struct Cust { qint64 id = 0; QString name, phone, address; bool existing = false; };
struct Prod { qint64 id = 0; int customer = 0; QString model, serial, purchase; bool existing = false; };
struct Order {
    int row = 0;
    QString number, channel, category, complexity, priority, symptom, address, reworkOf;
    int customer = -1, product = -1;
    qint64 technician = 0;
    QDateTime opened, ack, dispatched, completed, accepted, cancelled, followup;
    qint64 labour = 0, parts = 0;
    int satisfaction = 0;
};

QString local(const QDateTime &dt, const QTimeZone &tz)
{
    return dt.isValid() ? dt.toTimeZone(tz).toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}

class Session : public ImportSession
{
    Q_DECLARE_TR_FUNCTIONS(as::OrdersImport)

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
        auto q = m_ctx.db.exec(u"SELECT id, login, display_name, role, active FROM users"_s);
        if (!q)
            return q.error();
        while (q->next()) {
            const qint64 id = q->value(0).toLongLong();
            const QString role = q->value(3).toString();
            m_users.insert(q->value(1).toString().toCaseFolded(), {id, role});
            const QString name = q->value(2).toString().toCaseFolded();
            if (m_names.contains(name) && m_names.value(name).first != id)
                m_names[name].first = -1;   // two users share this name: ambiguous
            else
                m_names.insert(name, {id, role});
        }
        q = m_ctx.db.exec(u"SELECT phone, id, name FROM customers WHERE phone IS NOT NULL AND archived_at IS NULL"_s);
        if (!q)
            return q.error();
        while (q->next())
            m_dbCustomerByPhone.insert(q->value(0).toString(), q->value(1).toLongLong());
        q = m_ctx.db.exec(u"SELECT serial, id, customer_id FROM products WHERE serial IS NOT NULL AND archived_at IS NULL"_s);
        if (!q)
            return q.error();
        while (q->next())
            m_dbProductBySerial.insert(q->value(0).toString(), {q->value(1).toLongLong(), q->value(2).toLongLong()});
        return {};
    }

    QStringList add(ImportRow &row) override
    {
        Order o;
        o.row = row.row();
        o.number = row.required(C::Number).simplified();
        if (o.number.size() > 40)
            row.problem(C::Number, tr("the order number is longer than 40 characters"));
        else if (!o.number.isEmpty() && m_numberRows.contains(o.number))
            row.problem(C::Number, tr("duplicate order number %1: also in row %2").arg(o.number).arg(m_numberRows.value(o.number)));
        const auto opened = row.dateTime(C::OpenedAt);
        if (!row.has(C::OpenedAt))
            row.required(C::OpenedAt);
        o.opened = opened.value_or(QDateTime());
        o.channel = codeOf(row.choice<Channel>(C::Channel, [](const QString &v) { return importsupport::parseChoice<Channel>("channel", v); },
                                               u"phone, email, chat, walk_in, dealer"_s).value_or(Channel::Phone));
        o.category = codeOf(row.choice<OrderCategory>(C::Category, [](const QString &v) { return importsupport::parseChoice<OrderCategory>("category", v); },
                                                      u"consultation, repair, installation, maintenance, return"_s)
                                .value_or(OrderCategory::Repair));
        o.complexity = codeOf(row.choice<Complexity>(C::Complexity, [](const QString &v) { return importsupport::parseChoice<Complexity>("complexity", v); },
                                                     u"general, complex"_s).value_or(Complexity::General));
        o.priority = codeOf(row.choice<Priority>(C::Priority, [](const QString &v) { return importsupport::parseChoice<Priority>("priority", v); },
                                                 u"low, normal, high, urgent"_s).value_or(Priority::Normal));
        const QString name = row.required(C::CustomerName).simplified();
        const QString phoneText = row.value(C::CustomerPhone);
        const QString phone = phone::normalise(phoneText);
        if (!phone.isEmpty() && !phone::isValid(phone))
            row.problem(C::CustomerPhone, tr("\"%1\" is not a valid phone number").arg(phoneText));
        o.address = row.value(C::Address);
        const QString model = row.value(C::Model).simplified();
        const QString serial = normaliseSerial(row.value(C::Serial));
        const auto purchase = row.date(C::PurchaseDate);
        if (!serial.isEmpty() && model.isEmpty())
            row.problem(C::Model, tr("a model is required with the serial number"));
        o.symptom = row.value(C::Symptom);
        const QString techName = row.value(C::Technician);
        if (!techName.isEmpty()) {
            const QString k = techName.toCaseFolded();
            const auto found = m_users.contains(k) ? std::optional(m_users.value(k))
                             : m_names.contains(k) ? std::optional(m_names.value(k)) : std::nullopt;
            if (!found)
                row.problem(C::Technician, tr("unknown technician \"%1\" (no user with this login or name)").arg(techName));
            else if (found->first < 0)
                row.problem(C::Technician, tr("\"%1\" is the name of several users; write the login instead").arg(techName));
            else if (found->second != u"technician"_s)
                row.problem(C::Technician, tr("\"%1\" is not a technician (role %2)").arg(techName, found->second));
            else
                o.technician = found->first;
        }
        auto after = [&](int col, const QDateTime &t, const QDateTime &earlier, int earlierCol) {
            if (t.isValid() && earlier.isValid() && t < earlier)
                row.problem(col, tr("%1 is before %2").arg(C().columns().at(col).name, C().columns().at(earlierCol).name));
        };
        o.ack = row.dateTime(C::AcknowledgedAt).value_or(QDateTime());
        o.dispatched = row.dateTime(C::DispatchedAt).value_or(QDateTime());
        o.completed = row.dateTime(C::CompletedAt).value_or(QDateTime());
        o.accepted = row.dateTime(C::AcceptedAt).value_or(QDateTime());
        o.cancelled = row.dateTime(C::CancelledAt).value_or(QDateTime());
        o.followup = row.dateTime(C::FollowupAt).value_or(QDateTime());
        after(C::AcknowledgedAt, o.ack, o.opened, C::OpenedAt);
        after(C::DispatchedAt, o.dispatched, o.opened, C::OpenedAt);
        after(C::CompletedAt, o.completed, o.opened, C::OpenedAt);
        after(C::AcceptedAt, o.accepted, o.completed, C::CompletedAt);
        after(C::CancelledAt, o.cancelled, o.opened, C::OpenedAt);
        after(C::FollowupAt, o.followup, o.opened, C::OpenedAt);
        if (o.accepted.isValid() && !o.completed.isValid() && row.has(C::AcceptedAt))
            row.problem(C::AcceptedAt, tr("accepted_at needs completed_at (an order is accepted after it is completed)"));
        if (o.cancelled.isValid() && (o.completed.isValid() || o.accepted.isValid()))
            row.problem(C::CancelledAt, tr("a cancelled order cannot also be completed or accepted"));
        const QDateTime now = m_ctx.clock.nowUtc().addSecs(3600);
        for (int col : {int(C::OpenedAt), int(C::AcknowledgedAt), int(C::DispatchedAt), int(C::CompletedAt), int(C::AcceptedAt),
                        int(C::CancelledAt), int(C::FollowupAt)}) {
            const auto t = col == C::OpenedAt ? o.opened : col == C::AcknowledgedAt ? o.ack : col == C::DispatchedAt ? o.dispatched
                         : col == C::CompletedAt ? o.completed : col == C::AcceptedAt ? o.accepted
                         : col == C::CancelledAt ? o.cancelled : o.followup;
            if (t.isValid() && t > now)
                row.problem(col, tr("%1 is in the future").arg(local(t, m_ctx.site)));
        }
        o.reworkOf = row.value(C::ReworkOf).simplified();
        if (!o.reworkOf.isEmpty() && o.reworkOf == o.number)
            row.problem(C::ReworkOf, tr("an order cannot be a rework of itself"));
        o.labour = row.money(C::Labour).value_or(0);
        o.parts = row.money(C::PartsCost).value_or(0);
        o.satisfaction = int(row.integer(C::Satisfaction, 1, 5).value_or(0));

        QString status = u"new"_s;
        if (o.cancelled.isValid()) status = u"cancelled"_s;
        else if (o.accepted.isValid()) status = u"closed"_s;
        else if (o.completed.isValid()) status = u"completed"_s;
        else if (o.dispatched.isValid()) status = u"dispatched"_s;
        const QStringList stored{o.number, local(o.opened, m_ctx.site), o.channel, o.category, o.complexity, o.priority, name, phone,
                                 o.address, model, serial, purchase ? time::dateToDb(*purchase) : QString(), o.symptom, techName,
                                 local(o.ack, m_ctx.site), local(o.dispatched, m_ctx.site), local(o.completed, m_ctx.site),
                                 local(o.accepted, m_ctx.site), local(o.cancelled, m_ctx.site), o.reworkOf,
                                 o.labour ? money(o.labour) : QString(), o.parts ? money(o.parts) : QString(),
                                 local(o.followup, m_ctx.site), o.satisfaction ? QString::number(o.satisfaction) : QString()};
        if (!o.number.isEmpty() && !m_numberRows.contains(o.number))
            m_numberRows.insert(o.number, o.row);
        if (row.problemCount() > 0)
            return stored;

        // Customer: known phone -> that customer; else one new customer per name + phone.
        const QString key = name + u'\x1f' + phone;
        int ci = m_customerByKey.value(key, -1);
        if (ci < 0) {
            Cust c{0, name, phone, o.address, false};
            if (!phone.isEmpty() && m_dbCustomerByPhone.contains(phone)) {
                c.id = m_dbCustomerByPhone.value(phone);
                c.existing = true;
            }
            ci = int(m_customers.size());
            m_customers.push_back(c);
            m_customerByKey.insert(key, ci);
        }
        o.customer = ci;
        // Product: by serial (in the database or earlier in the file), else per customer and model.
        if (!model.isEmpty() || !serial.isEmpty()) {
            const QString pkey = serial.isEmpty() ? QString(QString::number(ci) + u'\x1f' + model) : serial;
            int pi = m_productByKey.value(pkey, -1);
            if (pi < 0) {
                Prod p{0, ci, model, serial, purchase ? time::dateToDb(*purchase) : QString(), false};
                if (!serial.isEmpty() && m_dbProductBySerial.contains(serial)) {
                    const auto [pid, owner] = m_dbProductBySerial.value(serial);
                    if (!m_customers[size_t(ci)].existing || m_customers[size_t(ci)].id != owner) {
                        row.problem(C::Serial, tr("duplicate serial %1: it is registered to another customer").arg(serial));
                        return stored;
                    }
                    p.id = pid;
                    p.existing = true;
                }
                pi = int(m_products.size());
                m_products.push_back(p);
                m_productByKey.insert(pkey, pi);
                m_productRow.push_back(o.row);
            } else if (m_products[size_t(pi)].customer != ci) {
                row.problem(C::Serial, tr("duplicate serial %1: row %2 has it for another customer").arg(serial).arg(m_productRow[size_t(pi)]));
                return stored;
            }
            o.product = pi;
        }
        m_orders.push_back(std::move(o));
        return stored;
    }

    void finish(QList<ImportProblem> &problems) override
    {
        // Order numbers already in the database; rework_of must name an order in the file or the database.
        QSet<QString> refs;
        for (const Order &o : m_orders)
            if (!o.reworkOf.isEmpty() && !m_numberRows.contains(o.reworkOf))
                refs.insert(o.reworkOf);
        auto q = m_ctx.db.exec(u"SELECT number, id FROM service_orders"_s);
        if (!q) {
            problems.append({0, QString(), q.error().message});
            return;
        }
        while (q->next()) {
            const QString n = q->value(0).toString();
            if (m_numberRows.contains(n))
                problems.append({m_numberRows.value(n), u"number"_s, tr("order %1 is already in the database").arg(n)});
            if (refs.contains(n))
                m_dbOrderByNumber.insert(n, q->value(1).toLongLong());
        }
        QHash<QString, QDateTime> openedByNumber;
        for (const Order &o : m_orders)
            openedByNumber.insert(o.number, o.opened);
        for (const Order &o : m_orders) {
            if (o.reworkOf.isEmpty())
                continue;
            if (!m_numberRows.contains(o.reworkOf) && !m_dbOrderByNumber.contains(o.reworkOf))
                problems.append({o.row, u"rework_of"_s, tr("order %1 is neither in the file nor in the database").arg(o.reworkOf)});
            else if (openedByNumber.contains(o.reworkOf) && openedByNumber.value(o.reworkOf) >= o.opened)
                problems.append({o.row, u"rework_of"_s, tr("order %1 was opened after this one; a rework follows the original").arg(o.reworkOf)});
        }
    }

    Status write(const ImportProgress &progress) override;

    ImportCounts counts() const override
    {
        qint64 newCust = 0, newProd = 0;
        for (const Cust &c : m_customers) newCust += c.existing ? 0 : 1;
        for (const Prod &p : m_products) newProd += p.existing ? 0 : 1;
        return {{tr("orders"), qint64(m_orders.size())}, {tr("new customers"), newCust}, {tr("new products"), newProd},
                {tr("order events"), m_events}};
    }

private:
    static QString money(qint64 fen) { return QString::number(fen / 100) + u'.' + QString::number(fen % 100).rightJustified(2, u'0'); }

    ImportContext &m_ctx;
    WorkingCalendar m_cal;
    SlaPolicy m_policy;
    QHash<QString, std::pair<qint64, QString>> m_users;   // folded login -> id, role
    QHash<QString, std::pair<qint64, QString>> m_names;   // folded display name -> id (-1: ambiguous), role
    QHash<QString, qint64> m_dbCustomerByPhone;
    QHash<QString, std::pair<qint64, qint64>> m_dbProductBySerial;   // serial -> product, customer
    QHash<QString, qint64> m_dbOrderByNumber;
    QHash<QString, int> m_numberRows;
    QHash<QString, int> m_customerByKey, m_productByKey;
    std::vector<int> m_productRow;
    std::vector<Cust> m_customers;
    std::vector<Prod> m_products;
    std::vector<Order> m_orders;
    qint64 m_events = 0;
};

QByteArray iso(const QDateTime &dt) { return time::toDb(dt).toUtf8(); }
B::Value isoOrNull(const QDateTime &dt) { return dt.isValid() ? B::text(iso(dt)) : B::null(); }

Status Session::write(const ImportProgress &progress)
{
    const QStringList tables{u"customers"_s, u"products"_s, u"service_orders"_s, u"order_events"_s, u"followups"_s};
    AS_TRY(importsupport::lockTables(m_ctx.db, tables));
    qint64 next[4];
    for (int i = 0; i < 4; ++i) {
        auto m = importsupport::maxId(m_ctx.db, tables.at(i));
        if (!m)
            return m.error();
        next[i] = *m;
    }
    // Rebuilding secondary indexes once is cheaper when the import outweighs what is there.
    std::optional<BulkLoad> bulk;
    if (qint64(m_orders.size()) > next[2] && m_orders.size() > 5000) {
        bulk.emplace(m_ctx.db, QStringList{u"service_orders"_s, u"order_events"_s},
                     QStringList{u"order_events_order"_s, u"service_orders_opened"_s});
        AS_TRY(bulk->begin());
    }
    auto w = BulkWriter::create(m_ctx.db);
    auto ct = w->table(u"customers"_s, u"id,name,phone,address,type,created_at,created_by,updated_at,updated_by"_s.split(u','));
    auto pt = w->table(u"products"_s, u"id,customer_id,model,serial,serial_rev,purchase_date,created_at,created_by,updated_at,updated_by"_s.split(u','));
    auto ot = w->table(u"service_orders"_s, u"id,number,number_rev,customer_id,product_id,customer_name,contact_phone,address,channel,category,"
                                             "priority,complexity,status,warranty_status,symptom,technician_id,opened_at,acknowledged_at,"
                                             "dispatched_at,completed_at,accepted_at,closed_at,cancelled_at,cancel_reason,ack_due,dispatch_due,"
                                             "contact_due,resolve_due,resolve_working_minutes,rework_of,labour_fen,parts_fen,created_at,"
                                             "created_by,updated_at,updated_by"_s.split(u','));
    auto et = w->table(u"order_events"_s, u"order_id,at,user_id,kind,from_status,to_status,note"_s.split(u','));
    // A follow-up in the file is a completed first follow-up call, counted by the KPIs and the
    // follow-up statistics like the ones made in the app (no agent: not known from the file).
    auto ft = w->table(u"followups"_s, u"order_id,customer_id,product_id,technician_id,kind,due_date,status,outcome,satisfaction,"
                                        "attempts,done_at,done_on,finished_at,comments,created_at,created_by,updated_at,updated_by"_s.split(u','));
    for (const auto *t : {&ct, &pt, &ot, &et, &ft})
        if (!*t)
            return t->error();
    const QByteArray now = time::toDb(m_ctx.clock.nowUtc()).toUtf8();
    const qint64 user = m_ctx.actor.userId;

    for (Cust &c : m_customers) {
        if (c.existing)
            continue;
        c.id = ++next[0];
        AS_TRY(w->add(*ct, {B::integer(c.id), B::text(c.name), B::textOrNull(c.phone.toUtf8()), B::textOrNull(c.address.toUtf8()),
                            B::lit("consumer"), B::text(now), B::integer(user), B::text(now), B::integer(user)}));
    }
    for (Prod &p : m_products) {
        if (p.existing)
            continue;
        p.id = ++next[1];
        AS_TRY(w->add(*pt, {B::integer(p.id), B::integer(m_customers[size_t(p.customer)].id), B::text(p.model),
                            B::textOrNull(p.serial.toUtf8()), B::textOrNull(reversed(p.serial).toUtf8()),
                            B::textOrNull(p.purchase.toUtf8()), B::text(now), B::integer(user), B::text(now), B::integer(user)}));
    }
    // Ids in order of opening (a rework, opened after its original, gets the higher id and is
    // inserted after it), whatever the order of the rows in the file.
    std::stable_sort(m_orders.begin(), m_orders.end(), [](const Order &a, const Order &b) { return a.opened < b.opened; });
    QHash<QString, qint64> idByNumber;
    for (size_t i = 0; i < m_orders.size(); ++i)
        idByNumber.insert(m_orders[i].number, next[2] + qint64(i) + 1);
    QMap<QString, qint64> sequences;
    static const QRegularExpression numberRe(u"^WO-(\\d{6})-(\\d+)$"_s);
    const qint64 total = qint64(m_orders.size());
    for (size_t i = 0; i < m_orders.size(); ++i) {
        const Order &o = m_orders[i];
        const qint64 id = next[2] + qint64(i) + 1;
        const Cust &c = m_customers[size_t(o.customer)];
        const Prod *p = o.product >= 0 ? &m_products[size_t(o.product)] : nullptr;
        const Complexity cx = o.complexity == u"complex"_s ? Complexity::Complex : Complexity::General;
        const auto due = m_policy.orderDeadlines(m_cal, o.opened, cx);
        const QDateTime contactDue = o.dispatched.isValid() ? m_policy.contact.dueFrom(m_cal, o.dispatched) : due.contact;
        QString warranty = u"unknown"_s;
        if (p && !p->purchase.isEmpty()) {
            const QDate bought = time::dateFromDb(p->purchase);
            warranty = o.opened.toTimeZone(m_ctx.site).date() < bought.addMonths(12) ? u"in"_s : u"out"_s;
        }
        QString status = u"new"_s;
        if (o.cancelled.isValid()) status = u"cancelled"_s;
        else if (o.accepted.isValid()) status = u"closed"_s;
        else if (o.completed.isValid()) status = u"completed"_s;
        else if (o.dispatched.isValid()) status = u"dispatched"_s;
        const QByteArray number = o.number.toUtf8();
        QString rev = o.number;
        std::reverse(rev.begin(), rev.end());
        const qint64 rework = o.reworkOf.isEmpty() ? 0 : idByNumber.value(o.reworkOf, m_dbOrderByNumber.value(o.reworkOf));
        B::Row row;
        row << B::integer(id) << B::text(number) << B::text(rev) << B::integer(c.id) << (p ? B::integer(p->id) : B::null())
            << B::text(c.name) << B::text(c.phone) << B::textOrNull(o.address.toUtf8()) << B::text(o.channel) << B::text(o.category)
            << B::text(o.priority) << B::text(o.complexity) << B::text(status) << B::text(warranty) << B::text(o.symptom)
            << (o.technician ? B::integer(o.technician) : B::null()) << B::text(iso(o.opened)) << isoOrNull(o.ack)
            << isoOrNull(o.dispatched) << isoOrNull(o.completed) << isoOrNull(o.accepted) << isoOrNull(o.accepted)
            << isoOrNull(o.cancelled) << (o.cancelled.isValid() ? B::text(tr("Cancelled (imported history)")) : B::null())
            << isoOrNull(due.acknowledge) << isoOrNull(due.dispatch) << isoOrNull(contactDue) << isoOrNull(due.resolve)
            << (o.completed.isValid() ? B::integer(m_cal.workingSecsBetween(o.opened.toSecsSinceEpoch(), o.completed.toSecsSinceEpoch()) / 60)
                                      : B::null())
            << (rework ? B::integer(rework) : B::null()) << B::integer(o.labour) << B::integer(o.parts) << B::text(iso(o.opened))
            << B::integer(user) << B::text(now) << B::integer(user);
        AS_TRY(w->add(*ot, row));
        // Events: created, acknowledged, each status the timestamps show, follow-up.
        auto ev = [&](const QDateTime &at, const char *kind, const char *from, const char *to, const QString &note = {}) -> Status {
            ++m_events;
            return w->add(*et, {B::integer(id), B::text(iso(at)), B::integer(user), B::lit(kind), from ? B::lit(from) : B::null(),
                                to ? B::lit(to) : B::null(), B::textOrNull(note.toUtf8())});
        };
        AS_TRY(ev(o.opened, "created", nullptr, "new", tr("Imported history")));
        if (o.ack.isValid())
            AS_TRY(ev(o.ack, "acknowledged", nullptr, nullptr));
        const char *st = "new";
        if (o.dispatched.isValid()) { AS_TRY(ev(o.dispatched, "transition", st, "dispatched")); st = "dispatched"; }
        if (o.completed.isValid()) { AS_TRY(ev(o.completed, "transition", st, "completed")); st = "completed"; }
        if (o.accepted.isValid()) {
            AS_TRY(ev(o.accepted, "transition", st, "accepted"));
            AS_TRY(ev(o.accepted, "transition", "accepted", "closed"));
        }
        if (o.cancelled.isValid())
            AS_TRY(ev(o.cancelled, "transition", st, "cancelled", tr("Cancelled (imported history)")));
        if (o.followup.isValid() || o.satisfaction) {
            const QDateTime at = o.followup.isValid() ? o.followup : (o.accepted.isValid() ? o.accepted : o.opened);
            AS_TRY(ev(at, "followup", nullptr, nullptr, o.satisfaction ? u"satisfaction "_s + QString::number(o.satisfaction) : QString()));
            const QByteArray day = time::dateToDb(at.toTimeZone(m_ctx.site).date()).toUtf8();
            AS_TRY(w->add(*ft, {B::integer(id), B::integer(c.id), p ? B::integer(p->id) : B::null(),
                                o.technician ? B::integer(o.technician) : B::null(), B::lit("first"), B::text(day), B::lit("done"),
                                B::lit("reached"), o.satisfaction ? B::integer(o.satisfaction) : B::null(), B::integer(1),
                                B::text(iso(at)), B::text(day), B::text(iso(at)), B::text(tr("Imported history").toUtf8()), B::text(now),
                                B::integer(user), B::text(now), B::integer(user)}));
        }
        const auto m = numberRe.match(o.number);
        if (m.hasMatch()) {
            const QString seq = u"WO-"_s + m.captured(1);
            sequences[seq] = std::max(sequences.value(seq), m.captured(2).toLongLong());
        }
        if (((i + 1) & 1023) == 0 && progress && !progress(qint64(i + 1), total)) {
            (void)w->finish();
            return {};
        }
    }
    AS_TRY(w->finish());
    for (auto it = sequences.cbegin(); it != sequences.cend(); ++it) {
        AS_TRY(m_ctx.db.exec(u"INSERT INTO number_sequences (name, last_value) VALUES (?, ?) "
                             "ON CONFLICT (name) DO UPDATE SET last_value = CASE WHEN excluded.last_value > number_sequences.last_value "
                             "THEN excluded.last_value ELSE number_sequences.last_value END"_s,
                             {it.key(), it.value()}));
    }
    if (bulk)
        AS_TRY(bulk->finish());
    AS_TRY(importsupport::syncSequences(m_ctx.db, tables));
    if (progress)
        progress(total, total);
    return {};
}

} // namespace

Result<std::unique_ptr<ImportSession>> OrdersImport::start(ImportContext &ctx) const
{
    auto s = std::make_unique<Session>(ctx);
    AS_TRY(s->load());
    return std::unique_ptr<ImportSession>(std::move(s));
}

} // namespace as
