#include "services/ComplaintQueries.h"

#include "services/CustomerQueries.h"
#include "storage/Dialect.h"
#include "util/Time.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace as::ComplaintQueries {

namespace {
const QString kHigh = QString(QChar(0xDBFF)) + QChar(0xDFFF);

QString ftsPhrase(const QString &text)
{
    QString t = text;
    t.replace(u'"', u"\"\""_s);
    return u'"' + t + u'"';
}
} // namespace

QString nextDueExpr(const QString &a)
{
    return u"CASE WHEN %1.status = 'closed' THEN NULL WHEN %1.acknowledged_at IS NULL THEN %1.ack_due "
           "WHEN %1.remedy_proposed_at IS NULL THEN %1.remedy_due END"_s.arg(a);
}

ListQuery list(const Dialect &dialect, const Filter &f, const QDateTime &now, const QTimeZone &site)
{
    ListQuery q;
    const QString joins = u" LEFT JOIN users u ON u.id = c.assignee_id"_s;
    q.from = u"complaints c"_s + joins;
    q.keyExpr = u"c.id"_s;
    q.columns.resize(ColumnCount);
    q.columns[Number] = {u"c.number"_s, u"c.number"_s};
    q.columns[Status] = {u"c.status"_s, u"c.status"_s};
    q.columns[Due] = {nextDueExpr(), u"COALESCE("_s + nextDueExpr() + u", '9999')"_s};
    q.columns[Received] = {u"c.received_at"_s, u"c.received_at"_s};
    q.columns[Customer] = {u"c.customer_name"_s, u"c.customer_name"_s};
    q.columns[Phone] = {u"c.contact_phone"_s, u"COALESCE(c.contact_phone, '')"_s};
    q.columns[Model] = {u"c.model"_s, u"COALESCE(c.model, '')"_s};
    q.columns[Category] = {u"c.category"_s, u"c.category"_s};
    q.columns[Severity] = {u"c.severity"_s,
                           u"CASE c.severity WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END"_s};
    q.columns[Responsibility] = {u"c.responsibility"_s, u"c.responsibility"_s};
    q.columns[Remedy] = {u"c.remedy"_s, u"COALESCE(c.remedy, '')"_s};
    q.columns[Assignee] = {u"u.display_name"_s, u"COALESCE(u.display_name, '')"_s};
    q.columns[Content] = {u"substr(c.content, 1, 200)"_s, {}};

    if (!f.statuses.isEmpty()) {
        QStringList marks;
        QVariantList p;
        for (ComplaintStatus s : f.statuses) {
            marks << u"?"_s;
            p << codeOf(s);
        }
        q.addCondition(u"c.status IN ("_s + marks.join(u", "_s) + u')', p);
    }
    if (f.openOnly || f.overdueOnly || f.dueSoonOnly)
        q.addCondition(u"c.status <> 'closed'"_s);
    const QString nowDb = time::toDb(now);
    // Id sets (deadlines, search) are tested with "+c.id IN (...)" on SQLite: the unary plus keeps the
    // planner from driving the list from the set (then sorting every hit); it scans the list's sort
    // index and probes the set instead, so the first page stops after 200 hits whatever the set's size.
    const QString idIn = dialect.isSqlite() ? u"+c.id IN ("_s : u"c.id IN ("_s;
    // Deadlines through the partial indexes complaints_ack_due / complaints_remedy_due (a UNION of
    // two small range scans instead of testing an OR on every complaint).
    if (f.overdueOnly)
        q.addCondition(idIn + u"SELECT id FROM complaints WHERE acknowledged_at IS NULL AND ack_due < ? "
                       "UNION SELECT id FROM complaints WHERE remedy_proposed_at IS NULL AND remedy_due < ?)"_s,
                       {nowDb, nowDb});
    if (f.dueSoonOnly) {
        const QString soon = time::toDb(now.addSecs(qint64(f.dueSoonMinutes) * 60));
        q.addCondition(idIn + u"SELECT id FROM complaints WHERE acknowledged_at IS NULL AND ack_due >= ? AND ack_due < ? "
                       "UNION SELECT id FROM complaints WHERE remedy_proposed_at IS NULL AND remedy_due >= ? AND remedy_due < ?)"_s,
                       {nowDb, soon, nowDb, soon});
        q.addCondition(u"("_s + nextDueExpr() + u") >= ?"_s, {nowDb});   // not already overdue on the acknowledgement
    }
    if (f.category)
        q.addCondition(u"c.category = ?"_s, {codeOf(*f.category)});
    if (f.severity)
        q.addCondition(u"c.severity = ?"_s, {codeOf(*f.severity)});
    if (f.responsibility)
        q.addCondition(u"c.responsibility = ?"_s, {codeOf(*f.responsibility)});
    if (f.customerId > 0)
        q.addCondition(u"c.customer_id = ?"_s, {f.customerId});
    if (f.receivedFrom.isValid())
        q.addCondition(u"c.received_at >= ?"_s, {time::localDayStartUtc(f.receivedFrom, site)});
    if (f.receivedTo.isValid())
        q.addCondition(u"c.received_at < ?"_s, {time::localDayStartUtc(f.receivedTo.addDays(1), site)});

    const QString t = f.search.simplified();
    if (!t.isEmpty()) {
        // One set of complaint ids from indexed lookups (number prefix, the customer search, the
        // trigram index on the text) or, for 1-2 characters (too short for trigrams), instr() over
        // the covering index complaints_text.
        QStringList parts;
        QVariantList p;
        QString cond;
        QVariantList cp;
        if (CustomerQueries::searchCondition(dialect, t, u"customer_id"_s, &cond, &cp, false)) {
            parts << u"SELECT id FROM complaints WHERE "_s + cond;
            p << cp;
        }
        static const QRegularExpression codeLike(u"^[A-Za-z0-9][A-Za-z0-9\\-_/.]{2,63}$"_s);
        if (codeLike.match(t).hasMatch()) {
            const QString code = t.toUpper();
            parts << u"SELECT id FROM complaints WHERE number >= ? AND number < ?"_s;
            p << code << QString(code + kHigh);
        }
        if (dialect.isSqlite() && t.size() >= 3) {
            parts << u"SELECT rowid FROM complaints_fts WHERE complaints_fts MATCH ?"_s;
            p << ftsPhrase(t);
        } else {
            const QString fn = dialect.isSqlite() ? u"instr"_s : u"strpos"_s;
            parts << u"SELECT id FROM complaints WHERE %1(content, ?) > 0 OR %1(COALESCE(expectation, ''), ?) > 0 "
                     "OR %1(COALESCE(model, ''), ?) > 0"_s.arg(fn);
            p << t << t << t;
        }
        q.addCondition(idIn + parts.join(u" UNION "_s) + u')', p);
    }
    q.sortColumn = Received;
    q.descending = true;
    return q;
}

Urgency urgency(const QDateTime &nextDue, const QDateTime &now, int dueSoonMinutes)
{
    if (!nextDue.isValid())
        return Urgency::None;
    if (nextDue < now)
        return Urgency::Overdue;
    if (now.secsTo(nextDue) <= qint64(dueSoonMinutes) * 60)
        return Urgency::DueSoon;
    return Urgency::Ok;
}

} // namespace as::ComplaintQueries
