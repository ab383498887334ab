#pragma once

#include "io/ExportKind.h"

namespace as {

// Writes an export to a file: CSV (UTF-8 with BOM, as Excel opens it) or XLSX.
// The file is written under a temporary name in the same folder and renamed over FILE
// only when complete, so a failure never leaves a half-written file behind.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(as::Exporter)

public:
    enum class Format { Csv, Xlsx };
    static std::optional<Format> formatFromName(const QString &name);   // "csv" / "xlsx"
    // Returns the number of data rows written.
    static Result<qint64> write(const ExportKind &kind, const ExportContext &ctx, Format format, const QString &file);
};

} // namespace as
