#pragma once

#include "util/Result.h"

#include <QCoreApplication>

namespace as {

class Database;

// RAII write transaction: rolls back unless commit() succeeded.
// SQLite: BEGIN IMMEDIATE (takes the write lock up front, so the busy timeout applies).
// Nested use becomes a SAVEPOINT, so services compose inside a larger transaction.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(as::Transaction)

public:
    static Result<Transaction> begin(Database &db);
    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&other) noexcept;
    Transaction(const Transaction &) = delete;
    ~Transaction();

    Status commit();
    void rollback();
    bool isActive() const { return m_active; }

private:
    Transaction(Database *db, int level) : m_db(db), m_level(level), m_active(true) {}
    Database *m_db = nullptr;
    int m_level = 0;
    bool m_active = false;
};

} // namespace as
