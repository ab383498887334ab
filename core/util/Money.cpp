#include "util/Money.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace as::money {

std::optional<qint64> parseYuan(const QString &text)
{
    static const QRegularExpression re(u"^\\s*([-+]?)(?:¥|￥)?\\s*(\\d{1,13}|\\d{1,3}(?:,\\d{3})+)(?:\\.(\\d{1,2}))?\\s*$"_s);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    QString whole = m.captured(2);
    whole.remove(u',');
    bool ok = false;
    const qint64 yuan = whole.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    QString frac = m.captured(3);
    while (frac.size() < 2)
        frac.append(u'0');
    const qint64 fen = yuan * 100 + frac.toInt();
    return m.captured(1) == u"-"_s ? -fen : fen;
}

QString toYuan(qint64 fen)
{
    const bool neg = fen < 0;
    const qint64 a = neg ? -fen : fen;
    return (neg ? u"-"_s : QString()) + QString::number(a / 100) + u'.' +
           QString::number(a % 100).rightJustified(2, u'0');
}

qint64 markup(qint64 costFen, int markupPercent)
{
    return (costFen * (100 + markupPercent) + 50) / 100;
}

} // namespace as::money
