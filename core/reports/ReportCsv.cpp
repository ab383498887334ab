#include "reports/ReportData.h"

#include "util/Money.h"

#include <QFileInfo>
#include <QDir>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace as::reportcsv {

namespace {

QString quote(QString s)
{
    // Text a spreadsheet would run as a formula gets a leading apostrophe (as the list exports do).
    if (!s.isEmpty() && (s.front() == u'=' || s.front() == u'@' ||
                         ((s.front() == u'+' || s.front() == u'-') && s.size() > 1 && !s.at(1).isDigit())))
        s.prepend(u'\'');
    if (s.contains(u',') || s.contains(u'"') || s.contains(u'\n') || s.contains(u'\r')) {
        s.replace(u"\""_s, u"\"\""_s);
        return u'"' + s + u'"';
    }
    return s;
}

QString kpiValue(KpiKey k, const std::optional<double> &v)
{
    if (!v)
        return {};
    if (k == KpiKey::Backlog)
        return QString::number(qRound64(*v));
    if (k == KpiKey::MeanTimeToResolveHours)
        return QString::number(*v, 'f', 2);
    return QString::number(*v, 'f', 4);
}

void line(QString &out, const QStringList &cells)
{
    out += cells.join(u',');
    out += u"\r\n"_s;
}

} // namespace

QString cell(const QVariant &v, ReportTable::Type type)
{
    if (!v.isValid() || v.isNull())
        return {};
    switch (type) {
    case ReportTable::Type::Integer: return QString::number(v.toLongLong());
    case ReportTable::Type::Fraction: return QString::number(v.toDouble(), 'f', 4);
    case ReportTable::Type::Number: return QString::number(v.toDouble(), 'f', 2);
    case ReportTable::Type::Money: return money::toYuan(v.toLongLong());
    case ReportTable::Type::Date: return v.toDate().toString(u"yyyy-MM-dd"_s);
    case ReportTable::Type::Text: break;
    }
    return quote(v.toString());
}

QByteArray render(const ReportData &data)
{
    QString out;
    line(out, {u"kpi"_s, u"value"_s, u"target"_s, u"met"_s});
    for (const KpiValue &v : data.kpis)
        line(out, {Kpi::code(v.key), kpiValue(v.key, v.value), v.target ? QString::number(*v.target, 'f', 4) : QString(),
                   v.met ? (*v.met ? u"yes"_s : u"no"_s) : QString()});
    for (const ReportTable &t : data.tables()) {
        out += u"\r\n"_s;
        QStringList header;
        for (const auto &c : t.columns)
            header << c.code;
        line(out, header);
        for (const QVariantList &row : t.rows) {
            QStringList cells;
            for (int i = 0; i < t.columns.size(); ++i)
                cells << cell(row.value(i), t.columns.at(i).type);
            line(out, cells);
        }
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

Status write(const ReportData &data, const QString &file)
{
    const QFileInfo info(file);
    if (!info.dir().exists())
        return Error::io(ReportData::tr("Cannot write %1: the folder %2 does not exist.").arg(file, info.dir().path()));
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly))
        return Error::io(ReportData::tr("Cannot write %1: %2").arg(file, f.errorString()));
    const QByteArray bytes = render(data);
    if (f.write(bytes) != bytes.size()) {
        f.cancelWriting();
        return Error::io(ReportData::tr("Cannot write %1: %2").arg(file, f.errorString()));
    }
    if (!f.commit())
        return Error::io(ReportData::tr("Cannot write %1: %2").arg(file, f.errorString()));
    return {};
}

} // namespace as::reportcsv
