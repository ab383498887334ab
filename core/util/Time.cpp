#include "util/Time.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace as::time {

QString toDb(const QDateTime &dt)
{
    if (!dt.isValid())
        return {};
    return dt.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss'Z'"_s);
}

QDateTime fromDb(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime dt = QDateTime::fromString(text, Qt::ISODate);
    if (dt.isValid() && dt.timeSpec() != Qt::UTC)
        dt = dt.toUTC();
    return dt;
}

QString dateToDb(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QDate dateFromDb(const QString &text)
{
    return text.isEmpty() ? QDate() : QDate::fromString(text.left(10), Qt::ISODate);
}

std::optional<QDate> parseDate(const QString &text)
{
    static const QRegularExpression re(u"^\\s*(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})\\s*$"_s);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!d.isValid())
        return std::nullopt;
    return d;
}

std::optional<QDateTime> parseLocal(const QString &text, const QTimeZone &site)
{
    static const QRegularExpression re(
        u"^\\s*(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[T ]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?)?\\s*$"_s);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!d.isValid())
        return std::nullopt;
    QTime t(0, 0);
    if (!m.captured(4).isEmpty()) {
        t = QTime(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).isEmpty() ? 0 : m.captured(6).toInt());
        if (!t.isValid())
            return std::nullopt;
    }
    const QDateTime local(d, t, site);
    if (!local.isValid())
        return std::nullopt;
    return local.toUTC();
}

QString localDayStartUtc(const QDate &day, const QTimeZone &site)
{
    return toDb(QDateTime(day, QTime(0, 0), site));
}

} // namespace as::time
