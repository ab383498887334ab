#pragma once

#include "io/TableReader.h"

namespace as {

// CSV as written by Excel and others: comma separated (semicolon or tab when the first line
// has more of those), double quotes with "" escapes, line breaks inside quotes, CRLF or LF.
// Encoding: UTF-8 (with or without BOM), else GBK (mainland Chinese Excel's default) or Big5
// (Taiwan/Hong Kong Excel), told apart by ICU's charset detector and decoded via ICU;
// a file that is none of these is refused.
class CsvReader : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(as::CsvReader)

public:
    static Result<std::unique_ptr<CsvReader>> open(const QString &path, const QByteArray &bytes);
    static Result<QString> decode(const QByteArray &bytes, const QString &path, QString *encoding);
    Result<bool> next(TableRow &row) override;
    double progress() const override { return m_text.isEmpty() ? 1.0 : double(m_pos) / double(m_text.size()); }

private:
    QString m_text;
    qsizetype m_pos = 0;
    int m_line = 0;   // records read
    QChar m_sep = u',';
};

} // namespace as
