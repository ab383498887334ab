#include "io/ImportKind.h"

#include "util/Money.h"
#include "util/Time.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace as {

QString ImportRow::value(int column) const
{
    if (column < 0 || column >= m_mapping.size())
        return {};
    const int src = m_mapping.at(column);
    if (src < 0 || src >= m_cells.size())
        return {};
    return m_cells.at(src).trimmed();
}

QString ImportRow::rawValue(int column) const
{
    if (column < 0 || column >= m_mapping.size())
        return {};
    const int src = m_mapping.at(column);
    if (src < 0 || src >= m_cells.size())
        return {};
    return m_cells.at(src);
}

void ImportRow::problem(int column, const QString &reason)
{
    ++m_problemCount;
    m_problems.append({m_row, column >= 0 && column < m_labels.size() ? m_labels.at(column) : QString(), reason});
}

QString ImportRow::required(int column)
{
    const QString v = value(column);
    if (v.isEmpty())
        problem(column, tr("a value is required"));
    return v;
}

namespace {
// Day-first dates as some exports write them: 29/2/2016 [01:16[:00]]
std::optional<QDateTime> parseDayFirst(const QString &text, const QTimeZone &site, bool withTime)
{
    static const QRegularExpression re(u"^(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?$"_s);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate d(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    if (!d.isValid())
        return std::nullopt;
    QTime t(0, 0);
    if (withTime && !m.captured(4).isEmpty()) {
        t = QTime(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).isEmpty() ? 0 : m.captured(6).toInt());
        if (!t.isValid())
            return std::nullopt;
    }
    return QDateTime(d, t, site);
}
} // namespace

std::optional<QDate> ImportRow::date(int column)
{
    const QString v = value(column);
    if (v.isEmpty())
        return std::nullopt;
    if (auto d = time::parseDate(v))
        return d;
    // A time of day after the date is tolerated (Excel often adds 00:00:00).
    if (auto dt = time::parseLocal(v, m_site))
        return dt->toTimeZone(m_site).date();
    if (auto dt = parseDayFirst(v, m_site, false))
        return dt->date();
    problem(column, tr("\"%1\" is not a date (write YYYY-MM-DD)").arg(v.left(40)));
    return std::nullopt;
}

std::optional<QDateTime> ImportRow::dateTime(int column)
{
    const QString v = value(column);
    if (v.isEmpty())
        return std::nullopt;
    if (auto dt = time::parseLocal(v, m_site))
        return dt;
    if (auto dt = parseDayFirst(v, m_site, true))
        return dt->toUTC();
    problem(column, tr("\"%1\" is not a date and time (write YYYY-MM-DD HH:MM)").arg(v.left(40)));
    return std::nullopt;
}

std::optional<qint64> ImportRow::money(int column)
{
    QString v = value(column);
    if (v.isEmpty())
        return std::nullopt;
    v.remove(u'¥').remove(u'￥').remove(u',');
    auto fen = money::parseYuan(v.trimmed());
    if (!fen) {
        problem(column, tr("\"%1\" is not an amount in yuan (write e.g. 125.50)").arg(value(column).left(40)));
        return std::nullopt;
    }
    if (*fen < 0) {
        problem(column, tr("the amount %1 is negative").arg(value(column)));
        return std::nullopt;
    }
    return fen;
}

std::optional<qint64> ImportRow::integer(int column, qint64 min, qint64 max)
{
    const QString v = value(column);
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 n = v.toLongLong(&ok);
    if (!ok) {
        problem(column, tr("\"%1\" is not a whole number").arg(v.left(40)));
        return std::nullopt;
    }
    if (n < min || n > max) {
        if (n < 0 && min >= 0)
            problem(column, tr("%1 is negative; it must be between %2 and %3").arg(n).arg(min).arg(max));
        else
            problem(column, tr("%1 is out of range; it must be between %2 and %3").arg(n).arg(min).arg(max));
        return std::nullopt;
    }
    return n;
}

std::optional<double> ImportRow::number(int column, double min, double max)
{
    const QString v = value(column);
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double n = v.toDouble(&ok);
    if (!ok || !std::isfinite(n)) {
        problem(column, tr("\"%1\" is not a number").arg(v.left(40)));
        return std::nullopt;
    }
    if (n < min || n > max) {
        if (n < 0 && min >= 0)
            problem(column, tr("%1 is negative; it must be between %2 and %3").arg(v).arg(min).arg(max));
        else
            problem(column, tr("%1 is out of range; it must be between %2 and %3").arg(v).arg(min).arg(max));
        return std::nullopt;
    }
    return n;
}

} // namespace as
