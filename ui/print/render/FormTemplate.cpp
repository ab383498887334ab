#include "FormTemplate.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace as::print {

std::optional<Paper> paperFromName(const QString &name)
{
    const QString n = name.trimmed().toUpper();
    if (n == u"A4"_s)
        return Paper::A4;
    if (n == u"A5"_s)
        return Paper::A5;
    return std::nullopt;
}

QString paperName(Paper paper)
{
    return paper == Paper::A5 ? u"A5"_s : u"A4"_s;
}

namespace {

PaperLayout readPaper(const QJsonObject &o)
{
    PaperLayout l;
    const QJsonArray size = o.value(u"size"_s).toArray();
    l.size = QSizeF(size.at(0).toDouble(210), size.at(1).toDouble(297));
    const QJsonArray m = o.value(u"margins"_s).toArray();   // left, top, right, bottom
    l.margins = QMarginsF(m.at(0).toDouble(12), m.at(1).toDouble(12), m.at(2).toDouble(12), m.at(3).toDouble(12));
    const QJsonObject pt = o.value(u"pt"_s).toObject();
    for (auto it = pt.begin(); it != pt.end(); ++it)
        l.pt.insert(it.key(), it.value().toDouble());
    const QJsonObject h = o.value(u"header"_s).toObject();
    l.headerHeight = h.value(u"height"_s).toDouble(l.headerHeight);
    l.logo = h.value(u"logo"_s).toDouble(l.logo);
    const QJsonObject c128 = h.value(u"code128"_s).toObject();
    l.code128Module = c128.value(u"module"_s).toDouble(l.code128Module);
    l.code128Height = c128.value(u"height"_s).toDouble(l.code128Height);
    l.qrModule = h.value(u"qr"_s).toObject().value(u"module"_s).toDouble(l.qrModule);
    l.row = o.value(u"row"_s).toDouble(l.row);
    l.gap = o.value(u"gap"_s).toDouble(l.gap);
    l.labelWidth = o.value(u"labelWidth"_s).toDouble(l.labelWidth);
    l.sectionTitle = o.value(u"sectionTitle"_s).toDouble(l.sectionTitle);
    const QJsonObject lines = o.value(u"lines"_s).toObject();
    for (auto it = lines.begin(); it != lines.end(); ++it)
        l.lines.insert(it.key(), it.value().toInt(2));
    l.partRows = o.value(u"partRows"_s).toInt(l.partRows);
    l.termsLines = o.value(u"termsLines"_s).toInt(l.termsLines);
    l.signature = o.value(u"signature"_s).toDouble(l.signature);
    return l;
}

} // namespace

Result<FormTemplate> FormTemplate::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::io(tr("Cannot read the form %1: %2").arg(path, f.errorString()));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Error::validation(tr("The form %1 is not valid JSON (offset %2): %3").arg(path).arg(err.offset).arg(err.errorString()));
    const QJsonObject root = doc.object();
    FormTemplate t;
    const QJsonObject fonts = root.value(u"fonts"_s).toObject();
    for (auto it = fonts.begin(); it != fonts.end(); ++it) {
        QStringList families;
        for (const QJsonValue &v : it.value().toArray())
            families << v.toString();
        t.fonts.insert(it.key(), families);
    }
    const QJsonObject colors = root.value(u"colors"_s).toObject();
    for (auto it = colors.begin(); it != colors.end(); ++it)
        t.colors.insert(it.key(), QColor(it.value().toString()));
    const QJsonObject papers = root.value(u"papers"_s).toObject();
    for (auto it = papers.begin(); it != papers.end(); ++it) {
        const auto paper = paperFromName(it.key());
        if (!paper)
            return Error::validation(tr("The form %1 names an unknown paper size \"%2\".").arg(path, it.key()));
        t.papers.insert(*paper, readPaper(it.value().toObject()));
    }
    if (!t.papers.contains(Paper::A4) || !t.papers.contains(Paper::A5))
        return Error::validation(tr("The form %1 must define the papers A4 and A5.").arg(path));
    for (const QJsonValue &sv : root.value(u"sections"_s).toArray()) {
        const QJsonObject so = sv.toObject();
        FormSection s;
        s.type = so.value(u"type"_s).toString();
        s.title = so.value(u"title"_s).toString();
        s.field = so.value(u"field"_s).toString();
        s.bottom = so.value(u"bottom"_s).toBool();
        for (const QJsonValue &rv : so.value(u"rows"_s).toArray()) {
            QList<FormField> row;
            for (const QJsonValue &cv : rv.toArray())
                row << FormField{cv.toObject().value(u"field"_s).toString(), cv.toObject().value(u"span"_s).toInt(1)};
            s.rows << row;
        }
        t.sections << s;
    }
    return t;
}

const Result<FormTemplate> &FormTemplate::workOrder()
{
    static const Result<FormTemplate> form = load();
    return form;
}

QStringList FormTemplate::fontFamilies(const QString &language) const
{
    if (fonts.contains(language))
        return fonts.value(language);
    return fonts.value(u"default"_s, {u"DejaVu Sans"_s, u"Noto Sans CJK SC"_s});
}

} // namespace as::print
