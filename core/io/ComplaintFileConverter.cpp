#include "io/ComplaintFileConverter.h"

#include "io/TableReader.h"

#include <QFile>
#include <QHash>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace as {

namespace {

QString csv(const QString &s)
{
    if (s.contains(u',') || s.contains(u'"') || s.contains(u'\n') || s.contains(u'\r') || s.contains(u'\t') || s != s.trimmed()) {
        QString q = s;
        q.replace(u"\""_s, u"\"\""_s);
        return u'"' + q + u'"';
    }
    return s;
}

const QStringList kHeader{u"number"_s, u"received_at"_s, u"customer_name"_s, u"customer_phone"_s, u"model"_s, u"order_number"_s,
                          u"category"_s, u"severity"_s, u"content"_s, u"expectation"_s, u"responsibility"_s, u"remedy"_s,
                          u"compensation"_s, u"closed_at"_s, u"satisfied"_s};

struct Out {
    QString number, received, model, category, content, responsibility, remedy, closed, satisfied;
    QStringList cells() const
    {
        return {number, received, {}, {}, model, {}, category, u"normal"_s, content, {}, responsibility, remedy, {}, closed, satisfied};
    }
};

Out fromCar(const QHash<QString, int> &col, const QStringList &c)
{
    auto v = [&](const char *name) { return c.value(col.value(QString::fromLatin1(name), -1)); };
    Out o;
    o.number = u"12365-"_s + v("id").trimmed();
    const QString day = v("datetime").trimmed();
    o.received = day + u" 09:00"_s;
    o.model = QString(v("brand").trimmed() + u' ' + v("car_model").trimmed()).trimmed();
    o.content = v("desc");
    const QChar letter = v("problem").trimmed().isEmpty() ? QChar() : v("problem").trimmed().at(0).toUpper();
    const char l = letter.toLatin1();
    if ((l >= 'A' && l <= 'H') || l == 'N' || l == 'Q') { o.category = u"quality"_s; o.responsibility = u"product"_s; }
    else if (l == 'I') { o.category = u"attitude"_s; o.responsibility = u"service"_s; }
    else if (l == 'J') { o.category = u"quality"_s; o.responsibility = u"service"_s; }
    else if (l == 'K') { o.category = u"charges"_s; o.responsibility = u"service"_s; }
    else if (l == 'L') { o.category = u"timeliness"_s; o.responsibility = u"service"_s; }
    else { o.category = u"other"_s; o.responsibility = u"undetermined"_s; }
    if (v("status").trimmed() == u"用户评分"_s) {
        o.closed = day + u" 18:00"_s;
        o.satisfied = u"yes"_s;
        o.remedy = u"other"_s;
    }
    return o;
}

Out fromCfpb(const QHash<QString, int> &col, const QStringList &c)
{
    auto v = [&](const char *name) { return c.value(col.value(QString::fromLatin1(name), -1)).trimmed(); };
    Out o;
    o.number = u"CFPB-"_s + v("Complaint ID");
    o.received = v("Date received") + u" 09:00"_s;
    o.model = v("Product");
    const QString narrative = c.value(col.value(u"Consumer complaint narrative"_s, -1));
    o.content = !narrative.trimmed().isEmpty() ? narrative
                : v("Sub-issue").isEmpty() ? v("Issue") : QString(v("Issue") + u" / "_s + v("Sub-issue"));
    const QString issue = v("Issue").toLower();
    if (issue.contains(u"fee"_s) || issue.contains(u"interest"_s) || issue.contains(u"charge"_s))
        o.category = u"charges"_s;
    else if (issue.contains(u"late"_s) || issue.contains(u"delay"_s) || issue.contains(u"time"_s))
        o.category = u"timeliness"_s;
    else if (issue.contains(u"communication"_s) || issue.contains(u"tactics"_s))
        o.category = u"attitude"_s;
    else
        o.category = u"other"_s;
    o.responsibility = u"undetermined"_s;
    const QString response = v("Company response to consumer");
    if (response.startsWith(u"Closed"_s)) {
        const QString sent = v("Date sent to company");
        o.closed = (sent < v("Date received") ? v("Date received") : sent) + u" 18:00"_s;
        o.remedy = response.contains(u"non-monetary"_s) ? u"other"_s : response.contains(u"monetary"_s) ? u"compensation"_s
                   : u"apology"_s;
        const QString disputed = v("Consumer disputed?");
        o.satisfied = disputed == u"Yes"_s ? u"no"_s : disputed == u"No"_s ? u"yes"_s : QString();
    }
    return o;
}

} // namespace

Result<ComplaintFileConverter::Summary> ComplaintFileConverter::convert(const QString &input, const QString &output)
{
    auto reader = TableReader::open(input);
    if (!reader)
        return reader.error();
    TableRow row;
    auto first = (*reader)->next(row);
    if (!first)
        return first.error();
    if (!*first)
        return Error::validation(tr("%1 is empty.").arg(input));
    QHash<QString, int> col;
    for (int i = 0; i < row.cells.size(); ++i)
        col.insert(row.cells.at(i).trimmed(), i);
    Summary s;
    if (col.contains(u"car_model"_s) && col.contains(u"desc"_s) && col.contains(u"datetime"_s))
        s.source = Source::CarComplaints12365;
    else if (col.contains(u"Complaint ID"_s) && col.contains(u"Date received"_s))
        s.source = Source::Cfpb;
    else
        return Error::validation(tr("%1 is neither a 12365auto car complaint file nor a CFPB complaint export (unknown header).")
                                     .arg(input));
    QSaveFile out(output);
    if (!out.open(QIODevice::WriteOnly))
        return Error::io(tr("Cannot write %1: %2").arg(output, out.errorString()));
    QString text = kHeader.join(u',') + u"\r\n"_s;
    while (true) {
        auto more = (*reader)->next(row);
        if (!more)
            return more.error();
        if (!*more)
            break;
        const Out o = s.source == Source::Cfpb ? fromCfpb(col, row.cells) : fromCar(col, row.cells);
        QStringList cells;
        for (const QString &c : o.cells())
            cells << csv(c);
        text += cells.join(u',') + u"\r\n"_s;
        ++s.rows;
    }
    out.write(text.toUtf8());
    if (!out.commit())
        return Error::io(tr("Cannot write %1: %2").arg(output, out.errorString()));
    return s;
}

} // namespace as
