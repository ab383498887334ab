#include "widgets/Format.h"

#include "util/Time.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace as::fmt {

namespace {
QTimeZone &zone()
{
    static QTimeZone tz = QTimeZone::systemTimeZone();
    return tz;
}
} // namespace

void setSiteTimeZone(const QTimeZone &tz)
{
    zone() = tz;
}

const QTimeZone &siteTimeZone()
{
    return zone();
}

QString dateTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return utc.toTimeZone(zone()).toString(u"yyyy-MM-dd HH:mm"_s);
}

QString dateTime(const QString &storedUtc)
{
    return dateTime(time::fromDb(storedUtc));
}

QString date(const QDate &d)
{
    return d.isValid() ? d.toString(u"yyyy-MM-dd"_s) : QString();
}

QString date(const QString &storedDate)
{
    return date(time::dateFromDb(storedDate));
}

QString money(qint64 fen)
{
    return QLocale().toCurrencyString(double(fen) / 100.0, u"¥"_s, 2);
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

QString longDate(const QDate &d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::LongFormat) : QString();
}

QString duration(qint64 seconds)
{
    const bool neg = seconds < 0;
    qint64 s = neg ? -seconds : seconds;
    const qint64 days = s / 86400;
    const qint64 hours = (s % 86400) / 3600;
    const qint64 minutes = (s % 3600) / 60;
    QString out;
    if (days > 0)
        out = QCoreApplication::translate("as::fmt", "%1 d %2 h").arg(days).arg(hours);
    else if (hours > 0)
        out = QCoreApplication::translate("as::fmt", "%1 h %2 min").arg(hours).arg(minutes);
    else
        out = QCoreApplication::translate("as::fmt", "%1 min").arg(minutes);
    return neg ? u"-"_s + out : out;
}

} // namespace as::fmt
