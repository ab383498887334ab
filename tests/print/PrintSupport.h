#pragma once

// Helpers of the print tests: poppler-utils and zbar-tools read what was rendered.
#include "support/TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace as::test {

// Text of a PDF (pdftotext, UTF-8, layout kept).
inline QString pdfText(const QString &pdf)
{
    const auto r = runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                                                            QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    EXPECT_EQ(r.exitCode, 0) << qPrintable(r.err);
    return r.out;
}

inline QString pdfInfo(const QString &pdf)
{
    return runProgram(QStringLiteral("pdfinfo"), {pdf}).out;
}

inline QString pdfFonts(const QString &pdf)
{
    return runProgram(QStringLiteral("pdffonts"), {pdf}).out;
}

// Barcodes found on page 1 (rendered at `dpi`), as zbarimg prints them: "QR-Code:TEXT", "CODE-128:TEXT".
inline QStringList pdfBarcodes(const QString &pdf, int dpi = 300)
{
    const QString base = QFileInfo(pdf).absolutePath() + QStringLiteral("/page-") + QFileInfo(pdf).completeBaseName();
    const auto r = runProgram(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi),
                                                           QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                                           QStringLiteral("1"), QStringLiteral("-singlefile"), pdf, base});
    EXPECT_EQ(r.exitCode, 0) << qPrintable(r.err);
    const auto z = runProgram(QStringLiteral("zbarimg"), {QStringLiteral("--quiet"), base + QStringLiteral(".png")});
    return z.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace as::test
