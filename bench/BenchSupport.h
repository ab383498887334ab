#pragma once

#include "list/ListQuery.h"
#include "storage/Database.h"

#include <QString>
#include <QTextStream>
#include <QVector>

#include <functional>
#include <memory>

namespace as::bench {

// Latency statistics in milliseconds.
struct Stats {
    double p50 = 0, p95 = 0, max = 0, mean = 0;
    int n = 0;
};
Stats stats(QVector<double> ms);
double timeMs(const std::function<void()> &fn);

std::unique_ptr<Database> openOrDie(const QString &path);

// SQL with its '?' parameters written in as literals, for the sqlite3 shell.
QString inlineParams(const QString &sql, const QVariantList &params);

// Run a script through the sqlite3 command-line tool (".timer on") and return each
// statement's real time in milliseconds.
QVector<double> sqlite3ShellTimes(const QString &dbPath, const QStringList &statements);

void printRow(QTextStream &out, const QString &name, const Stats &s, const QString &extra = {});

} // namespace as::bench
