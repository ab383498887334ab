#pragma once

#include "services/Actor.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <functional>
#include <memory>
#include <optional>

namespace as {

class Database;
class Clock;

// ---- The import framework (see docs/ARCHITECTURE.md "Adding an import kind") ----------
//
// An ImportKind describes one spreadsheet format of ../shared/cli.md "Import formats":
// its columns (English name + Chinese alias, matched case-insensitively against the
// header row), and how rows become records. The Importer (core/io/Importer.h) reads the
// file (CSV in UTF-8/BOM/GBK, or XLSX), matches the columns, feeds every data row to an
// ImportSession, collects every problem (row, column, reason) and, only when there are
// none, calls ImportSession::write() inside ONE transaction: all rows or none.
// Kinds are listed in importKinds() (core/io/ImportRegistry.cpp, one line per kind); the
// CLI (`import KIND FILE`) and the GUI import wizard iterate that list.

// One column of an import format.
struct ImportColumn
{
    QString name;          // English header as in cli.md, e.g. "opened_at"
    QString alias;         // Chinese header, e.g. "登记时间"; more than one separated by '|'
                           // (Simplified first, then Traditional: "登记时间|登記時間")
    bool required = false; // the header must be present and the cell non-empty
    QStringList aliases() const { return alias.split(u'|', Qt::SkipEmptyParts); }
    QString mainAlias() const { return aliases().value(0); }
    int maxLength = 0;     // longest cell accepted; 0: Importer::MaxCellLength (4,000). Long texts
                           // (complaint narratives) set more, e.g. 32000.
};

// One thing wrong with the input. row: spreadsheet row number (the header is row 1;
// 0 = the file as a whole). column: the header as written in the file (or the kind's
// column name when the file lacks it).
struct ImportProblem
{
    int row = 0;
    QString column;
    QString reason;
};

// What a session needs: the open database, the clock, who imports and the site's time zone
// (times in files are site-local).
struct ImportContext
{
    Database &db;
    const Clock &clock;
    Actor actor;
    QTimeZone site;
};

// The cells of one data row, addressed by the kind's column index (columns() order), after
// column mapping; trimmed; empty = not known. The parse helpers record a problem naming
// the row and column and return nullopt when the text is not valid.
class ImportRow
{
    Q_DECLARE_TR_FUNCTIONS(as::ImportRow)

public:
    ImportRow(int row, const QStringList &cells, const QList<int> &mapping, const QStringList &columnLabels,
              const QTimeZone &site, QList<ImportProblem> &problems)
        : m_row(row), m_cells(cells), m_mapping(mapping), m_labels(columnLabels), m_site(site), m_problems(problems) {}

    int row() const { return m_row; }
    QString value(int column) const;
    QString rawValue(int column) const;   // as in the file, not trimmed (free text kept exactly)
    bool has(int column) const { return !value(column).isEmpty(); }
    void problem(int column, const QString &reason);
    int problemCount() const { return m_problemCount; }

    QString required(int column);                                  // problem when empty
    std::optional<QDate> date(int column);                         // YYYY-MM-DD, YYYY/M/D
    std::optional<QDateTime> dateTime(int column);                 // site-local -> UTC
    std::optional<qint64> money(int column);                       // yuan -> fen, >= 0
    std::optional<qint64> integer(int column, qint64 min, qint64 max);
    std::optional<double> number(int column, double min, double max);
    // Enumerations: the code, the English label or the translated label.
    template <typename E, typename Parse>
    std::optional<E> choice(int column, Parse parse, const QString &allowed)
    {
        const QString v = value(column);
        if (v.isEmpty())
            return std::nullopt;
        if (auto e = parse(v))
            return e;
        problem(column, tr("\"%1\" is not one of: %2").arg(v, allowed));
        return std::nullopt;
    }

private:
    int m_row;
    const QStringList &m_cells;
    const QList<int> &m_mapping;
    const QStringList &m_labels;
    QTimeZone m_site;
    QList<ImportProblem> &m_problems;
    int m_problemCount = 0;
};

using ImportCounts = QList<QPair<QString, qint64>>;   // translated noun, count ("orders", 24918)
// Progress of the write phase: done/total rows; return false to cancel.
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

// One run of a kind over one file. Created by ImportKind::start().
class ImportSession
{
public:
    virtual ~ImportSession() = default;
    // Check one row and keep what will be written. Returns the row's values as they will be
    // stored (one string per column, e.g. dates normalised, codes instead of labels) for the
    // preview. Problems go through row.problem().
    virtual QStringList add(ImportRow &row) = 0;
    // Checks across rows once every row is in (references between rows, duplicates against the
    // database). Name the column by the kind's column name; the Importer shows the file's header.
    virtual void finish(QList<ImportProblem> &problems) { Q_UNUSED(problems); }
    // Write every kept row. Called only when there are no problems, inside the Importer's
    // transaction (do not commit). Bulk tables may use BulkLoad/BulkWriter.
    virtual Status write(const ImportProgress &progress) = 0;
    // What was (or, for a dry run, would be) written.
    virtual ImportCounts counts() const = 0;
};

class ImportKind
{
public:
    virtual ~ImportKind() = default;
    virtual QString id() const = 0;                   // "customers": CLI word and settings key
    virtual QString title() const = 0;                // translated, shown in the wizard
    virtual QList<ImportColumn> columns() const = 0;
    virtual Permission permission() const { return Permission::Import; }
    virtual Result<std::unique_ptr<ImportSession>> start(ImportContext &ctx) const = 0;
};

// Every registered kind, in the order of cli.md (core/io/ImportRegistry.cpp).
const std::vector<std::unique_ptr<ImportKind>> &importKinds();
const ImportKind *importKind(const QString &id);
QStringList importKindIds();

} // namespace as
