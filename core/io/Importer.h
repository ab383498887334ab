#pragma once

#include "io/ImportKind.h"

#include <QHash>

#include <atomic>

namespace as {

struct ImportOptions
{
    QString file;
    bool dryRun = false;             // check everything, write nothing
    // Explicit column choices: kind column name -> source header (as written in the file).
    // An empty source header means "do not import this column". Others are auto-matched.
    QHash<QString, QString> mapping;
    int previewRows = 0;             // keep this many rows "as they will be stored"
    // Called now and then: phase ("read", "write"), done, total. Return false to cancel.
    std::function<bool(const QString &phase, qint64 done, qint64 total)> progress;
    const std::atomic<bool> *cancel = nullptr;   // another thread may set it
    int maxProblems = 100000;       // stop collecting (still refused) after this many
};

struct ImportReport
{
    QString format;                  // "CSV (UTF-8)", "XLSX"
    QStringList header;              // the file's header row
    QList<int> mapping;              // per kind column: index into header, or -1
    QStringList ignored;             // headers not used by any column
    QList<ImportProblem> problems;   // empty: the import is (or would be) fine
    QList<QStringList> preview;      // first rows as they will be stored (kind's columns)
    QList<int> previewRows;          // their spreadsheet row numbers
    QStringList columnLabels;        // per kind column: the header it comes from (as problems name it)
    qint64 rows = 0;                 // data rows read
    ImportCounts counts;
    bool written = false;
    qint64 elapsedMs = 0;
};

// Runs an import: read, map, check every row, then all rows or none in one transaction.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(as::Importer)

public:
    static constexpr int MaxCellLength = 4000;   // default per column (ImportColumn::maxLength)

    // File-level failures (unreadable, not UTF-8/GBK, cut-off) and permission or storage
    // errors are errors; everything about the content is in ImportReport::problems.
    static Result<ImportReport> run(const ImportKind &kind, ImportContext &ctx, const ImportOptions &options);

    // Only the header row (for the wizard's mapping page).
    static Result<QStringList> readHeader(const QString &file);
    // Header -> column matching: explicit choices first, then English name or Chinese alias,
    // case-insensitively, ignoring spaces, '_' and '-'.
    static QList<int> match(const QList<ImportColumn> &columns, const QStringList &header,
                            const QHash<QString, QString> &explicitChoices = {});
    // Problems of the header itself (empty or duplicate headers, required columns missing).
    static QList<ImportProblem> checkHeader(const QList<ImportColumn> &columns, const QStringList &header,
                                            const QList<int> &mapping);
    // "3 customers, 2 products" (zero counts after the first left out).
    static QString countsText(const ImportCounts &counts);
    // "FILE:ROW:COLUMN: reason" lines, as the CLI prints them.
    static QString formatProblem(const QString &file, const ImportProblem &p);
};

} // namespace as
