#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace as {

class Database;

// `aftersales-cli check`: database integrity, foreign keys, search index, business
// invariants (every area adds its own, e.g. on-hand = sum of movements).
class IntegrityCheck
{
    Q_DECLARE_TR_FUNCTIONS(as::IntegrityCheck)

public:
    explicit IntegrityCheck(Database &db) : m_db(db) {}
    // Problems found, one line each; empty when everything is fine.
    Result<QStringList> run(bool quick = false);

private:
    Status checkStorage(bool quick, QStringList &problems);
    Status checkOrders(QStringList &problems);
    Database &m_db;
};

} // namespace as
