#include "Barcodes.h"

#include <zint.h>

#include <memory>

namespace as::print {

namespace {

Result<ModuleGrid> encode(int symbology, const QString &text, int option1)
{
    std::unique_ptr<zint_symbol, void (*)(zint_symbol *)> s(ZBarcode_Create(), ZBarcode_Delete);
    if (!s)
        return Error::storage(Barcodes::tr("Out of memory while encoding a barcode."));
    s->symbology = symbology;
    s->input_mode = UNICODE_MODE;
    s->show_hrt = 0;
    if (option1 > 0)
        s->option_1 = option1;
    const QByteArray utf8 = text.toUtf8();
    const int rc = ZBarcode_Encode(s.get(), reinterpret_cast<const unsigned char *>(utf8.constData()), int(utf8.size()));
    if (rc >= ZINT_ERROR)
        return Error::validation(Barcodes::tr("Cannot encode \"%1\" as a barcode: %2").arg(text, QString::fromLatin1(s->errtxt)));
    ModuleGrid g;
    g.width = s->width;
    g.rows = s->rows;
    g.dark.resize(qsizetype(g.width) * g.rows);
    for (int r = 0; r < g.rows; ++r)
        for (int c = 0; c < g.width; ++c)   // encoded_data is bit-packed, least significant bit first
            g.dark[qsizetype(r) * g.width + c] = (s->encoded_data[r][c >> 3] >> (c & 7)) & 1;
    return g;
}

} // namespace

Result<ModuleGrid> Barcodes::code128(const QString &text)
{
    return encode(BARCODE_CODE128, text, 0);
}

Result<ModuleGrid> Barcodes::qr(const QString &text)
{
    return encode(BARCODE_QRCODE, text, 2 /* error correction M */);
}

} // namespace as::print
