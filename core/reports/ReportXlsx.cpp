#include "reports/ReportData.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>
#include <QTimeZone>

#include <xlsxwriter.h>

using namespace Qt::Literals::StringLiterals;

namespace as::reportxlsx {

namespace {

struct Formats {
    lxw_format *bold, *title, *percent, *number, *money, *date, *wrap;
};

Status check(lxw_error e, const QString &file)
{
    if (e == LXW_NO_ERROR)
        return {};
    return Error::io(ReportData::tr("Cannot write %1: %2").arg(file, QString::fromUtf8(lxw_strerror(e))));
}

QByteArray utf8(const QString &s)
{
    return s.toUtf8();
}

Status writeTable(lxw_workbook *wb, const ReportTable &t, const Formats &f, const QString &file)
{
    lxw_worksheet *ws = workbook_add_worksheet(wb, utf8(t.id.left(31)).constData());
    if (!ws)
        return Error::io(ReportData::tr("Cannot write %1: bad sheet name %2.").arg(file, t.id));
    AS_TRY(check(worksheet_write_string(ws, 0, 0, utf8(t.title).constData(), f.title), file));
    for (int c = 0; c < t.columns.size(); ++c) {
        AS_TRY(check(worksheet_write_string(ws, 2, lxw_col_t(c), utf8(t.columns.at(c).title).constData(), f.bold), file));
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), t.columns.at(c).width, nullptr);
    }
    worksheet_freeze_panes(ws, 3, 0);
    for (int r = 0; r < t.rows.size(); ++r) {
        const lxw_row_t row = lxw_row_t(r + 3);
        const bool plain = t.plainRows.contains(r);
        for (int c = 0; c < t.columns.size(); ++c) {
            const QVariant v = t.rows.at(r).value(c);
            if (!v.isValid() || v.isNull())
                continue;
            const lxw_col_t col = lxw_col_t(c);
            lxw_error e = LXW_NO_ERROR;
            switch (t.columns.at(c).type) {
            case ReportTable::Type::Integer: e = worksheet_write_number(ws, row, col, double(v.toLongLong()), nullptr); break;
            case ReportTable::Type::Fraction: e = worksheet_write_number(ws, row, col, v.toDouble(), plain ? f.number : f.percent); break;
            case ReportTable::Type::Number: e = worksheet_write_number(ws, row, col, v.toDouble(), f.number); break;
            case ReportTable::Type::Money: e = worksheet_write_number(ws, row, col, double(v.toLongLong()) / 100.0, f.money); break;
            case ReportTable::Type::Date: {
                const QDate d = v.toDate();
                lxw_datetime dt{d.year(), d.month(), d.day(), 0, 0, 0};
                e = worksheet_write_datetime(ws, row, col, &dt, f.date);
                break;
            }
            case ReportTable::Type::Text: e = worksheet_write_string(ws, row, col, utf8(v.toString()).constData(), nullptr); break;
            }
            AS_TRY(check(e, file));
        }
    }
    return {};
}

Status writeCover(lxw_workbook *wb, const ReportData &d, const Formats &f, const QString &file)
{
    lxw_worksheet *ws = workbook_add_worksheet(wb, "report");
    worksheet_set_column(ws, 0, 0, 22, nullptr);
    worksheet_set_column(ws, 1, 1, 60, nullptr);
    AS_TRY(check(worksheet_write_string(ws, 0, 0, utf8(ReportData::tr("After-sales monthly report")).constData(), f.title), file));
    const QDateTime generated = d.generatedAt.toTimeZone(d.period.zone);
    const QList<std::pair<QString, QString>> rows{
        {ReportData::tr("Company"), d.company},
        {ReportData::tr("Period"), d.period.label()},
        {ReportData::tr("Previous period"), d.previous.label()},
        {ReportData::tr("Generated"), generated.toString(u"yyyy-MM-dd HH:mm"_s)},
        {ReportData::tr("Notes"), d.notes},
    };
    lxw_row_t r = 2;
    for (const auto &[k, v] : rows) {
        AS_TRY(check(worksheet_write_string(ws, r, 0, utf8(k).constData(), f.bold), file));
        AS_TRY(check(worksheet_write_string(ws, r, 1, utf8(v).constData(), f.wrap), file));
        ++r;
    }
    lxw_datetime from{d.period.first.year(), d.period.first.month(), d.period.first.day(), 0, 0, 0};
    lxw_datetime to{d.period.last.year(), d.period.last.month(), d.period.last.day(), 0, 0, 0};
    AS_TRY(check(worksheet_write_string(ws, r, 0, utf8(ReportData::tr("First day")).constData(), f.bold), file));
    AS_TRY(check(worksheet_write_datetime(ws, r, 1, &from, f.date), file));
    AS_TRY(check(worksheet_write_string(ws, r + 1, 0, utf8(ReportData::tr("Last day")).constData(), f.bold), file));
    AS_TRY(check(worksheet_write_datetime(ws, r + 1, 1, &to, f.date), file));
    return {};
}

} // namespace

Status write(const ReportData &data, const QString &file)
{
    const QFileInfo info(file);
    if (!info.dir().exists())
        return Error::io(ReportData::tr("Cannot write %1: the folder %2 does not exist.").arg(file, info.dir().path()));
    // libxlsxwriter writes a named file: a temporary one beside FILE, then committed through QSaveFile.
    QTemporaryFile tmp(info.absoluteDir().filePath(u".%1.XXXXXX.part"_s.arg(info.fileName())));
    if (!tmp.open())
        return Error::io(ReportData::tr("Cannot write in %1: %2").arg(info.absolutePath(), tmp.errorString()));
    tmp.close();
    lxw_workbook *wb = workbook_new(QFile::encodeName(tmp.fileName()).constData());
    if (!wb)
        return Error::io(ReportData::tr("Cannot write %1.").arg(file));
    Formats f{};
    f.bold = workbook_add_format(wb);
    format_set_bold(f.bold);
    f.title = workbook_add_format(wb);
    format_set_bold(f.title);
    format_set_font_size(f.title, 14);
    f.percent = workbook_add_format(wb);
    format_set_num_format(f.percent, "0.0%");
    f.number = workbook_add_format(wb);
    format_set_num_format(f.number, "0.00");
    f.money = workbook_add_format(wb);
    format_set_num_format(f.money, "#,##0.00");
    f.date = workbook_add_format(wb);
    format_set_num_format(f.date, "yyyy-mm-dd");
    f.wrap = workbook_add_format(wb);
    format_set_text_wrap(f.wrap);
    Status st = writeCover(wb, data, f, file);
    if (st)
        st = writeTable(wb, data.kpiTable(), f, file);
    for (const ReportTable &t : data.tables())
        if (st)
            st = writeTable(wb, t, f, file);
    const lxw_error closed = workbook_close(wb);
    if (!st)
        return st;
    AS_TRY(check(closed, file));
    QFile in(tmp.fileName());
    if (!in.open(QIODevice::ReadOnly))
        return Error::io(ReportData::tr("Cannot write %1: %2").arg(file, in.errorString()));
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return Error::io(ReportData::tr("Cannot write %1: %2").arg(file, out.errorString()));
    const QByteArray bytes = in.readAll();
    if (out.write(bytes) != bytes.size() || !out.commit())
        return Error::io(ReportData::tr("Cannot write %1: %2").arg(file, out.errorString()));
    return {};
}

} // namespace as::reportxlsx
