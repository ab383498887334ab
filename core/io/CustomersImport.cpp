#include "io/CustomersImport.h"

#include "demo/BulkWriter.h"
#include "domain/Customer.h"
#include "io/ImportSupport.h"
#include "storage/Database.h"
#include "util/Clock.h"
#include "util/Time.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace as {

QList<ImportColumn> CustomersImport::columns() const
{
    return {
        {u"name"_s, u"客户名称|客戶名稱"_s, true},
        {u"phone"_s, u"电话|電話"_s},
        {u"email"_s, u"邮箱|郵箱|電子郵件"_s},
        {u"address"_s, u"地址"_s},
        {u"type"_s, u"类型|類型"_s},
        {u"model"_s, u"型号|型號"_s},
        {u"serial"_s, u"序列号|序號|序列號"_s},
        {u"purchase_date"_s, u"购买日期|購買日期"_s},
        {u"warranty_months"_s, u"保修月数|保固月數"_s},
    };
}

namespace {

using B = BulkWriter;

struct NewCustomer {
    qint64 id = 0;          // assigned at write time (0 = new)
    qint64 existingId = 0;  // a customer already in the database
    QString name, phone, email, address, type;
};
struct NewProduct {
    int customer = 0;       // index into customers
    QString model, serial, purchaseDate;
    int warrantyMonths = 12;
};

class Session : public ImportSession
{
    Q_DECLARE_TR_FUNCTIONS(as::CustomersImport)

public:
    explicit Session(ImportContext &ctx) : m_ctx(ctx) {}

    Status load()
    {
        auto q = m_ctx.db.exec(u"SELECT phone, id FROM customers WHERE phone IS NOT NULL AND archived_at IS NULL"_s);
        if (!q)
            return q.error();
        while (q->next())
            m_existingPhones.insert(q->value(0).toString(), q->value(1).toLongLong());
        return {};
    }

    QStringList add(ImportRow &row) override
    {
        using C = CustomersImport;
        NewCustomer c;
        c.name = row.required(C::Name).simplified();
        if (c.name.size() > 100)
            row.problem(C::Name, tr("the name is %1 characters long; at most 100 are allowed").arg(c.name.size()));
        c.phone = phone::normalise(row.value(C::Phone));
        if (!c.phone.isEmpty() && !phone::isValid(c.phone))
            row.problem(C::Phone, tr("\"%1\" is not a valid phone number (mobile 11 digits, landline with area code, or +country code)")
                                      .arg(row.value(C::Phone)));
        c.email = row.value(C::Email);
        static const QRegularExpression emailRe(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
        if (!c.email.isEmpty() && !emailRe.match(c.email).hasMatch())
            row.problem(C::Email, tr("\"%1\" is not a valid e-mail address").arg(c.email));
        c.address = row.value(C::Address);
        if (c.address.size() > 300)
            row.problem(C::Address, tr("the address is %1 characters long; at most 300 are allowed").arg(c.address.size()));
        auto type = row.choice<CustomerType>(C::Type, [](const QString &v) { return importsupport::parseChoice<CustomerType>("customer_type", v); },
                                             u"consumer, dealer, business"_s);
        c.type = codeOf(type.value_or(CustomerType::Consumer));

        NewProduct p;
        p.model = row.value(C::Model).simplified();
        p.serial = normaliseSerial(row.value(C::Serial));
        const auto purchase = row.date(C::PurchaseDate);
        const auto months = row.integer(C::WarrantyMonths, 0, 240);
        const bool hasProduct = !p.model.isEmpty() || !p.serial.isEmpty() || row.has(C::PurchaseDate) || row.has(C::WarrantyMonths);
        if (hasProduct && p.model.isEmpty())
            row.problem(C::Model, tr("a model is required when the row has a product (serial, purchase date or warranty)"));
        if (p.serial.size() > 64)
            row.problem(C::Serial, tr("the serial number is longer than 64 characters"));
        if (purchase && *purchase > m_ctx.clock.nowUtc().date().addDays(1))
            row.problem(C::PurchaseDate, tr("the purchase date %1 is in the future").arg(time::dateToDb(*purchase)));
        p.purchaseDate = purchase ? time::dateToDb(*purchase) : QString();
        p.warrantyMonths = int(months.value_or(12));
        if (!p.serial.isEmpty()) {
            if (m_serialRows.contains(p.serial))
                row.problem(C::Serial, tr("duplicate serial %1: also in row %2").arg(p.serial).arg(m_serialRows.value(p.serial)));
            else
                m_serialRows.insert(p.serial, row.row());
        }

        const QStringList stored{c.name, c.phone, c.email, c.address, c.type, p.model, p.serial, p.purchaseDate,
                                 hasProduct ? QString::number(p.warrantyMonths) : QString()};
        if (row.problemCount() > 0)
            return stored;

        // Same name and phone: the same customer; a known phone: the customer in the database.
        const QString key = c.name + u'\x1f' + c.phone;
        int index = m_byKey.value(key, -1);
        if (index < 0) {
            if (!c.phone.isEmpty())
                c.existingId = m_existingPhones.value(c.phone, 0);
            index = int(m_customers.size());
            m_customers.push_back(c);
            m_byKey.insert(key, index);
        }
        if (hasProduct) {
            p.customer = index;
            m_products.push_back(p);
        }
        return stored;
    }

    void finish(QList<ImportProblem> &problems) override
    {
        if (m_serialRows.isEmpty())
            return;
        // Serials already registered (active) in the database.
        auto q = m_ctx.db.exec(u"SELECT serial FROM products WHERE serial IS NOT NULL AND archived_at IS NULL"_s);
        if (!q) {
            problems.append({0, QString(), q.error().message});
            return;
        }
        while (q->next()) {
            const QString s = q->value(0).toString();
            if (m_serialRows.contains(s))
                problems.append({m_serialRows.value(s), u"serial"_s, tr("duplicate serial %1: already registered to another product").arg(s)});
        }
    }

    Status write(const ImportProgress &progress) override
    {
        AS_TRY(importsupport::lockTables(m_ctx.db, {u"customers"_s, u"products"_s}));
        auto maxC = importsupport::maxId(m_ctx.db, u"customers"_s);
        if (!maxC)
            return maxC.error();
        auto maxP = importsupport::maxId(m_ctx.db, u"products"_s);
        if (!maxP)
            return maxP.error();
        qint64 nextC = *maxC, nextP = *maxP;
        auto w = BulkWriter::create(m_ctx.db);
        auto ct = w->table(u"customers"_s, u"id,name,phone,email,address,type,created_at,created_by,updated_at,updated_by"_s.split(u','));
        auto pt = w->table(u"products"_s, u"id,customer_id,model,serial,serial_rev,purchase_date,warranty_months,created_at,created_by,updated_at,updated_by"_s.split(u','));
        if (!ct)
            return ct.error();
        if (!pt)
            return pt.error();
        const QByteArray now = time::toDb(m_ctx.clock.nowUtc()).toUtf8();
        const qint64 user = m_ctx.actor.userId;
        const qint64 total = qint64(m_customers.size() + m_products.size());
        qint64 done = 0;
        for (NewCustomer &c : m_customers) {
            if (c.existingId) {
                c.id = c.existingId;
                continue;
            }
            c.id = ++nextC;
            AS_TRY(w->add(*ct, {B::integer(c.id), B::text(c.name), B::textOrNull(c.phone.toUtf8()), B::textOrNull(c.email.toUtf8()),
                                B::textOrNull(c.address.toUtf8()), B::text(c.type), B::text(now), B::integer(user), B::text(now),
                                B::integer(user)}));
            if ((++done & 1023) == 0 && progress && !progress(done, total)) {
                (void)w->finish();
                return {};
            }
        }
        for (const NewProduct &p : m_products) {
            AS_TRY(w->add(*pt, {B::integer(++nextP), B::integer(m_customers[size_t(p.customer)].id), B::text(p.model),
                                B::textOrNull(p.serial.toUtf8()), B::textOrNull(reversed(p.serial).toUtf8()),
                                B::textOrNull(p.purchaseDate.toUtf8()), B::integer(p.warrantyMonths), B::text(now), B::integer(user),
                                B::text(now), B::integer(user)}));
            if ((++done & 1023) == 0 && progress && !progress(done, total)) {
                (void)w->finish();
                return {};
            }
        }
        AS_TRY(w->finish());
        AS_TRY(importsupport::syncSequences(m_ctx.db, {u"customers"_s, u"products"_s}));
        return {};
    }

    ImportCounts counts() const override
    {
        qint64 fresh = 0;
        for (const NewCustomer &c : m_customers)
            fresh += c.existingId ? 0 : 1;
        return {{tr("customers"), fresh},
                {tr("existing customers"), qint64(m_customers.size()) - fresh},
                {tr("products"), qint64(m_products.size())}};
    }

private:
    ImportContext &m_ctx;
    QHash<QString, qint64> m_existingPhones;
    QHash<QString, int> m_byKey;
    QHash<QString, int> m_serialRows;
    std::vector<NewCustomer> m_customers;
    std::vector<NewProduct> m_products;
};

} // namespace

Result<std::unique_ptr<ImportSession>> CustomersImport::start(ImportContext &ctx) const
{
    auto s = std::make_unique<Session>(ctx);
    AS_TRY(s->load());
    return std::unique_ptr<ImportSession>(std::move(s));
}

} // namespace as
