#include "PdfToUnicode.h"

#include <QFont>
#include <QMutex>
#include <QRawFont>

namespace as::print {

namespace {

bool isRadical(char16_t c)
{
    return (c >= 0x2E80 && c <= 0x2FDF) || (c >= 0x31C0 && c <= 0x31EF);
}

QHash<char16_t, char16_t> mapForFamily(const QString &family)
{
    QHash<char16_t, char16_t> map;
    QFont font(family);
    font.setPixelSize(64);
    const QRawFont raw = QRawFont::fromFont(font);
    if (!raw.isValid() || !raw.supportsCharacter(QChar(0x4E00)))
        return map;
    QString ideographs;
    for (char16_t c = 0x4E00; c <= 0x9FFF; ++c)
        ideographs += QChar(c);
    const QList<quint32> glyphs = raw.glyphIndexesForString(ideographs);
    QHash<quint32, char16_t> byGlyph;   // glyph -> first ideograph drawn with it
    for (qsizetype i = 0; i < glyphs.size(); ++i)
        if (glyphs.at(i) != 0 && !byGlyph.contains(glyphs.at(i)))
            byGlyph.insert(glyphs.at(i), char16_t(0x4E00 + i));
    QString radicals;
    for (char16_t c = 0x2E80; c <= 0x2FDF; ++c)
        radicals += QChar(c);
    for (char16_t c = 0x31C0; c <= 0x31EF; ++c)
        radicals += QChar(c);
    const QList<quint32> rg = raw.glyphIndexesForString(radicals);
    for (qsizetype i = 0; i < rg.size(); ++i) {
        const auto it = byGlyph.constFind(rg.at(i));
        if (rg.at(i) != 0 && it != byGlyph.cend())
            map.insert(radicals.at(i).unicode(), *it);
    }
    return map;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

// Rewrites "<XXXX>" destination tokens of one bfrange line in place.
int repairLine(char *line, qsizetype len, const QHash<char16_t, char16_t> &map)
{
    // Tokens: <lo> <hi> then either <dst> or [<d1> <d2> ...]; only destinations change.
    int token = 0, changed = 0;
    for (qsizetype i = 0; i < len; ++i) {
        if (line[i] != '<')
            continue;
        qsizetype end = i + 1;
        while (end < len && line[end] != '>')
            ++end;
        if (end >= len)
            break;
        ++token;
        if (token >= 3 && end - i - 1 == 4) {
            int v = 0;
            bool ok = true;
            for (qsizetype k = i + 1; k < end && ok; ++k) {
                const int h = hexValue(line[k]);
                ok = h >= 0;
                v = v * 16 + h;
            }
            if (ok && isRadical(char16_t(v))) {
                const auto it = map.constFind(char16_t(v));
                if (it != map.cend()) {
                    static const char digits[] = "0123456789ABCDEF";
                    const int to = *it;
                    for (int k = 0; k < 4; ++k)
                        line[i + 1 + k] = digits[(to >> (12 - 4 * k)) & 0xF];
                    ++changed;
                }
            }
        }
        i = end;
    }
    return changed;
}

} // namespace

QHash<char16_t, char16_t> PdfToUnicode::radicalMap(const QStringList &families)
{
    static QMutex mutex;
    static QHash<QString, QHash<char16_t, char16_t>> cache;
    QMutexLocker lock(&mutex);
    QHash<char16_t, char16_t> out;
    for (const QString &f : families) {
        if (!cache.contains(f))
            cache.insert(f, mapForFamily(f));
        const auto &m = cache.value(f);
        for (auto it = m.cbegin(); it != m.cend(); ++it)
            if (!out.contains(it.key()))
                out.insert(it.key(), it.value());
    }
    return out;
}

QByteArray PdfToUnicode::repair(const QByteArray &pdf, const QHash<char16_t, char16_t> &map, int *changed)
{
    QByteArray out = pdf;
    int count = 0;
    qsizetype pos = 0;
    while (!map.isEmpty()) {
        const qsizetype begin = out.indexOf("beginbfrange", pos);
        if (begin < 0)
            break;
        const qsizetype end = out.indexOf("endbfrange", begin);
        if (end < 0)
            break;
        qsizetype lineStart = out.indexOf('\n', begin) + 1;
        while (lineStart > 0 && lineStart < end) {
            qsizetype lineEnd = out.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > end)
                lineEnd = end;
            count += repairLine(out.data() + lineStart, lineEnd - lineStart, map);
            lineStart = lineEnd + 1;
        }
        pos = end;
    }
    if (changed)
        *changed = count;
    return out;
}

} // namespace as::print
