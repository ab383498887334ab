#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <memory>

namespace as {

// One row of a spreadsheet file.
struct TableRow
{
    int row = 0;              // spreadsheet row number (1 = first row of the file)
    QStringList cells;
    // Cells the reader could not take as they are (formulas, error values): column index, reason.
    QList<QPair<int, QString>> cellProblems;
};

// Reads a CSV or XLSX file row by row. open() picks the reader from the file's content
// (XLSX is a zip archive), not from its name.
class TableReader
{
    Q_DECLARE_TR_FUNCTIONS(as::TableReader)

public:
    static Result<std::unique_ptr<TableReader>> open(const QString &path);
    virtual ~TableReader() = default;

    // The next non-empty row; false at the end. An error means the file is damaged
    // (an unclosed quote in a truncated CSV, broken XML in an XLSX).
    virtual Result<bool> next(TableRow &row) = 0;
    virtual double progress() const = 0;   // 0..1
    QString format() const { return m_format; }   // "CSV (UTF-8)", "CSV (GBK)", "XLSX"
    QString path() const { return m_path; }

protected:
    QString m_format;
    QString m_path;
};

// Column letters as in spreadsheets: 0 -> A, 26 -> AA.
QString columnLetters(int index);

} // namespace as
