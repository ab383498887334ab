#pragma once

#include <QByteArray>
#include <QHash>
#include <QStringList>

namespace as::print {

// Qt's PDF writer maps each embedded glyph back to the lowest code point that uses it. CJK fonts
// share glyphs between the Kangxi radicals and the ideographs (⼀ U+2F00 and 一 U+4E00, ⼾ U+2F3E and
// 户 U+6237), so text copied or searched in the PDF would contain radicals. These functions rewrite
// such ToUnicode entries to the ideograph the font draws with the same glyph; the replacement has the
// same length, so no object offset of the file moves.
struct PdfToUnicode
{
    // Radical -> ideograph with the same glyph, for the CJK fonts among `families` (cached per family).
    static QHash<char16_t, char16_t> radicalMap(const QStringList &families);
    // The PDF with its ToUnicode maps repaired; returns the number of entries changed in *changed.
    static QByteArray repair(const QByteArray &pdf, const QHash<char16_t, char16_t> &map, int *changed = nullptr);
};

} // namespace as::print
