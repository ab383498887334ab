#include "io/Importer.h"

#include "io/TableReader.h"
#include "services/AuditLog.h"
#include "storage/Transaction.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace as {

namespace {

QString folded(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (c == u' ' || c == u'_' || c == u'-' || c == u'\u3000' || c.category() == QChar::Other_Format)
            continue;
        out.append(c.toCaseFolded());
    }
    return out;
}

bool looksLikeFormula(const QString &cell)
{
    static const QRegularExpression re(u"^=\\s*(?:[A-Za-z_][A-Za-z0-9_.]*\\s*\\(|\\$?[A-Za-z]{1,3}\\$?[0-9]+)"_s);
    return cell.startsWith(u'=') && re.match(cell).hasMatch();
}

QString headerLabel(const QStringList &header, int index)
{
    const QString h = index >= 0 && index < header.size() ? header.at(index).trimmed() : QString();
    return h.isEmpty() ? Importer::tr("column %1").arg(columnLetters(index)) : h;
}

} // namespace

QList<int> Importer::match(const QList<ImportColumn> &columns, const QStringList &header,
                           const QHash<QString, QString> &explicitChoices)
{
    QList<int> mapping(columns.size(), -1);
    QList<QString> keys;
    for (const QString &h : header)
        keys << folded(h);
    for (int c = 0; c < columns.size(); ++c) {
        const ImportColumn &col = columns.at(c);
        if (explicitChoices.contains(col.name)) {
            const QString want = folded(explicitChoices.value(col.name));
            if (!want.isEmpty())
                mapping[c] = int(keys.indexOf(want));
            continue;
        }
        QStringList names{folded(col.name)};
        for (const QString &al : col.aliases())
            names << folded(al);
        for (int i = 0; i < keys.size(); ++i) {
            if (keys.at(i).isEmpty())
                continue;
            if (names.contains(keys.at(i))) {
                mapping[c] = i;
                break;
            }
        }
    }
    return mapping;
}

QList<ImportProblem> Importer::checkHeader(const QList<ImportColumn> &columns, const QStringList &header,
                                           const QList<int> &mapping)
{
    QList<ImportProblem> problems;
    bool anyHeader = false;
    for (const QString &h : header)
        anyHeader = anyHeader || !h.trimmed().isEmpty();
    if (!anyHeader) {
        problems.append({1, QString(), tr("the first row must hold the column headers, but it is empty")});
        return problems;
    }
    QHash<QString, int> seen;
    for (int i = 0; i < header.size(); ++i) {
        const QString h = header.at(i).trimmed();
        if (h.isEmpty()) {
            // A column without a header is not imported unless chosen in the mapping (wizard, --map cannot name it).
            continue;
        }
        const QString k = folded(h);
        if (seen.contains(k)) {
            problems.append({1, h, tr("the header \"%1\" appears twice (columns %2 and %3); rename or remove one")
                                       .arg(h, columnLetters(seen.value(k)), columnLetters(i))});
        } else {
            seen.insert(k, i);
        }
    }
    // Two headers that both name one column (e.g. "phone" and "电话"): which one is meant?
    for (int c = 0; c < columns.size(); ++c) {
        QStringList names{folded(columns.at(c).name)};
        for (const QString &al : columns.at(c).aliases())
            names << folded(al);
        QList<int> hits;
        for (int i = 0; i < header.size(); ++i) {
            const QString k = folded(header.at(i));
            if (!k.isEmpty() && names.contains(k))
                hits << i;
        }
        if (hits.size() > 1 && folded(header.at(hits.at(0))) != folded(header.at(hits.at(1))))
            problems.append({1, header.at(hits.at(1)).trimmed(),
                             tr("both \"%1\" (column %2) and \"%3\" (column %4) mean %5; remove one or choose one in the mapping")
                                 .arg(header.at(hits.at(0)).trimmed(), columnLetters(hits.at(0)), header.at(hits.at(1)).trimmed(),
                                      columnLetters(hits.at(1)), columns.at(c).name)});
    }
    for (int c = 0; c < columns.size(); ++c) {
        if (columns.at(c).required && mapping.value(c, -1) < 0)
            problems.append({1, columns.at(c).name,
                             tr("the required column \"%1\" (%2) is missing").arg(columns.at(c).name, columns.at(c).mainAlias())});
    }
    // Two kind columns mapped to one source column.
    for (int c = 0; c < mapping.size(); ++c) {
        for (int d = c + 1; d < mapping.size(); ++d) {
            if (mapping.at(c) >= 0 && mapping.at(c) == mapping.at(d))
                problems.append({1, headerLabel(header, mapping.at(c)),
                                 tr("is chosen for both \"%1\" and \"%2\"").arg(columns.at(c).name, columns.at(d).name)});
        }
    }
    return problems;
}

QString Importer::countsText(const ImportCounts &counts)
{
    QStringList parts;
    for (int i = 0; i < counts.size(); ++i)
        if (i == 0 || counts.at(i).second != 0)
            parts << QString(QString::number(counts.at(i).second) + u' ' + counts.at(i).first);
    return parts.join(u", "_s);
}

QString Importer::formatProblem(const QString &file, const ImportProblem &p)
{
    QString s = file;
    if (p.row > 0)
        s += u':' + QString::number(p.row);
    if (!p.column.isEmpty())
        s += u':' + p.column;
    return s + u": "_s + p.reason;
}

Result<QStringList> Importer::readHeader(const QString &file)
{
    auto reader = TableReader::open(file);
    if (!reader)
        return reader.error();
    TableRow row;
    auto more = (*reader)->next(row);
    if (!more)
        return more.error();
    if (!*more)
        return Error::validation(tr("%1 is empty: the first row must hold the column headers.").arg(file));
    return row.cells;
}

Result<ImportReport> Importer::run(const ImportKind &kind, ImportContext &ctx, const ImportOptions &options)
{
    AS_TRY(ctx.actor.require(kind.permission()));
    QElapsedTimer timer;
    timer.start();
    ImportReport report;
    auto readerR = TableReader::open(options.file);
    if (!readerR)
        return readerR.error();
    TableReader &reader = **readerR;
    report.format = reader.format();
    const QString fileName = options.file;

    auto cancelled = [&](const QString &phase, qint64 done, qint64 total) {
        if (options.cancel && options.cancel->load())
            return true;
        return options.progress && !options.progress(phase, done, total);
    };

    TableRow row;
    auto first = reader.next(row);
    if (!first)
        return first.error();
    if (!*first) {
        report.problems.append({0, QString(), tr("the file is empty: the first row must hold the column headers")});
        return report;
    }
    if (row.row != 1) {
        report.problems.append({1, QString(), tr("the first row must hold the column headers, but it is empty")});
        return report;
    }
    report.header = row.cells;
    const QList<ImportColumn> columns = kind.columns();
    report.mapping = match(columns, report.header, options.mapping);
    report.problems = checkHeader(columns, report.header, report.mapping);
    for (int i = 0; i < report.header.size(); ++i)
        if (!report.mapping.contains(i) && !report.header.at(i).trimmed().isEmpty())
            report.ignored << report.header.at(i).trimmed();
    if (!report.problems.isEmpty())
        return report;

    QStringList labels;
    for (int c = 0; c < columns.size(); ++c)
        labels << (report.mapping.at(c) >= 0 ? headerLabel(report.header, report.mapping.at(c)) : columns.at(c).name);

    report.columnLabels = labels;
    auto session = kind.start(ctx);
    if (!session)
        return session.error();

    const int headerCells = int(report.header.size());
    // Longest cell accepted per source column (columns not imported are not checked).
    QList<int> limit(headerCells, -1);
    for (int c = 0; c < columns.size(); ++c)
        if (report.mapping.at(c) >= 0)
            limit[report.mapping.at(c)] = columns.at(c).maxLength > 0 ? columns.at(c).maxLength : MaxCellLength;
    while (true) {
        auto more = reader.next(row);
        if (!more)
            return more.error();
        if (!*more)
            break;
        ++report.rows;
        const int before = int(report.problems.size());
        for (const auto &cp : row.cellProblems)
            report.problems.append({row.row, headerLabel(report.header, cp.first), cp.second});
        if (row.cells.size() > headerCells) {
            for (int i = headerCells; i < row.cells.size(); ++i) {
                if (!row.cells.at(i).trimmed().isEmpty()) {
                    report.problems.append({row.row, columnLetters(i),
                                            tr("this row has a value in column %1, which has no header (%2 cells, the header has %3)")
                                                .arg(columnLetters(i)).arg(row.cells.size()).arg(headerCells)});
                    break;
                }
            }
        }
        for (int i = 0; i < row.cells.size(); ++i) {
            const QString &cell = row.cells.at(i);
            const int max = limit.value(i, -1);
            if (max > 0 && cell.size() > max)
                report.problems.append({row.row, headerLabel(report.header, i),
                                        tr("the cell is %1 characters long; at most %2 are allowed").arg(cell.size()).arg(max)});
            else if (report.mapping.contains(i) && looksLikeFormula(cell))
                report.problems.append({row.row, headerLabel(report.header, i),
                                        tr("the cell holds a formula (%1); import takes values only").arg(cell.left(60))});
        }
        if (int(report.problems.size()) == before) {
            ImportRow r(row.row, row.cells, report.mapping, labels, ctx.site, report.problems);
            QStringList stored = (*session)->add(r);
            if (report.preview.size() < options.previewRows) {
                // A cell with a problem is previewed as written in the file (nothing would be stored).
                for (int p = before; p < report.problems.size(); ++p) {
                    const int c = int(labels.indexOf(report.problems.at(p).column));
                    if (c >= 0 && c < stored.size() && report.mapping.at(c) >= 0)
                        stored[c] = row.cells.value(report.mapping.at(c));
                }
                report.preview.append(stored);
                report.previewRows.append(row.row);
            }
        } else if (report.preview.size() < options.previewRows) {
            QStringList raw;
            for (int c = 0; c < columns.size(); ++c)
                raw << (report.mapping.at(c) >= 0 ? row.cells.value(report.mapping.at(c)) : QString());
            report.preview.append(raw);
            report.previewRows.append(row.row);
        }
        if (report.problems.size() >= options.maxProblems)
            break;
        if ((report.rows & 1023) == 0 && cancelled(u"read"_s, qint64(reader.progress() * 1000), 1000))
            return Error{Error::Kind::Cancelled, tr("The import was cancelled; nothing was changed."), {}};
    }
    if (report.rows == 0)
        report.problems.append({0, QString(), tr("the file has a header row but no data rows")});
    if (report.problems.isEmpty()) {
        (*session)->finish(report.problems);
        // finish() names columns by the kind's names; show them as the file's headers.
        for (ImportProblem &p : report.problems)
            for (int c = 0; c < columns.size(); ++c)
                if (p.column == columns.at(c).name)
                    p.column = labels.at(c);
    }
    std::stable_sort(report.problems.begin(), report.problems.end(),
                     [](const ImportProblem &a, const ImportProblem &b) { return a.row < b.row; });
    report.counts = (*session)->counts();
    if (!report.problems.isEmpty() || options.dryRun) {
        report.elapsedMs = timer.elapsed();
        return report;
    }

    auto tx = Transaction::begin(ctx.db);
    if (!tx)
        return tx.error();
    bool userCancelled = false;
    AS_TRY((*session)->write([&](qint64 done, qint64 total) {
        if (cancelled(u"write"_s, done, total)) {
            userCancelled = true;
            return false;
        }
        return true;
    }));
    if (userCancelled)
        return Error{Error::Kind::Cancelled, tr("The import was cancelled; nothing was changed."), {}};
    QJsonObject counts;
    for (const auto &c : (*session)->counts())
        counts.insert(c.first, c.second);
    AuditLog audit(ctx.db, ctx.clock);
    AS_TRY(audit.record(ctx.actor, u"import"_s, 0, u"import"_s,
                        QJsonObject{{u"kind"_s, kind.id()}, {u"file"_s, QFileInfo(fileName).fileName()},
                                    {u"rows"_s, report.rows}, {u"counts"_s, counts}}));
    AS_TRY(tx->commit());
    report.counts = (*session)->counts();
    report.written = true;
    report.elapsedMs = timer.elapsed();
    return report;
}

} // namespace as
