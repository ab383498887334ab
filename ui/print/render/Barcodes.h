#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace as::print {

// A barcode as a grid of dark modules (libzint), drawn by the caller as vector rectangles.
// Code 128 has one row; QR codes are square. No quiet zone included.
struct ModuleGrid
{
    int width = 0;
    int rows = 0;
    QList<bool> dark;   // rows * width, row by row

    bool at(int row, int col) const { return dark.at(row * width + col); }
};

struct Barcodes
{
    Q_DECLARE_TR_FUNCTIONS(as::print::Barcodes)

public:
    static Result<ModuleGrid> code128(const QString &text);
    static Result<ModuleGrid> qr(const QString &text);
};

} // namespace as::print
