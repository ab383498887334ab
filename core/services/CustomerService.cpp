#include "services/CustomerService.h"

#include "services/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "util/Clock.h"
#include "util/Time.h"

#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace as {

namespace {

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(time::dateToDb(d)) : QVariant(QMetaType::fromType<QString>());
}

const QString kCustomerColumns =
    u"id, name, phone, phone2, email, address, type, notes, archived_at, created_at, updated_at, row_version"_s;

Customer customerFromRow(const QSqlQuery &q)
{
    Customer c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.phone = q.value(2).toString();
    c.phone2 = q.value(3).toString();
    c.email = q.value(4).toString();
    c.address = q.value(5).toString();
    c.type = fromCode<CustomerType>(q.value(6).toString()).value_or(CustomerType::Consumer);
    c.notes = q.value(7).toString();
    c.archived = !q.value(8).isNull();
    c.createdAt = time::fromDb(q.value(9).toString());
    c.updatedAt = time::fromDb(q.value(10).toString());
    c.rowVersion = q.value(11).toInt();
    return c;
}

const QString kProductColumns =
    u"id, customer_id, model, product_type, serial, purchase_date, manufacture_date, installation_date, dealer, "
    "warranty_months, warranty_override, warranty_override_reason, archived_at, row_version"_s;

Product productFromRow(const QSqlQuery &q)
{
    Product p;
    p.id = q.value(0).toLongLong();
    p.customerId = q.value(1).toLongLong();
    p.model = q.value(2).toString();
    p.productType = q.value(3).toString();
    p.serial = q.value(4).toString();
    p.purchaseDate = time::dateFromDb(q.value(5).toString());
    p.manufactureDate = time::dateFromDb(q.value(6).toString());
    p.installationDate = time::dateFromDb(q.value(7).toString());
    p.dealer = q.value(8).toString();
    p.warrantyMonths = q.value(9).toInt();
    if (!q.value(10).isNull())
        p.warrantyOverride = fromCode<WarrantyStatus>(q.value(10).toString());
    p.warrantyOverrideReason = q.value(11).toString();
    p.archived = !q.value(12).isNull();
    p.rowVersion = q.value(13).toInt();
    return p;
}

} // namespace

QVariantMap CustomerService::fields(const Customer &c)
{
    return {{u"name"_s, c.name}, {u"phone"_s, c.phone}, {u"phone2"_s, c.phone2}, {u"email"_s, c.email},
            {u"address"_s, c.address}, {u"type"_s, codeOf(c.type)}, {u"notes"_s, c.notes}};
}

QVariantMap CustomerService::fields(const Product &p)
{
    return {{u"model"_s, p.model}, {u"product_type"_s, p.productType}, {u"serial"_s, p.serial},
            {u"purchase_date"_s, time::dateToDb(p.purchaseDate)}, {u"manufacture_date"_s, time::dateToDb(p.manufactureDate)},
            {u"installation_date"_s, time::dateToDb(p.installationDate)}, {u"dealer"_s, p.dealer},
            {u"warranty_months"_s, p.warrantyMonths},
            {u"warranty_override"_s, p.warrantyOverride ? codeOf(*p.warrantyOverride) : QString()},
            {u"warranty_override_reason"_s, p.warrantyOverrideReason}};
}

Status CustomerService::validate(Customer &c) const
{
    c.name = c.name.simplified();
    c.email = c.email.trimmed();
    c.address = c.address.trimmed();
    c.notes = c.notes.trimmed();
    if (c.name.isEmpty())
        return Error::validation(tr("Name is required."), u"name"_s);
    if (c.name.size() > 100)
        return Error::validation(tr("Name is too long (at most 100 characters)."), u"name"_s);
    if (c.phone.trimmed().isEmpty())
        return Error::validation(tr("Phone is required."), u"phone"_s);
    c.phone = phone::normalise(c.phone);
    if (!phone::isValid(c.phone))
        return Error::validation(tr("Phone \"%1\" is not a valid phone number (mobile 11 digits, landline with area code, or +country code).")
                                     .arg(c.phone), u"phone"_s);
    c.phone2 = phone::normalise(c.phone2);
    if (!c.phone2.isEmpty() && !phone::isValid(c.phone2))
        return Error::validation(tr("Second phone \"%1\" is not a valid phone number.").arg(c.phone2), u"phone2"_s);
    static const QRegularExpression emailRe(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    if (!c.email.isEmpty() && !emailRe.match(c.email).hasMatch())
        return Error::validation(tr("E-mail \"%1\" is not a valid address.").arg(c.email), u"email"_s);
    if (c.address.size() > 300)
        return Error::validation(tr("Address is too long (at most 300 characters)."), u"address"_s);
    return {};
}

Status CustomerService::validate(Product &p) const
{
    p.model = p.model.simplified();
    p.serial = normaliseSerial(p.serial);
    p.dealer = p.dealer.trimmed();
    const QDate today = m_clock.nowUtc().date();
    if (p.model.isEmpty())
        return Error::validation(tr("Model is required."), u"model"_s);
    if (p.serial.size() > 64)
        return Error::validation(tr("Serial number is too long (at most 64 characters)."), u"serial"_s);
    if (p.purchaseDate.isValid() && p.purchaseDate > today.addDays(1))
        return Error::validation(tr("Purchase date %1 is in the future.").arg(time::dateToDb(p.purchaseDate)), u"purchase_date"_s);
    if (p.manufactureDate.isValid() && p.manufactureDate > today.addDays(1))
        return Error::validation(tr("Manufacture date %1 is in the future.").arg(time::dateToDb(p.manufactureDate)), u"manufacture_date"_s);
    if (p.installationDate.isValid() && p.installationDate > today.addDays(1))
        return Error::validation(tr("Installation date %1 is in the future.").arg(time::dateToDb(p.installationDate)), u"installation_date"_s);
    if (p.purchaseDate.isValid() && p.manufactureDate.isValid() && p.manufactureDate > p.purchaseDate)
        return Error::validation(tr("Manufacture date is after the purchase date."), u"manufacture_date"_s);
    if (p.warrantyMonths < 0 || p.warrantyMonths > 240)
        return Error::validation(tr("Warranty months must be between 0 and 240."), u"warranty_months"_s);
    if (p.warrantyOverride && p.warrantyOverrideReason.trimmed().isEmpty())
        return Error::validation(tr("Overriding the warranty status needs a written reason."), u"warranty_override_reason"_s);
    return {};
}

Result<qint64> CustomerService::create(const Actor &actor, Customer c)
{
    AS_TRY(actor.require(Permission::EditCustomers));
    AS_TRY(validate(c));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    const QString now = time::toDb(m_clock.nowUtc());
    auto id = m_db.insertReturningId(
        u"INSERT INTO customers (name, phone, phone2, email, address, type, notes, created_at, created_by, updated_at, updated_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        {c.name, c.phone, textOrNull(c.phone2), textOrNull(c.email), textOrNull(c.address), codeOf(c.type), textOrNull(c.notes),
         now, actor.userId, now, actor.userId});
    if (!id)
        return id.error();
    AuditLog audit(m_db, m_clock);
    AS_TRY(audit.record(actor, u"customer"_s, *id, u"create"_s, AuditLog::created(fields(c))));
    AS_TRY(tx->commit());
    return *id;
}

Status CustomerService::update(const Actor &actor, Customer c)
{
    AS_TRY(actor.require(Permission::EditCustomers));
    AS_TRY(validate(c));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto before = get(c.id);
    if (!before)
        return before.error();
    if (before->rowVersion != c.rowVersion)
        return Error::conflict(tr("Customer %1 was changed by someone else after you opened it. Reload to see their change.")
                                   .arg(before->name));
    const QString now = time::toDb(m_clock.nowUtc());
    auto n = m_db.execAffected(
        u"UPDATE customers SET name = ?, phone = ?, phone2 = ?, email = ?, address = ?, type = ?, notes = ?, "
        "updated_at = ?, updated_by = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?"_s,
        {c.name, c.phone, textOrNull(c.phone2), textOrNull(c.email), textOrNull(c.address), codeOf(c.type), textOrNull(c.notes),
         now, actor.userId, c.id, c.rowVersion});
    if (!n)
        return n.error();
    if (*n == 0)
        return Error::conflict(tr("Customer %1 was changed by someone else after you opened it. Reload to see their change.")
                                   .arg(before->name));
    AuditLog audit(m_db, m_clock);
    AS_TRY(audit.record(actor, u"customer"_s, c.id, u"update"_s, AuditLog::diff(fields(*before), fields(c))));
    return tx->commit();
}

Status CustomerService::archive(const Actor &actor, qint64 id, int rowVersion, const QString &reason)
{
    AS_TRY(actor.require(Permission::EditCustomers));
    if (reason.trimmed().isEmpty())
        return Error::validation(tr("Archiving a customer needs a reason."), u"reason"_s);
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    const QString now = time::toDb(m_clock.nowUtc());
    auto n = m_db.execAffected(u"UPDATE customers SET archived_at = ?, archive_reason = ?, updated_at = ?, updated_by = ?, "
                               "row_version = row_version + 1 WHERE id = ? AND row_version = ? AND archived_at IS NULL"_s,
                               {now, reason.trimmed(), now, actor.userId, id, rowVersion});
    if (!n)
        return n.error();
    if (*n == 0)
        return Error::conflict(tr("The customer was changed or archived by someone else. Reload and try again."));
    AuditLog audit(m_db, m_clock);
    AS_TRY(audit.record(actor, u"customer"_s, id, u"archive"_s, QJsonObject{{u"reason"_s, reason.trimmed()}}));
    return tx->commit();
}

Result<Customer> CustomerService::get(qint64 id)
{
    auto q = m_db.exec(u"SELECT "_s + kCustomerColumns + u" FROM customers WHERE id = ?"_s, {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("Customer %1 does not exist.").arg(id));
    return customerFromRow(*q);
}

Result<QList<Customer>> CustomerService::findByPhone(const QString &phoneText, qint64 excludeId)
{
    const QString n = phone::normalise(phoneText);
    QList<Customer> out;
    if (n.isEmpty())
        return out;
    auto q = m_db.exec(u"SELECT "_s + kCustomerColumns +
                           u" FROM customers WHERE (phone = ? OR phone2 = ?) AND id <> ? AND archived_at IS NULL ORDER BY id LIMIT 20"_s,
                       {n, n, excludeId});
    if (!q)
        return q.error();
    while (q->next())
        out << customerFromRow(*q);
    return out;
}

Result<qint64> CustomerService::addProduct(const Actor &actor, Product p)
{
    AS_TRY(actor.require(Permission::EditCustomers));
    AS_TRY(validate(p));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto owner = get(p.customerId);
    if (!owner)
        return owner.error();
    if (!p.serial.isEmpty()) {
        auto dup = productBySerial(p.serial);
        if (!dup)
            return dup.error();
        if (dup->has_value())
            return Error::validation(tr("Serial number %1 is already registered (to customer %2).")
                                         .arg(p.serial).arg((*dup)->customerId), u"serial"_s);
    }
    const QString now = time::toDb(m_clock.nowUtc());
    auto id = m_db.insertReturningId(
        u"INSERT INTO products (customer_id, model, product_type, serial, serial_rev, purchase_date, manufacture_date, "
        "installation_date, dealer, warranty_months, warranty_override, warranty_override_reason, created_at, created_by, "
        "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        {p.customerId, p.model, textOrNull(p.productType), textOrNull(p.serial), textOrNull(reversed(p.serial)),
         dateOrNull(p.purchaseDate), dateOrNull(p.manufactureDate), dateOrNull(p.installationDate), textOrNull(p.dealer),
         p.warrantyMonths, p.warrantyOverride ? QVariant(codeOf(*p.warrantyOverride)) : QVariant(QMetaType::fromType<QString>()),
         textOrNull(p.warrantyOverrideReason), now, actor.userId, now, actor.userId});
    if (!id)
        return id.error();
    AuditLog audit(m_db, m_clock);
    AS_TRY(audit.record(actor, u"product"_s, *id, u"create"_s, AuditLog::created(fields(p))));
    AS_TRY(tx->commit());
    return *id;
}

Status CustomerService::updateProduct(const Actor &actor, Product p)
{
    AS_TRY(actor.require(Permission::EditCustomers));
    AS_TRY(validate(p));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto before = product(p.id);
    if (!before)
        return before.error();
    if (before->rowVersion != p.rowVersion)
        return Error::conflict(tr("Product %1 was changed by someone else after you opened it. Reload to see their change.")
                                   .arg(before->model));
    if (!p.serial.isEmpty() && p.serial != before->serial) {
        auto dup = productBySerial(p.serial);
        if (!dup)
            return dup.error();
        if (dup->has_value() && (*dup)->id != p.id)
            return Error::validation(tr("Serial number %1 is already registered (to customer %2).")
                                         .arg(p.serial).arg((*dup)->customerId), u"serial"_s);
    }
    const QString now = time::toDb(m_clock.nowUtc());
    auto n = m_db.execAffected(
        u"UPDATE products SET model = ?, product_type = ?, serial = ?, serial_rev = ?, purchase_date = ?, manufacture_date = ?, "
        "installation_date = ?, dealer = ?, warranty_months = ?, warranty_override = ?, warranty_override_reason = ?, "
        "updated_at = ?, updated_by = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?"_s,
        {p.model, textOrNull(p.productType), textOrNull(p.serial), textOrNull(reversed(p.serial)), dateOrNull(p.purchaseDate),
         dateOrNull(p.manufactureDate), dateOrNull(p.installationDate), textOrNull(p.dealer), p.warrantyMonths,
         p.warrantyOverride ? QVariant(codeOf(*p.warrantyOverride)) : QVariant(QMetaType::fromType<QString>()),
         textOrNull(p.warrantyOverrideReason), now, actor.userId, p.id, p.rowVersion});
    if (!n)
        return n.error();
    if (*n == 0)
        return Error::conflict(tr("Product %1 was changed by someone else after you opened it. Reload to see their change.")
                                   .arg(before->model));
    AuditLog audit(m_db, m_clock);
    AS_TRY(audit.record(actor, u"product"_s, p.id, u"update"_s, AuditLog::diff(fields(*before), fields(p))));
    return tx->commit();
}

Result<Product> CustomerService::product(qint64 id)
{
    auto q = m_db.exec(u"SELECT "_s + kProductColumns + u" FROM products WHERE id = ?"_s, {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("Product registration %1 does not exist.").arg(id));
    return productFromRow(*q);
}

Result<QList<Product>> CustomerService::products(qint64 customerId)
{
    auto q = m_db.exec(u"SELECT "_s + kProductColumns + u" FROM products WHERE customer_id = ? ORDER BY id"_s, {customerId});
    if (!q)
        return q.error();
    QList<Product> out;
    while (q->next())
        out << productFromRow(*q);
    return out;
}

Result<std::optional<Product>> CustomerService::productBySerial(const QString &serial)
{
    const QString s = normaliseSerial(serial);
    if (s.isEmpty())
        return std::optional<Product>();
    auto q = m_db.exec(u"SELECT "_s + kProductColumns + u" FROM products WHERE serial = ? AND archived_at IS NULL LIMIT 1"_s, {s});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Product>();
    return std::optional<Product>(productFromRow(*q));
}

Result<QList<CustomerService::OrderSummary>> CustomerService::orders(qint64 customerId, int limit)
{
    auto q = m_db.exec(u"SELECT o.id, o.number, o.opened_at, o.category, o.status, o.symptom, COALESCE(p.model, '') "
                       "FROM service_orders o LEFT JOIN products p ON p.id = o.product_id "
                       "WHERE o.customer_id = ? ORDER BY o.opened_at DESC, o.id DESC LIMIT ?"_s,
                       {customerId, limit});
    if (!q)
        return q.error();
    QList<OrderSummary> out;
    while (q->next())
        out << OrderSummary{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                            q->value(4).toString(), q->value(5).toString(), q->value(6).toString()};
    return out;
}

Result<int> CustomerService::recentCaseCount(qint64 customerId, const QDateTime &at)
{
    const QString since = time::toDb(at.addMonths(-12));
    auto n = m_db.scalar(u"SELECT (SELECT count(*) FROM service_orders WHERE customer_id = ? AND opened_at >= ? AND category <> 'consultation') "
                         "+ (SELECT count(*) FROM complaints WHERE customer_id = ? AND received_at >= ?)"_s,
                         {customerId, since, customerId, since});
    if (!n)
        return n.error();
    return n->toInt();
}

} // namespace as
