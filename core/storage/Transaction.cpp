#include "storage/Transaction.h"

#include "storage/Database.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace as {

Result<Transaction> Transaction::begin(Database &db)
{
    const int level = db.transactionDepth() + 1;
    QString sql;
    if (level == 1)
        sql = db.isSqlite() ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s;
    else
        sql = u"SAVEPOINT sp"_s + QString::number(level);
    AS_TRY(db.run(sql));
    db.setTransactionDepth(level);
    return Transaction(&db, level);
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_db(other.m_db), m_level(other.m_level), m_active(other.m_active)
{
    other.m_active = false;
}

Transaction &Transaction::operator=(Transaction &&other) noexcept
{
    if (this != &other) {
        if (m_active)
            rollback();
        m_db = other.m_db;
        m_level = other.m_level;
        m_active = other.m_active;
        other.m_active = false;
    }
    return *this;
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return Error::storage(tr("Internal error: commit of a transaction that is not active."));
    Q_ASSERT(m_db->transactionDepth() == m_level);
    const QString sql = m_level == 1 ? u"COMMIT"_s : u"RELEASE SAVEPOINT sp"_s + QString::number(m_level);
    const Status s = m_db->run(sql);
    if (!s)
        return s;   // still active: the destructor rolls back
    m_active = false;
    m_db->setTransactionDepth(m_level - 1);
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (m_level == 1) {
        (void)m_db->run(u"ROLLBACK"_s);
    } else {
        const QString sp = u"sp"_s + QString::number(m_level);
        (void)m_db->run(u"ROLLBACK TO SAVEPOINT "_s + sp);
        (void)m_db->run(u"RELEASE SAVEPOINT "_s + sp);
    }
    m_db->setTransactionDepth(m_level - 1);
}

} // namespace as
