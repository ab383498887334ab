#include "io/Exporter.h"

#include "util/Money.h"
#include "util/Time.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace as {

std::optional<Exporter::Format> Exporter::formatFromName(const QString &name)
{
    if (name.compare(u"csv"_s, Qt::CaseInsensitive) == 0)
        return Format::Csv;
    if (name.compare(u"xlsx"_s, Qt::CaseInsensitive) == 0)
        return Format::Xlsx;
    return std::nullopt;
}

namespace {

QString csvQuote(const QString &s)
{
    if (s.contains(u',') || s.contains(u'"') || s.contains(u'\n') || s.contains(u'\r') || s.startsWith(u' ') || s.endsWith(u' ')) {
        QString q = s;
        q.replace(u"\""_s, u"\"\""_s);
        return u'"' + q + u'"';
    }
    return s;
}

QString textOf(const ExportColumn &c, const QVariant &v, const QTimeZone &site)
{
    if (v.isNull() || !v.isValid())
        return {};
    switch (c.type) {
    case ExportColumn::Type::Money: return money::toYuan(v.toLongLong());
    case ExportColumn::Type::Date: return v.toDate().toString(u"yyyy-MM-dd"_s);
    case ExportColumn::Type::DateTime: return v.toDateTime().toTimeZone(site).toString(u"yyyy-MM-dd HH:mm:ss"_s);
    case ExportColumn::Type::Integer: return QString::number(v.toLongLong());
    case ExportColumn::Type::Number: return QString::number(v.toDouble(), 'g', 15);
    case ExportColumn::Type::Text: break;
    }
    QString s = v.toString();
    // Text that a spreadsheet would run as a formula is written with a leading apostrophe.
    // ("+86..." phone numbers and "-5" stay as they are.)
    if (!s.isEmpty() && (s.front() == u'=' || s.front() == u'@' ||
                         ((s.front() == u'+' || s.front() == u'-') && s.size() > 1 && !s.at(1).isDigit())))
        s.prepend(u'\'');
    return s;
}

class CsvSink : public ExportSink
{
public:
    CsvSink(QIODevice &out, const QList<ExportColumn> &cols, const QTimeZone &site) : m_out(out), m_cols(cols), m_site(site) {}
    Status header()
    {
        QStringList h;
        for (const auto &c : m_cols)
            h << csvQuote(c.name);
        return put(h);
    }
    Status row(const QVariantList &values) override
    {
        QStringList cells;
        for (int i = 0; i < m_cols.size(); ++i)
            cells << csvQuote(textOf(m_cols.at(i), values.value(i), m_site));
        ++rows;
        return put(cells);
    }
    qint64 rows = 0;

private:
    Status put(const QStringList &cells)
    {
        const QByteArray line = (cells.join(u',') + u"\r\n"_s).toUtf8();
        if (m_out.write(line) != line.size())
            return Error::io(Exporter::tr("Cannot write the export: %1").arg(m_out.errorString()));
        return {};
    }
    QIODevice &m_out;
    const QList<ExportColumn> &m_cols;
    QTimeZone m_site;
};

class XlsxSink : public ExportSink
{
public:
    XlsxSink(lxw_workbook *wb, lxw_worksheet *ws, const QList<ExportColumn> &cols, const QTimeZone &site)
        : m_wb(wb), m_ws(ws), m_cols(cols), m_site(site)
    {
        m_bold = workbook_add_format(wb);
        format_set_bold(m_bold);
        m_date = workbook_add_format(wb);
        format_set_num_format(m_date, "yyyy-mm-dd");
        m_dateTime = workbook_add_format(wb);
        format_set_num_format(m_dateTime, "yyyy-mm-dd hh:mm:ss");
        m_money = workbook_add_format(wb);
        format_set_num_format(m_money, "0.00");
    }
    Status header()
    {
        for (int i = 0; i < m_cols.size(); ++i) {
            worksheet_write_string(m_ws, 0, lxw_col_t(i), m_cols.at(i).name.toUtf8().constData(), m_bold);
            worksheet_set_column(m_ws, lxw_col_t(i), lxw_col_t(i), m_cols.at(i).width, nullptr);
        }
        worksheet_freeze_panes(m_ws, 1, 0);
        return {};
    }
    Status row(const QVariantList &values) override
    {
        const lxw_row_t r = lxw_row_t(++rows);
        if (rows >= 1048576)
            return Error::validation(Exporter::tr("The export has more rows than an XLSX sheet can hold (1,048,575); use --format csv or a shorter period."));
        for (int i = 0; i < m_cols.size(); ++i) {
            const QVariant v = values.value(i);
            if (v.isNull() || !v.isValid())
                continue;
            const lxw_col_t c = lxw_col_t(i);
            lxw_error e = LXW_NO_ERROR;
            switch (m_cols.at(i).type) {
            case ExportColumn::Type::Integer: e = worksheet_write_number(m_ws, r, c, double(v.toLongLong()), nullptr); break;
            case ExportColumn::Type::Number: e = worksheet_write_number(m_ws, r, c, v.toDouble(), nullptr); break;
            case ExportColumn::Type::Money: e = worksheet_write_number(m_ws, r, c, double(v.toLongLong()) / 100.0, m_money); break;
            case ExportColumn::Type::Date: {
                const QDate d = v.toDate();
                lxw_datetime dt{d.year(), d.month(), d.day(), 0, 0, 0};
                e = worksheet_write_datetime(m_ws, r, c, &dt, m_date);
                break;
            }
            case ExportColumn::Type::DateTime: {
                const QDateTime l = v.toDateTime().toTimeZone(m_site);
                lxw_datetime dt{l.date().year(), l.date().month(), l.date().day(), l.time().hour(), l.time().minute(),
                                double(l.time().second())};
                e = worksheet_write_datetime(m_ws, r, c, &dt, m_dateTime);
                break;
            }
            case ExportColumn::Type::Text: {
                const QByteArray s = v.toString().toUtf8();
                e = worksheet_write_string(m_ws, r, c, s.constData(), nullptr);
                break;
            }
            }
            if (e != LXW_NO_ERROR)
                return Error::io(Exporter::tr("Cannot write row %1 of the XLSX export: %2").arg(rows).arg(QString::fromUtf8(lxw_strerror(e))));
        }
        return {};
    }
    qint64 rows = 0;

private:
    lxw_workbook *m_wb;
    lxw_worksheet *m_ws;
    const QList<ExportColumn> &m_cols;
    QTimeZone m_site;
    lxw_format *m_bold, *m_date, *m_dateTime, *m_money;
};

} // namespace

Result<qint64> Exporter::write(const ExportKind &kind, const ExportContext &ctx, Format format, const QString &file)
{
    AS_TRY(ctx.actor.require(kind.permission()));
    const QFileInfo info(file);
    if (!info.dir().exists())
        return Error::io(tr("Cannot write %1: the folder %2 does not exist.").arg(file, info.dir().path()));
    const QList<ExportColumn> cols = kind.columns();
    if (format == Format::Csv) {
        QSaveFile out(file);
        if (!out.open(QIODevice::WriteOnly))
            return Error::io(tr("Cannot write %1: %2").arg(file, out.errorString()));
        out.write("\xEF\xBB\xBF");
        CsvSink sink(out, cols, ctx.site);
        AS_TRY(sink.header());
        auto st = kind.run(ctx, sink);
        if (!st) {
            out.cancelWriting();
            return st.error();
        }
        if (!out.commit())
            return Error::io(tr("Cannot write %1: %2").arg(file, out.errorString()));
        return sink.rows;
    }
    // XLSX: libxlsxwriter writes a named file; write a temporary one beside FILE, then rename.
    QString tmpName;
    {
        QTemporaryFile tmp(info.absoluteDir().filePath(u".%1.XXXXXX.part"_s.arg(info.fileName())));
        tmp.setAutoRemove(false);
        if (!tmp.open())
            return Error::io(tr("Cannot write in %1: %2").arg(info.absolutePath(), tmp.errorString()));
        tmpName = tmp.fileName();
    }
    struct Cleanup { QString name; bool keep = false; ~Cleanup() { if (!keep) QFile::remove(name); } } cleanup{tmpName};
    lxw_workbook_options opts{};
    opts.constant_memory = LXW_TRUE;   // rows streamed to disk: big exports in little memory
    lxw_workbook *wb = workbook_new_opt(QFile::encodeName(tmpName).constData(), &opts);
    if (!wb)
        return Error::io(tr("Cannot write %1.").arg(file));
    lxw_worksheet *ws = workbook_add_worksheet(wb, kind.id().left(31).toUtf8().constData());
    XlsxSink sink(wb, ws, cols, ctx.site);
    AS_TRY(sink.header());
    auto st = kind.run(ctx, sink);
    const lxw_error closed = workbook_close(wb);
    if (!st)
        return st.error();
    if (closed != LXW_NO_ERROR)
        return Error::io(tr("Cannot write %1: %2").arg(file, QString::fromUtf8(lxw_strerror(closed))));
    if (std::rename(QFile::encodeName(tmpName).constData(), QFile::encodeName(file).constData()) != 0)
        return Error::io(tr("Cannot replace %1 (is it open in another program?).").arg(file));
    cleanup.keep = true;
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return sink.rows;
}

} // namespace as
