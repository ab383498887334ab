#include "BenchSupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace as::bench {

Stats stats(QVector<double> ms)
{
    Stats s;
    s.n = int(ms.size());
    if (ms.isEmpty())
        return s;
    std::sort(ms.begin(), ms.end());
    auto pct = [&](double p) { return ms.at(std::min<int>(int(ms.size()) - 1, int(p * double(ms.size() - 1) + 0.5))); };
    s.p50 = pct(0.50);
    s.p95 = pct(0.95);
    s.max = ms.last();
    s.mean = std::accumulate(ms.begin(), ms.end(), 0.0) / double(ms.size());
    return s;
}

double timeMs(const std::function<void()> &fn)
{
    QElapsedTimer t;
    t.start();
    fn();
    return double(t.nsecsElapsed()) / 1e6;
}

std::unique_ptr<Database> openOrDie(const QString &path)
{
    OpenOptions o;
    o.location = path;
    o.create = false;
    auto db = Database::open(o);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        std::exit(1);
    }
    return std::move(db.value());
}

QString inlineParams(const QString &sql, const QVariantList &params)
{
    QString out;
    int p = 0;
    bool inString = false;
    for (const QChar c : sql) {
        if (c == u'\'')
            inString = !inString;
        if (c == u'?' && !inString && p < params.size()) {
            const QVariant v = params.at(p++);
            if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong)
                out += v.toString();
            else
                out += u'\'' + QString(v.toString()).replace(u'\'', u"''"_s) + u'\'';
        } else {
            out += c;
        }
    }
    return out;
}

QVector<double> sqlite3ShellTimes(const QString &dbPath, const QStringList &statements)
{
    QString script = u".timer on\n.output /dev/null\n"_s;
    for (const QString &s : statements)
        script += s + u";\n"_s;
    QProcess p;
    p.start(u"sqlite3"_s, {dbPath});
    p.waitForStarted();
    p.write(script.toUtf8());
    p.closeWriteChannel();
    p.waitForFinished(600000);
    const QString out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    QVector<double> times;
    static const QRegularExpression re(u"Run Time: real ([0-9.]+)"_s);
    auto it = re.globalMatch(out);
    while (it.hasNext())
        times << it.next().captured(1).toDouble() * 1000.0;
    return times;
}

void printRow(QTextStream &out, const QString &name, const Stats &s, const QString &extra)
{
    out << u"| "_s << name << u" | "_s << s.n << u" | "_s << QString::number(s.p50, 'f', 2) << u" | "_s
        << QString::number(s.p95, 'f', 2) << u" | "_s << QString::number(s.max, 'f', 2) << u" | "_s << extra << u" |\n"_s;
    out.flush();
}

} // namespace as::bench
