#include "services/CustomerQueries.h"

#include "domain/Customer.h"
#include "storage/Dialect.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace as::CustomerQueries {

namespace {
// Greater than any real text: upper bound of a prefix range.
const QString kHigh = QString(QChar(0xDBFF)) + QChar(0xDFFF);

// Every character at or above U+2E80 (CJK radicals onward), as indexed in customer_name_grams.
bool isCjk(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() < 0x2E80)
            return false;
    return !text.isEmpty();
}

QString ftsPhrase(const QString &text)
{
    QString t = text;
    t.replace(u'"', u"\"\""_s);
    return u'"' + t + u'"';
}
} // namespace

bool searchCondition(const Dialect &dialect, const QString &text, const QString &idExpr, QString *condition,
                     QVariantList *params, bool includeCodes)
{
    QString t = text.simplified();
    if (t.isEmpty())
        return false;
    QStringList parts;
    QVariantList p;

    // A phone typed with separators ("138-0013") is searched as digits.
    static const QRegularExpression phoneLike(u"^[+\\d][\\d\\s\\-()]*$"_s);
    const QString digits = phoneLike.match(t).hasMatch() ? phone::normalise(t) : QString();
    const QString needle = digits.isEmpty() ? t : digits;

    if (dialect.isSqlite()) {
        if (needle.size() >= 3) {
            parts << u"SELECT rowid FROM customers_fts WHERE customers_fts MATCH ?"_s;
            p << ftsPhrase(needle);
        } else if (isCjk(needle)) {
            parts << u"SELECT customer_id FROM customer_name_grams WHERE gram = ?"_s;
            p << needle;
        } else {
            parts << u"SELECT id FROM customers WHERE instr(name, ?) > 0"_s;
            p << needle;
        }
    } else if (needle.size() <= 2 && isCjk(needle)) {
        parts << u"SELECT customer_id FROM customer_name_grams WHERE gram = ?"_s;
        p << needle;
    } else {
        parts << u"SELECT id FROM customers WHERE strpos(name, ?) > 0 OR strpos(phone, ?) > 0 OR strpos(COALESCE(phone2, ''), ?) > 0"_s;
        p << needle << needle << needle;
    }

    static const QRegularExpression codeLike(u"^[A-Za-z0-9][A-Za-z0-9\\-_/.]{2,63}$"_s);
    if (includeCodes && codeLike.match(t).hasMatch()) {
        const QString code = t.toUpper();
        const QString rev = reversed(code);
        parts << u"SELECT customer_id FROM products WHERE serial >= ? AND serial < ? AND serial IS NOT NULL AND archived_at IS NULL"_s;
        p << code << QString(code + kHigh);
        parts << u"SELECT customer_id FROM products WHERE serial_rev >= ? AND serial_rev < ? AND archived_at IS NULL"_s;
        p << rev << QString(rev + kHigh);
        parts << u"SELECT customer_id FROM service_orders WHERE number >= ? AND number < ?"_s;
        p << code << QString(code + kHigh);
        parts << u"SELECT customer_id FROM service_orders WHERE number_rev >= ? AND number_rev < ?"_s;
        p << rev << QString(rev + kHigh);
    }
    *condition = idExpr + u" IN ("_s + parts.join(u" UNION "_s) + u')';
    *params = p;
    return true;
}

ListQuery list(const Dialect &dialect, const Filter &filter)
{
    ListQuery q;
    q.from = u"customers c"_s;
    q.keyExpr = u"c.id"_s;
    q.columns.resize(ColumnCount);
    q.columns[Name] = {u"c.name"_s, u"c.name"_s};
    q.columns[Phone] = {u"c.phone"_s, u"c.phone"_s};
    q.columns[Type] = {u"c.type"_s, u"c.type"_s};
    q.columns[Address] = {u"c.address"_s, u"COALESCE(c.address, '')"_s};
    q.columns[Products] = {u"(SELECT count(*) FROM products p WHERE p.customer_id = c.id)"_s, {}};
    q.columns[Orders] = {u"(SELECT count(*) FROM service_orders o WHERE o.customer_id = c.id)"_s, {}};
    q.columns[LastOrder] = {u"(SELECT max(o.opened_at) FROM service_orders o WHERE o.customer_id = c.id)"_s, {}};
    q.columns[Created] = {u"c.created_at"_s, u"c.created_at"_s};
    if (!filter.includeArchived)
        q.addCondition(u"c.archived_at IS NULL"_s);
    QString cond;
    QVariantList p;
    if (searchCondition(dialect, filter.search, u"c.id"_s, &cond, &p))
        q.addCondition(cond, p);
    q.sortColumn = Name;
    return q;
}

} // namespace as::CustomerQueries
