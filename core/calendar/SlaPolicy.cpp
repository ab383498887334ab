#include "calendar/SlaPolicy.h"

#include "storage/Database.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace as {

QDateTime SlaRule::dueFrom(const WorkingCalendar &cal, const QDateTime &start) const
{
    switch (unit) {
    case Unit::WorkingMinutes: return cal.addWorkingMinutes(start, amount);
    case Unit::CalendarMinutes: return start.toUTC().addSecs(amount * 60);
    case Unit::WorkingDays: return cal.addWorkingDays(start, int(amount));
    }
    return {};
}

namespace {
const char *unitCode(SlaRule::Unit u)
{
    switch (u) {
    case SlaRule::Unit::WorkingMinutes: return "working_minutes";
    case SlaRule::Unit::CalendarMinutes: return "calendar_minutes";
    case SlaRule::Unit::WorkingDays: return "working_days";
    }
    return "working_minutes";
}

struct RuleRef { const char *key; SlaRule SlaPolicy::*member; };
const RuleRef kRules[] = {
    {"acknowledge", &SlaPolicy::acknowledge}, {"dispatch", &SlaPolicy::dispatch}, {"contact", &SlaPolicy::contact},
    {"resolve_general", &SlaPolicy::resolveGeneral}, {"resolve_complex", &SlaPolicy::resolveComplex},
    {"onsite_visit", &SlaPolicy::onsiteVisit}, {"inform_interval", &SlaPolicy::informInterval},
    {"complaint_acknowledge", &SlaPolicy::complaintAcknowledge}, {"complaint_remedy", &SlaPolicy::complaintRemedy},
};
} // namespace

QJsonDocument SlaPolicy::toJson() const
{
    QJsonObject o;
    for (const RuleRef &r : kRules) {
        const SlaRule &rule = this->*(r.member);
        o.insert(QLatin1StringView(r.key), QJsonObject{{u"amount"_s, rule.amount}, {u"unit"_s, QLatin1StringView(unitCode(rule.unit))}});
    }
    o.insert(u"due_soon_minutes"_s, dueSoonMinutes);
    return QJsonDocument(o);
}

Result<SlaPolicy> SlaPolicy::fromJson(const QJsonDocument &doc)
{
    SlaPolicy p;
    const QJsonObject o = doc.object();
    for (const RuleRef &r : kRules) {
        const QString key = QString::fromLatin1(r.key);
        if (!o.contains(key))
            continue;
        const QJsonObject ro = o.value(key).toObject();
        const qint64 amount = ro.value(u"amount"_s).toInteger(-1);
        if (amount < 0 || amount > 100000)
            return Error::validation(tr("SLA rule %1: the amount must be a whole number from 0 to 100000.").arg(key), key);
        const QString unit = ro.value(u"unit"_s).toString();
        SlaRule rule{amount, SlaRule::Unit::WorkingMinutes};
        if (unit == u"working_minutes"_s) rule.unit = SlaRule::Unit::WorkingMinutes;
        else if (unit == u"calendar_minutes"_s) rule.unit = SlaRule::Unit::CalendarMinutes;
        else if (unit == u"working_days"_s) rule.unit = SlaRule::Unit::WorkingDays;
        else return Error::validation(tr("SLA rule %1: unknown unit \"%2\".").arg(key, unit), key);
        p.*(r.member) = rule;
    }
    if (o.contains(u"due_soon_minutes"_s))
        p.dueSoonMinutes = o.value(u"due_soon_minutes"_s).toInt(60);
    return p;
}

Result<SlaPolicy> SlaPolicy::load(Database &db)
{
    auto v = db.scalar(u"SELECT value FROM settings WHERE key = 'sla.policy'"_s);
    if (!v)
        return v.error();
    if (v->isNull())
        return defaults();
    return fromJson(QJsonDocument::fromJson(v->toString().toUtf8()));
}

SlaPolicy::OrderDeadlines SlaPolicy::orderDeadlines(const WorkingCalendar &cal, const QDateTime &opened, Complexity complexity) const
{
    OrderDeadlines d;
    d.acknowledge = acknowledge.dueFrom(cal, opened);
    d.dispatch = dispatch.dueFrom(cal, opened);
    d.contact = contact.dueFrom(cal, d.dispatch);
    d.resolve = (complexity == Complexity::Complex ? resolveComplex : resolveGeneral).dueFrom(cal, opened);
    return d;
}

} // namespace as
