#include "io/CsvReader.h"

#include <QStringDecoder>

#include <unicode/ucsdet.h>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace as {

QString columnLetters(int index)
{
    QString s;
    ++index;
    while (index > 0) {
        const int r = (index - 1) % 26;
        s.prepend(QChar(u'A' + r));
        index = (index - 1) / 26;
    }
    return s;
}

namespace {
bool likelyBig5(const QByteArray &bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector *det = ucsdet_open(&status);
    if (U_FAILURE(status))
        return false;
    ucsdet_setText(det, bytes.constData(), int32_t(std::min<qsizetype>(bytes.size(), 256 * 1024)), &status);
    int32_t n = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(det, &n, &status);
    int big5 = 0, gb = 0;
    for (int32_t i = 0; U_SUCCESS(status) && i < n; ++i) {
        UErrorCode s2 = U_ZERO_ERROR;
        const char *name = ucsdet_getName(matches[i], &s2);
        const int conf = ucsdet_getConfidence(matches[i], &s2);
        if (U_FAILURE(s2) || !name)
            continue;
        if (qstrcmp(name, "Big5") == 0)
            big5 = std::max(big5, conf);
        else if (qstrcmp(name, "GB18030") == 0)
            gb = std::max(gb, conf);
    }
    ucsdet_close(det);
    return big5 > gb;
}
} // namespace

Result<QString> CsvReader::decode(const QByteArray &bytes, const QString &path, QString *encoding)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        QStringDecoder dec(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        QString text = dec.decode(QByteArrayView(bytes).sliced(3));
        if (dec.hasError())
            return Error::validation(tr("%1: the file starts with a UTF-8 mark but is not valid UTF-8.").arg(path));
        *encoding = u"UTF-8"_s;
        return text;
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder dec(bytes.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        *encoding = u"UTF-16"_s;
        return QString(dec.decode(QByteArrayView(bytes).sliced(2)));
    }
    {
        QStringDecoder dec(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        QString text = dec.decode(bytes);
        if (!dec.hasError()) {
            *encoding = u"UTF-8"_s;
            return text;
        }
    }
    // Not UTF-8: Chinese Excel writes GBK (mainland) or Big5 (Taiwan, Hong Kong). Both decode
    // almost any byte pairs, so ask ICU's statistical detector which one the text looks like.
    if (likelyBig5(bytes)) {
        QStringDecoder big5("Big5", QStringConverter::Flag::Stateless);
        if (big5.isValid()) {
            QString text = big5.decode(bytes);
            if (!big5.hasError() && !text.contains(QChar::ReplacementCharacter)) {
                *encoding = u"Big5"_s;
                return text;
            }
        }
    }
    QStringDecoder gbk("GB18030", QStringConverter::Flag::Stateless);
    if (!gbk.isValid())
        return Error::validation(tr("%1 is not UTF-8, and this system cannot read GBK. Save the file as \"CSV UTF-8\".").arg(path));
    QString text = gbk.decode(bytes);
    if (gbk.hasError() || text.contains(QChar::ReplacementCharacter))
        return Error::validation(tr("%1 is neither UTF-8 nor GBK (nor Big5) text. Save it as \"CSV UTF-8\" and try again.").arg(path));
    *encoding = u"GBK"_s;
    return text;
}

Result<std::unique_ptr<CsvReader>> CsvReader::open(const QString &path, const QByteArray &bytes)
{
    if (bytes.contains('\0') && !bytes.startsWith("\xFF\xFE") && !bytes.startsWith("\xFE\xFF"))
        return Error::validation(tr("%1 is not a text file (it contains zero bytes); choose a CSV or XLSX file.").arg(path));
    std::unique_ptr<CsvReader> r(new CsvReader);
    QString enc;
    auto text = decode(bytes, path, &enc);
    if (!text)
        return text.error();
    r->m_text = std::move(text.value());
    r->m_path = path;
    r->m_format = tr("CSV (%1)").arg(enc);
    // Separator: the most frequent of , ; TAB on the first line (outside quotes).
    const qsizetype eol = r->m_text.indexOf(u'\n');
    const QStringView first = QStringView(r->m_text).left(eol < 0 ? r->m_text.size() : eol);
    const qsizetype commas = first.count(u','), semis = first.count(u';'), tabs = first.count(u'\t');
    if (semis > commas && semis >= tabs)
        r->m_sep = u';';
    else if (tabs > commas && tabs > semis)
        r->m_sep = u'\t';
    return r;
}

Result<bool> CsvReader::next(TableRow &row)
{
    const qsizetype n = m_text.size();
    const QChar *d = m_text.constData();
    for (;;) {
        if (m_pos >= n)
            return false;
        row.cells.clear();
        row.cellProblems.clear();
        ++m_line;
        row.row = m_line;
        QString cell;
        bool anyContent = false;
        for (;;) {
            // One cell.
            cell.clear();
            if (m_pos < n && d[m_pos] == u'"') {
                ++m_pos;
                for (;;) {
                    const qsizetype q = m_text.indexOf(u'"', m_pos);
                    if (q < 0)
                        return Error::validation(tr("%1:%2: a quoted cell that starts here is never closed (is the file cut off?).")
                                                     .arg(m_path).arg(m_line));
                    cell.append(QStringView(d + m_pos, q - m_pos));
                    m_pos = q + 1;
                    if (m_pos < n && d[m_pos] == u'"') {
                        cell.append(u'"');
                        ++m_pos;
                        continue;
                    }
                    break;
                }
                // Text after the closing quote up to the separator is kept (lenient, as Excel).
                while (m_pos < n && d[m_pos] != m_sep && d[m_pos] != u'\n' && d[m_pos] != u'\r')
                    cell.append(d[m_pos++]);
                anyContent = true;
            } else {
                qsizetype e = m_pos;
                while (e < n && d[e] != m_sep && d[e] != u'\n' && d[e] != u'\r')
                    ++e;
                cell = QString(d + m_pos, e - m_pos);
                m_pos = e;
                if (!cell.isEmpty())
                    anyContent = true;
            }
            row.cells.append(cell);
            if (m_pos < n && d[m_pos] == m_sep) {
                ++m_pos;
                continue;
            }
            // End of record.
            if (m_pos < n && d[m_pos] == u'\r')
                ++m_pos;
            if (m_pos < n && d[m_pos] == u'\n')
                ++m_pos;
            break;
        }
        if (anyContent)
            return true;
        // An empty line (or only separators): skip it; its row number still counts.
        if (m_pos >= n)
            return false;
    }
}

} // namespace as
