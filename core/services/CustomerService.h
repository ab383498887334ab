#pragma once

#include "domain/Customer.h"
#include "services/Actor.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace as {

class Database;
class Clock;

// Customers and their product registrations.
class CustomerService
{
    Q_DECLARE_TR_FUNCTIONS(as::CustomerService)

public:
    CustomerService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // Validation alone (used by dialogs before saving and by imports); fields normalised in place.
    Status validate(Customer &c) const;
    Status validate(Product &p) const;

    Result<qint64> create(const Actor &actor, Customer c);
    // Fails with a Conflict when the record changed since `c.rowVersion` was read.
    Status update(const Actor &actor, Customer c);
    Status archive(const Actor &actor, qint64 id, int rowVersion, const QString &reason);
    Result<Customer> get(qint64 id);
    // Other customers with this phone (either number), for the duplicate warning.
    Result<QList<Customer>> findByPhone(const QString &phone, qint64 excludeId = 0);

    Result<qint64> addProduct(const Actor &actor, Product p);
    Status updateProduct(const Actor &actor, Product p);
    Result<Product> product(qint64 id);
    Result<QList<Product>> products(qint64 customerId);
    Result<std::optional<Product>> productBySerial(const QString &serial);

    struct OrderSummary {
        qint64 id = 0;
        QString number, openedAt, category, status, symptom, model;
    };
    // The customer's service orders, newest first.
    Result<QList<OrderSummary>> orders(qint64 customerId, int limit = 500);

    // Orders/complaints in the 12 months before `at` that make a customer a repeat case.
    Result<int> recentCaseCount(qint64 customerId, const QDateTime &at);
    static constexpr int RepeatCaseThreshold = 3;

private:
    static QVariantMap fields(const Customer &c);
    static QVariantMap fields(const Product &p);
    Database &m_db;
    const Clock &m_clock;
};

} // namespace as
