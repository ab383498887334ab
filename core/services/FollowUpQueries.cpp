#include "services/FollowUpQueries.h"

#include "services/CustomerQueries.h"
#include "util/Time.h"

using namespace Qt::Literals::StringLiterals;

namespace as::FollowUpQueries {

ListQuery list(const Dialect &dialect, const Filter &f, const QDate &today, const QDateTime &now)
{
    ListQuery q;
    q.from = u"followups f JOIN customers c ON c.id = f.customer_id LEFT JOIN products p ON p.id = f.product_id "
             "LEFT JOIN service_orders o ON o.id = f.order_id LEFT JOIN users t ON t.id = f.technician_id "
             "LEFT JOIN users a ON a.id = f.agent_id"_s;
    q.keyExpr = u"f.id"_s;
    q.columns.resize(ColumnCount);
    q.columns[Due] = {u"f.due_date"_s, u"f.due_date"_s};
    q.columns[Kind] = {u"f.kind"_s, u"f.kind"_s};
    q.columns[Status] = {u"f.status"_s, u"f.status"_s};
    q.columns[Customer] = {u"c.name"_s, u"c.name"_s};
    q.columns[Phone] = {u"COALESCE(o.contact_phone, c.phone)"_s, {}};
    q.columns[Model] = {u"p.model"_s, u"COALESCE(p.model, '')"_s};
    q.columns[Order] = {u"o.number"_s, u"COALESCE(o.number, '')"_s};
    q.columns[Technician] = {u"t.display_name"_s, u"COALESCE(t.display_name, '')"_s};
    q.columns[Attempts] = {u"f.attempts"_s, u"f.attempts"_s};
    q.columns[NextCall] = {u"f.next_call_at"_s, u"COALESCE(f.next_call_at, '')"_s};
    q.columns[Satisfaction] = {u"f.satisfaction"_s, u"COALESCE(f.satisfaction, 0)"_s};
    q.columns[Agent] = {u"a.display_name"_s, u"COALESCE(a.display_name, '')"_s};
    q.columns[DoneAt] = {u"f.done_at"_s, u"COALESCE(f.done_at, '')"_s};
    q.columns[Comments] = {u"f.comments"_s, {}};
    q.columns[Months] = {u"f.months"_s, {}};
    q.columns[FinishedAt] = {u"f.finished_at"_s, u"f.finished_at"_s};   // not NULL in the Finished view

    const QString day = time::dateToDb(today);
    const QString nowDb = time::toDb(now);
    const QString callable = u"(f.next_call_at IS NULL OR f.next_call_at <= ?)"_s;
    switch (f.view) {
    case View::CallNow:
        q.addCondition(u"f.status = 'pending' AND f.due_date <= ? AND "_s + callable, {day, nowDb});
        break;
    case View::DueToday:
        q.addCondition(u"f.status = 'pending' AND f.due_date = ?"_s, {day});
        break;
    case View::Overdue:
        q.addCondition(u"f.status = 'pending' AND f.due_date < ?"_s, {day});
        break;
    case View::Upcoming:
        q.addCondition(u"f.status = 'pending' AND f.due_date > ? AND f.due_date <= ?"_s,
                       {day, time::dateToDb(today.addDays(qMax(1, f.upcomingDays)))});
        break;
    case View::AllPending:
        q.addCondition(u"f.status = 'pending'"_s);
        break;
    case View::Finished:
        q.addCondition(u"f.finished_at IS NOT NULL"_s);
        break;
    }
    const QString t = f.search.simplified();
    if (!t.isEmpty()) {
        QString cond;
        QVariantList cp;
        if (CustomerQueries::searchCondition(dialect, t, u"f.customer_id"_s, &cond, &cp, false))
            q.addCondition(cond, cp);
        else
            q.addCondition(u"1 = 0"_s);
    }
    if (f.view == View::Finished) {
        q.sortColumn = FinishedAt;
        q.descending = true;
    } else {
        q.sortColumn = Due;
    }
    return q;
}

} // namespace as::FollowUpQueries
