#include "BenchImportData.h"

#include "demo/DemoGenerator.h"

#include <QDateTime>
#include <QFile>

#include <vector>

namespace as::bench {

bool writePartsCsv(const QString &path, int parts)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write("code,name,spec,unit,category,cost_price,sale_price,safety_stock,reorder_qty,location,bin,opening_qty\n");
    DemoRng rng(7);
    static const char *const names[] = {"压缩机", "风扇电机", "控制板", "温度传感器", "滤网", "遥控器", "密封圈", "电容"};
    for (int i = 1; i <= parts; ++i) {
        const qint64 cost = rng.between(500, 50000);
        char line[256];
        std::snprintf(line, sizeof line, "P%06d,%s %d,SPEC-%d,个,spare,%lld.%02lld,%lld.%02lld,%lld,%lld,WH1,A-%02d-%02d,%d\n", i,
                      names[i % 8], i, i % 97, static_cast<long long>(cost / 100), static_cast<long long>(cost % 100),
                      static_cast<long long>(cost * 3 / 200), static_cast<long long>((cost * 3 / 2) % 100),
                      static_cast<long long>(rng.between(2, 20)), static_cast<long long>(rng.between(10, 50)), i % 40, i % 25,
                      1000000);
        f.write(line);
    }
    return f.error() == QFile::NoError;
}

bool writeMovementsCsv(const QString &path, qint64 rows, int parts)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write("date,type,code,qty,location,to_location,order_number,unit_cost,note\n");
    DemoRng rng(11);
    std::vector<qint64> wh1(size_t(parts) + 1, 1000000), wh2(size_t(parts) + 1, 0);
    const qint64 start = QDateTime(QDate(2025, 1, 1), QTime(8, 0), Qt::UTC).toSecsSinceEpoch();
    const qint64 span = 365LL * 86400;
    QByteArray buf;
    buf.reserve(1 << 20);
    for (qint64 n = 0; n < rows; ++n) {
        const int part = int(1 + rng.below(parts));
        const qint64 at = start + n * span / std::max<qint64>(rows, 1);
        const QDateTime dt = QDateTime::fromSecsSinceEpoch(at, Qt::UTC);
        const double r = rng.unit();
        const qint64 qty = rng.between(1, 5);
        char line[200];
        const QByteArray date = dt.toString(QStringLiteral("yyyy-MM-dd HH:mm")).toLatin1();
        if (r < 0.25) {
            wh1[size_t(part)] += qty * 4;
            std::snprintf(line, sizeof line, "%s,receipt,P%06d,%lld,WH1,,,%lld.00,\n", date.constData(), part,
                          static_cast<long long>(qty * 4), static_cast<long long>(rng.between(5, 500)));
        } else if (r < 0.80 && wh1[size_t(part)] >= qty) {
            wh1[size_t(part)] -= qty;
            std::snprintf(line, sizeof line, "%s,issue,P%06d,%lld,WH1,,WO-%s-%05lld,,\n", date.constData(), part,
                          static_cast<long long>(qty), dt.toString(QStringLiteral("yyyyMM")).toLatin1().constData(),
                          static_cast<long long>(1 + rng.below(20000)));
        } else if (r < 0.90 && wh1[size_t(part)] >= qty) {
            wh1[size_t(part)] -= qty;
            wh2[size_t(part)] += qty;
            std::snprintf(line, sizeof line, "%s,transfer,P%06d,%lld,WH1,WH2,,,\n", date.constData(), part, static_cast<long long>(qty));
        } else if (r < 0.95) {
            wh1[size_t(part)] += 1;
            std::snprintf(line, sizeof line, "%s,return,P%06d,1,WH1,,,,退回 returned\n", date.constData(), part);
        } else if (wh2[size_t(part)] >= 1) {
            wh2[size_t(part)] -= 1;
            std::snprintf(line, sizeof line, "%s,scrap,P%06d,1,WH2,,,,损坏 damaged\n", date.constData(), part);
        } else {
            wh1[size_t(part)] += qty;
            std::snprintf(line, sizeof line, "%s,receipt,P%06d,%lld,WH1,,,12.50,\n", date.constData(), part, static_cast<long long>(qty));
        }
        buf.append(line);
        if (buf.size() > (1 << 20) - 256) {
            f.write(buf);
            buf.clear();
        }
    }
    f.write(buf);
    return f.error() == QFile::NoError;
}

} // namespace as::bench
