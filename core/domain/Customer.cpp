#include "domain/Customer.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace as {

namespace phone {

QString normalise(const QString &text)
{
    QString out;
    out.reserve(text.size());
    const QString t = text.trimmed();
    for (int i = 0; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (c.isDigit() && c.unicode() < 128)
            out.append(c);
        else if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)   // full-width digits
            out.append(QChar(u'0' + (c.unicode() - 0xFF10)));
        else if ((c == u'+' || c == u'＋') && out.isEmpty())
            out.append(u'+');
        else if (c == u' ' || c == u'-' || c == u'.' || c == u'(' || c == u')' || c == u'（' || c == u'）' || c == u'—')
            continue;
        else
            return t;   // letters or other symbols: keep as typed, validation rejects it
    }
    if (out.startsWith(u"+86"_s) && out.size() == 14 && out.at(3) == u'1')
        out = out.mid(3);
    return out;
}

bool isValid(const QString &n)
{
    static const QRegularExpression mobile(u"^1[3-9]\\d{9}$"_s);
    static const QRegularExpression landline(u"^0[1-9]\\d{8,10}$"_s);
    static const QRegularExpression local(u"^[2-9]\\d{6,7}$"_s);
    static const QRegularExpression service(u"^[48]00\\d{7}$"_s);
    static const QRegularExpression intl(u"^\\+[1-9]\\d{7,14}$"_s);
    return mobile.match(n).hasMatch() || landline.match(n).hasMatch() || local.match(n).hasMatch() ||
           service.match(n).hasMatch() || intl.match(n).hasMatch();
}

QString mask(const QString &n)
{
    if (n.size() <= 4)
        return QString(n.size(), u'*');
    const int keepStart = n.size() >= 11 ? 3 : 2;
    const int keepEnd = 4;
    if (n.size() <= keepStart + keepEnd)
        return n.left(keepStart) + QString(n.size() - keepStart, u'*');
    return n.left(keepStart) + QString(n.size() - keepStart - keepEnd, u'*') + n.right(keepEnd);
}

} // namespace phone

namespace warranty {

QDate endDate(const Product &p)
{
    const QDate start = p.purchaseDate.isValid() ? p.purchaseDate : p.manufactureDate;
    if (!start.isValid())
        return {};
    return start.addMonths(p.warrantyMonths);
}

WarrantyStatus statusAt(const Product &p, const QDate &day)
{
    if (p.warrantyOverride)
        return *p.warrantyOverride;
    const QDate end = endDate(p);
    if (!end.isValid())
        return WarrantyStatus::Unknown;
    return day < end ? WarrantyStatus::In : WarrantyStatus::Out;
}

} // namespace warranty

QString normaliseSerial(const QString &serial)
{
    return serial.trimmed().toUpper();
}

QString reversed(const QString &text)
{
    QString r = text;
    std::reverse(r.begin(), r.end());
    return r;
}

} // namespace as
