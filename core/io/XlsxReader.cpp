#include "io/XlsxReader.h"

#include "io/CsvReader.h"

#include <QDateTime>
#include <QFile>
#include <QRegularExpression>

#include <zip.h>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace as {

namespace {

struct ZipCloser {
    void operator()(zip_t *z) const { if (z) zip_discard(z); }
};

// Read one member of the archive; empty optional when it is missing.
std::optional<QByteArray> readMember(zip_t *z, const char *name)
{
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(z, name, 0, &st) != 0)
        return std::nullopt;
    zip_file_t *f = zip_fopen(z, name, 0);
    if (!f)
        return std::nullopt;
    QByteArray data;
    data.resize(qsizetype(st.size));
    const zip_int64_t got = zip_fread(f, data.data(), st.size);
    zip_fclose(f);
    if (got < 0 || zip_uint64_t(got) != st.size)
        return std::nullopt;
    return data;
}

bool isDateFormat(int id, const QString &code)
{
    if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58))
        return true;
    if (code.isEmpty())
        return false;
    // Strip quoted text, escapes and colours; a date format has y, m, d, h or s outside them.
    QString c = code;
    static const QRegularExpression strip(u"\"[^\"]*\"|\\\\.|\\[[^\\]]*\\]"_s);
    c.remove(strip);
    return c.contains(QRegularExpression(u"[yYdDhHsS]|[mM]"_s)) && !c.contains(u'0') && !c.contains(u'#');
}

int columnIndex(QStringView ref)
{
    int col = 0;
    for (QChar ch : ref) {
        if (ch >= u'A' && ch <= u'Z')
            col = col * 26 + (ch.unicode() - u'A' + 1);
        else if (ch >= u'a' && ch <= u'z')
            col = col * 26 + (ch.unicode() - u'a' + 1);
        else
            break;
    }
    return col - 1;
}

QString numberText(const QString &raw)
{
    bool ok = false;
    const double v = raw.toDouble(&ok);
    if (!ok)
        return raw;
    if (std::floor(v) == v && std::fabs(v) < 1e15)
        return QString::number(qint64(v));
    QString s = QString::number(v, 'f', 10);
    while (s.endsWith(u'0'))
        s.chop(1);
    if (s.endsWith(u'.'))
        s.chop(1);
    return s;
}

QString serialToDate(double serial, bool date1904)
{
    // 1900 system: day 1 = 1900-01-01, with Excel's phantom 1900-02-29 (serial 60).
    const QDate base = date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
    double days = std::floor(serial);
    if (!date1904 && serial < 61)
        days += 1;
    const QDate d = base.addDays(qint64(days));
    const double frac = serial - std::floor(serial);
    const qint64 secs = qint64(std::llround(frac * 86400.0));
    if (secs == 0)
        return d.toString(u"yyyy-MM-dd"_s);
    if (secs >= 86400)
        return d.addDays(1).toString(u"yyyy-MM-dd"_s);
    return QDateTime(d, QTime(0, 0).addSecs(int(secs))).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

} // namespace

Result<std::unique_ptr<XlsxReader>> XlsxReader::open(const QString &path)
{
    int err = 0;
    std::unique_ptr<zip_t, ZipCloser> z(zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &err));
    if (!z)
        return Error::validation(tr("%1 is not a readable XLSX workbook (the zip archive is damaged or cut off).").arg(path));
    std::unique_ptr<XlsxReader> r(new XlsxReader);
    r->m_path = path;
    r->m_format = u"XLSX"_s;

    auto damaged = [&](const QString &what) {
        return Error::validation(tr("%1 is not a readable XLSX workbook: %2.").arg(path, what));
    };

    // First sheet: workbook.xml's first <sheet r:id>, resolved through the relationships.
    auto wb = readMember(z.get(), "xl/workbook.xml");
    if (!wb)
        return damaged(tr("xl/workbook.xml is missing"));
    QString firstRid;
    {
        QXmlStreamReader x(*wb);
        while (!x.atEnd()) {
            x.readNext();
            if (!x.isStartElement())
                continue;
            if (x.name() == u"workbookPr"_s) {
                const auto v = x.attributes().value(u"date1904"_s);
                r->m_date1904 = v == u"1"_s || v == u"true"_s;
            } else if (x.name() == u"sheet"_s && firstRid.isEmpty()) {
                for (const auto &a : x.attributes())
                    if (a.name() == u"id"_s)
                        firstRid = a.value().toString();
            }
        }
        if (x.hasError())
            return damaged(x.errorString());
    }
    QString target = u"worksheets/sheet1.xml"_s;
    if (auto rels = readMember(z.get(), "xl/_rels/workbook.xml.rels")) {
        QXmlStreamReader x(*rels);
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement() && x.name() == u"Relationship"_s && x.attributes().value(u"Id"_s) == firstRid)
                target = x.attributes().value(u"Target"_s).toString();
        }
    }
    if (target.startsWith(u'/'))
        target = target.mid(1);
    else
        target.prepend(u"xl/"_s);

    if (auto ss = readMember(z.get(), "xl/sharedStrings.xml")) {
        QXmlStreamReader x(*ss);
        QString current;
        bool inSi = false, inRph = false;
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement()) {
                if (x.name() == u"si"_s) { inSi = true; current.clear(); }
                else if (x.name() == u"rPh"_s) inRph = true;   // phonetic guide: not part of the text
                else if (x.name() == u"t"_s && inSi && !inRph) current += x.readElementText();
            } else if (x.isEndElement()) {
                if (x.name() == u"si"_s) { r->m_shared << current; inSi = false; }
                else if (x.name() == u"rPh"_s) inRph = false;
            }
        }
        if (x.hasError())
            return damaged(tr("shared strings: %1").arg(x.errorString()));
    }

    if (auto st = readMember(z.get(), "xl/styles.xml")) {
        QXmlStreamReader x(*st);
        QHash<int, QString> customFormats;
        bool inXfs = false;
        int xfIndex = 0;
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement()) {
                if (x.name() == u"numFmt"_s)
                    customFormats.insert(x.attributes().value(u"numFmtId"_s).toInt(), x.attributes().value(u"formatCode"_s).toString());
                else if (x.name() == u"cellXfs"_s)
                    inXfs = true;
                else if (x.name() == u"xf"_s && inXfs) {
                    const int id = x.attributes().value(u"numFmtId"_s).toInt();
                    if (isDateFormat(id, customFormats.value(id)))
                        r->m_dateStyles.insert(xfIndex);
                    ++xfIndex;
                }
            } else if (x.isEndElement() && x.name() == u"cellXfs"_s) {
                inXfs = false;
            }
        }
    }

    auto sheet = readMember(z.get(), target.toUtf8().constData());
    if (!sheet)
        return damaged(tr("the first worksheet (%1) is missing").arg(target));
    r->m_sheet = std::move(*sheet);
    r->m_xml.addData(r->m_sheet);
    return r;
}

double XlsxReader::progress() const
{
    return m_sheet.isEmpty() ? 1.0 : double(m_xml.characterOffset()) / double(m_sheet.size());
}

Result<bool> XlsxReader::next(TableRow &row)
{
    while (!m_xml.atEnd()) {
        m_xml.readNext();
        if (!m_xml.isStartElement() || m_xml.name() != u"row"_s)
            continue;
        row.cells.clear();
        row.cellProblems.clear();
        const int r = m_xml.attributes().value(u"r"_s).toInt();
        row.row = r > 0 ? r : m_lastRow + 1;   // some writers leave out r=
        m_lastRow = row.row;
        bool any = false;
        int nextCol = 0;
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            if (m_xml.isEndElement() && m_xml.name() == u"row"_s)
                break;
            if (!m_xml.isStartElement() || m_xml.name() != u"c"_s)
                continue;
            const auto attrs = m_xml.attributes();
            const QString ref = attrs.value(u"r"_s).toString();
            const int col = ref.isEmpty() ? nextCol : columnIndex(ref);
            nextCol = col + 1;
            const QString type = attrs.value(u"t"_s).toString();
            const int style = attrs.value(u"s"_s).toInt();
            QString v, formula, inlineText;
            bool hasFormula = false;
            while (!m_xml.atEnd()) {
                m_xml.readNext();
                if (m_xml.isEndElement() && m_xml.name() == u"c"_s)
                    break;
                if (!m_xml.isStartElement())
                    continue;
                if (m_xml.name() == u"v"_s)
                    v = m_xml.readElementText();
                else if (m_xml.name() == u"f"_s) {
                    hasFormula = true;
                    formula = m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
                }
                else if (m_xml.name() == u"t"_s)
                    inlineText += m_xml.readElementText();
            }
            QString text;
            if (type == u"s"_s) {
                const int i = v.toInt();
                text = i >= 0 && i < m_shared.size() ? m_shared.at(i) : QString();
            } else if (type == u"inlineStr"_s) {
                text = inlineText;
            } else if (type == u"str"_s) {
                text = v;
            } else if (type == u"b"_s) {
                text = v == u"1"_s ? u"TRUE"_s : u"FALSE"_s;
            } else if (type == u"e"_s) {
                row.cellProblems.append({col, tr("the cell holds the error value %1").arg(v)});
            } else if (!v.isEmpty()) {
                bool ok = false;
                const double d = v.toDouble(&ok);
                text = ok && m_dateStyles.contains(style) ? serialToDate(d, m_date1904) : numberText(v);
            }
            if (hasFormula) {
                row.cellProblems.append({col, tr("the cell holds a formula%1; import takes values only: copy the column, "
                                                 "paste it as values and save again")
                                                  .arg(formula.isEmpty() ? QString() : u" (="_s + formula.left(60) + u')')});
            }
            if (col < 0 || col > 16383)
                continue;
            while (row.cells.size() <= col)
                row.cells.append(QString());
            row.cells[col] = text;
            if (!text.isEmpty())
                any = true;
        }
        if (any || !row.cellProblems.isEmpty())
            return true;
    }
    if (m_xml.hasError() && m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
        return Error::validation(tr("%1: the worksheet is damaged near row %2: %3").arg(m_path).arg(row.row).arg(m_xml.errorString()));
    if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
        return Error::validation(tr("%1: the worksheet ends in the middle (is the file cut off?).").arg(m_path));
    return false;
}

Result<std::unique_ptr<TableReader>> TableReader::open(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        return Error::io(tr("%1 does not exist.").arg(path));
    if (!f.open(QIODevice::ReadOnly))
        return Error::io(tr("Cannot read %1: %2").arg(path, f.errorString()));
    const QByteArray head = f.peek(4);
    if (head.startsWith("PK\x03\x04")) {
        f.close();
        auto r = XlsxReader::open(path);
        if (!r)
            return r.error();
        return std::unique_ptr<TableReader>(std::move(r.value()));
    }
    if (head.startsWith("\xD0\xCF\x11\xE0"))
        return Error::validation(tr("%1 is an old Excel (.xls) workbook; save it as .xlsx or CSV.").arg(path));
    const QByteArray bytes = f.readAll();
    auto r = CsvReader::open(path, bytes);
    if (!r)
        return r.error();
    return std::unique_ptr<TableReader>(std::move(r.value()));
}

} // namespace as
