#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <functional>

namespace as {

class Database;
class BulkWriter;
class WorkingCalendar;

// Deterministic splitmix64 random numbers (same seed, same data on every machine).
class DemoRng
{
public:
    explicit DemoRng(quint64 seed) : m_state(seed * 0x9E3779B97F4A7C15ULL + 0x2545F4914F6CDD1DULL) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, n)
    qint64 below(qint64 n) { return n <= 0 ? 0 : qint64(next() % quint64(n)); }
    qint64 between(qint64 lo, qint64 hi) { return lo + below(hi - lo + 1); }   // inclusive
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }
    template <typename T, size_t N>
    const T &pick(const T (&arr)[N]) { return arr[size_t(below(qint64(N)))]; }

private:
    quint64 m_state;
};

struct DemoOptions
{
    qint64 orders = 1000;
    quint64 seed = 1;
    QDateTime now;   // anchor of the 18-month history (invalid: the clock's now)
    std::function<void(const QString &stage, int percent)> progress;
};

struct DemoSummary
{
    qint64 users = 0, customers = 0, products = 0, orders = 0, events = 0;
    QList<QPair<QString, qint64>> extra;   // further entities added by later areas
};

// What an area's demo step needs: the open database, a bulk writer, the random
// source and the people and time span generated so far. Area steps run after the
// orders exist and usually derive their rows from them with set-based SQL.
struct DemoContext
{
    Database &db;
    BulkWriter &writer;
    DemoRng &rng;
    const WorkingCalendar &calendar;
    qint64 nowSecs = 0;
    qint64 startSecs = 0;
    QList<qint64> managers, agents, technicians, partsClerks, logistics;
    DemoSummary &summary;
};

// `aftersales-cli demo --orders N --seed S`: users, customers, products and service
// orders in every state with their events, over the last 18 months. Refuses a
// database that already holds customers.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(as::DemoGenerator)

public:
    explicit DemoGenerator(Database &db) : m_db(db) {}
    Result<DemoSummary> run(const DemoOptions &options);

    // Fixed-width UTC ISO text from seconds since the epoch (fast path for bulk data).
    static QByteArray isoUtc(qint64 secs);

private:
    Database &m_db;
};

} // namespace as
