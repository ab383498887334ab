#pragma once

#include "io/TableReader.h"

#include <QHash>
#include <QSet>
#include <QXmlStreamReader>

namespace as {

// The first worksheet of an .xlsx workbook, read with libzip and QXmlStreamReader.
// Shared strings, inline strings, numbers (whole numbers written without ".0"),
// booleans, and dates: numbers in a date/time number format become "YYYY-MM-DD" or
// "YYYY-MM-DD HH:MM:SS" (1900 date system; 1904 when the workbook says so).
// Formulas are REFUSED: every formula cell is reported (row, column) with its formula,
// because a cached result may be stale and silently importing it would hide that; the
// user pastes values in Excel and saves again. Error values (#N/A...) are reported too.
class XlsxReader : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(as::XlsxReader)

public:
    static Result<std::unique_ptr<XlsxReader>> open(const QString &path);
    Result<bool> next(TableRow &row) override;
    double progress() const override;

private:
    QByteArray m_sheet;
    QXmlStreamReader m_xml;
    QStringList m_shared;
    QSet<int> m_dateStyles;   // cellXfs indexes with a date/time format
    bool m_date1904 = false;
    int m_lastRow = 0;
};

} // namespace as
