#include "list/ListQuery.h"

#include "storage/Database.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace as {

void ListQuery::addCondition(const QString &condition, const QVariantList &conditionParams)
{
    where << condition;
    params << conditionParams;
}

QString ListQuery::sortExpression() const
{
    if (sortColumn >= 0 && sortColumn < columns.size() && !columns.at(sortColumn).sortExpr.isEmpty())
        return columns.at(sortColumn).sortExpr;
    return keyExpr;
}

QString ListQuery::buildSql(bool after, int limit) const
{
    const QString sortExpr = sortExpression();
    QStringList select;
    for (const Column &c : columns)
        select << c.expr;
    select << sortExpr << keyExpr;
    QStringList conds = where;
    if (after) {
        if (sortExpr == keyExpr)
            conds << keyExpr + (descending ? u" < ?"_s : u" > ?"_s);
        else
            conds << u"("_s + sortExpr + u", "_s + keyExpr + (descending ? u") < (?, ?)"_s : u") > (?, ?)"_s);
    }
    QString sql = u"SELECT "_s + select.join(u", "_s) + u" FROM "_s + from;
    if (!conds.isEmpty())
        sql += u" WHERE ("_s + conds.join(u") AND ("_s) + u')';
    const QString dir = descending ? u" DESC"_s : u" ASC"_s;
    sql += u" ORDER BY "_s + sortExpr + dir;
    if (sortExpr != keyExpr)
        sql += u", "_s + keyExpr + dir;
    sql += u" LIMIT "_s + QString::number(limit);
    return sql;
}

QString ListQuery::firstPageSql(int limit) const
{
    return buildSql(false, limit);
}


Result<ListQuery::Page> ListQuery::fetch(Database &db, int limit, const QVariant &lastSort, const QVariant &lastKey) const
{
    const bool after = lastKey.isValid();
    QVariantList p = params;
    if (after) {
        if (sortExpression() != keyExpr)
            p << lastSort;
        p << lastKey;
    }
    // One row more than asked tells whether the end was reached.
    auto q = db.exec(buildSql(after, limit + 1), p);
    if (!q)
        return q.error();
    Page page;
    const int width = columns.size() + 2;
    while (q->next()) {
        if (page.rows.size() == limit)
            break;
        QVector<QVariant> row(width);
        for (int i = 0; i < width; ++i)
            row[i] = q->value(i);
        page.rows << row;
    }
    page.atEnd = page.rows.size() < limit || !q->isValid();
    q->finish();
    return page;
}

Result<qint64> ListQuery::count(Database &db) const
{
    QString sql = u"SELECT count(*) FROM "_s + from;
    if (!where.isEmpty())
        sql += u" WHERE ("_s + where.join(u") AND ("_s) + u')';
    auto v = db.scalar(sql, params);
    if (!v)
        return v.error();
    return v->toLongLong();
}

} // namespace as
