#include "io/IncidentLogConverter.h"

#include "io/TableReader.h"

#include <QDateTime>
#include <QHash>
#include <QSaveFile>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace as {

namespace {

// d/m/yyyy HH:MM -> QDateTime (local, no zone), invalid for "?"
QDateTime parseDm(const QString &s)
{
    if (s.isEmpty() || s == u"?"_s)
        return {};
    const qsizetype sp = s.indexOf(u' ');
    const QStringView date = QStringView(s).left(sp < 0 ? s.size() : sp);
    const auto parts = date.split(u'/');
    if (parts.size() != 3)
        return {};
    const QDate d(parts[2].toInt(), parts[1].toInt(), parts[0].toInt());
    QTime t(0, 0);
    if (sp > 0) {
        const auto hm = QStringView(s).mid(sp + 1).split(u':');
        if (hm.size() >= 2)
            t = QTime(hm[0].toInt(), hm[1].toInt(), hm.size() > 2 ? hm[2].toInt() : 0);
    }
    return d.isValid() && t.isValid() ? QDateTime(d, t) : QDateTime();
}

QString fmt(const QDateTime &dt) { return dt.isValid() ? dt.toString(u"yyyy-MM-dd HH:mm"_s) : QString(); }

QString clean(const QString &s) { return s == u"?"_s ? QString() : s.trimmed(); }

QString csv(const QString &s)
{
    if (s.contains(u',') || s.contains(u'"') || s.contains(u'\n')) {
        QString q = s;
        q.replace(u"\""_s, u"\"\""_s);
        return u'"' + q + u'"';
    }
    return s;
}

} // namespace

Result<IncidentLogConverter::Summary> IncidentLogConverter::convert(const QString &in, const QString &out)
{
    auto readerR = TableReader::open(in);
    if (!readerR)
        return readerR.error();
    TableReader &reader = **readerR;
    TableRow row;
    auto first = reader.next(row);
    if (!first)
        return first.error();
    if (!*first)
        return Error::validation(tr("%1 is empty.").arg(in));
    const QStringList header = row.cells;
    auto col = [&](const char *name) { return int(header.indexOf(QString::fromLatin1(name))); };
    const int cNumber = col("number"), cState = col("incident_state"), cReopen = col("reopen_count"), cCaller = col("caller_id"),
              cOpened = col("opened_at"), cUpdated = col("sys_updated_at"), cContact = col("contact_type"),
              cCategory = col("category"), cSub = col("subcategory"), cSymptom = col("u_symptom"), cImpact = col("impact"),
              cPriority = col("priority"), cAssigned = col("assigned_to"), cResolved = col("resolved_at"),
              cClosed = col("closed_at");
    for (int c : {cNumber, cState, cReopen, cCaller, cOpened, cUpdated, cContact, cCategory, cSub, cSymptom, cImpact, cPriority,
                  cAssigned, cResolved, cClosed})
        if (c < 0)
            return Error::validation(tr("%1 is not an incident event log: a column such as number, opened_at, sys_updated_at, "
                                        "assigned_to or closed_at is missing.").arg(in));

    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(tr("Cannot write %1: %2").arg(out, file.errorString()));
    file.write("number,opened_at,channel,category,complexity,priority,customer_name,symptom,technician,acknowledged_at,"
               "dispatched_at,completed_at,accepted_at\n");

    Summary s;
    QSet<QString> techs;
    QString current;
    QStringList last;
    QDateTime firstUpdate, firstAssigned;
    auto flush = [&]() {
        if (current.isEmpty())
            return;
        ++s.incidents;
        const QDateTime opened = parseDm(last.at(cOpened));
        QDateTime ack = firstUpdate, disp = firstAssigned, resolved = parseDm(last.at(cResolved));
        const bool closedState = last.at(cState) == u"Closed"_s;
        QDateTime closed = closedState ? parseDm(last.at(cClosed)) : QDateTime();
        bool clamped = false;
        auto atLeast = [&](QDateTime &t, const QDateTime &floor) {
            if (t.isValid() && floor.isValid() && t < floor) {
                t = floor;
                clamped = true;
            }
        };
        atLeast(ack, opened);
        atLeast(disp, opened);
        atLeast(resolved, opened);
        if (closed.isValid() && !resolved.isValid()) {
            resolved = closed;
            clamped = true;
        }
        atLeast(closed, resolved);
        atLeast(closed, opened);
        s.clamped += clamped ? 1 : 0;
        const QString p = last.at(cPriority);
        const QString priority = p.startsWith(u'1') ? u"urgent"_s : p.startsWith(u'2') ? u"high"_s : p.startsWith(u'4') ? u"low"_s
                               : u"normal"_s;
        const QString ct = last.at(cContact);
        const QString channel = ct == u"Email"_s ? u"email"_s : ct == u"Self service"_s ? u"chat"_s
                              : ct == u"Direct opening"_s ? u"walk_in"_s : u"phone"_s;
        QStringList sym;
        for (int c : {cCategory, cSub, cSymptom})
            if (!clean(last.at(c)).isEmpty())
                sym << clean(last.at(c));
        QString symptom = sym.join(u" / "_s);
        const int reopened = last.at(cReopen).toInt();
        if (reopened > 0)
            symptom += tr(" (reopened %n times)", nullptr, reopened);
        const QString tech = clean(last.at(cAssigned));
        if (!tech.isEmpty())
            techs.insert(tech);
        const QStringList cells{current, fmt(opened), channel, u"repair"_s,
                                last.at(cImpact).startsWith(u'1') ? u"complex"_s : u"general"_s, priority,
                                clean(last.at(cCaller)).isEmpty() ? tr("Unknown caller") : clean(last.at(cCaller)), symptom, tech, fmt(ack), tech.isEmpty() ? QString() : fmt(disp),
                                fmt(resolved), fmt(closed)};
        QStringList quoted;
        for (const QString &c : cells)
            quoted << csv(c);
        file.write((quoted.join(u',') + u'\n').toUtf8());
    };
    while (true) {
        auto more = reader.next(row);
        if (!more)
            return more.error();
        if (!*more)
            break;
        ++s.events;
        while (row.cells.size() < header.size())
            row.cells.append(QString());
        const QString &number = row.cells.at(cNumber);
        if (number != current) {
            flush();
            current = number;
            firstUpdate = QDateTime();
            firstAssigned = QDateTime();
        }
        const QDateTime updated = parseDm(row.cells.at(cUpdated));
        if (updated.isValid() && (!firstUpdate.isValid() || updated < firstUpdate))
            firstUpdate = updated;
        if (!clean(row.cells.at(cAssigned)).isEmpty() && updated.isValid() && (!firstAssigned.isValid() || updated < firstAssigned))
            firstAssigned = updated;
        last = row.cells;
    }
    flush();
    if (!file.commit())
        return Error::io(tr("Cannot write %1: %2").arg(out, file.errorString()));
    s.technicians = QStringList(techs.cbegin(), techs.cend());
    s.technicians.sort();
    return s;
}

} // namespace as
