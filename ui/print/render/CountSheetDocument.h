#pragma once

#include "services/StocktakeService.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace as::print {

// A stocktake count sheet: A4, lines sorted by bin, each part code as a Code 128 barcode,
// an empty box to write the count in; expected quantities only when the count is not blind.
struct CountSheetDocument
{
    Q_DECLARE_TR_FUNCTIONS(as::print::CountSheetDocument)

public:
    // Writes a PDF atomically (QSaveFile).
    static Status writePdf(const QString &path, const Stocktake &stocktake, const QList<StocktakeLine> &lines,
                           const QString &language = {});
    static constexpr int RowsPerPage = 16;
};

} // namespace as::print
