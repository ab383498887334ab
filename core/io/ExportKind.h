#pragma once

#include "services/Actor.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QTimeZone>
#include <QVariantList>

#include <memory>
#include <vector>

namespace as {

class Database;
class Clock;

// ---- The export framework (see docs/ARCHITECTURE.md "Adding an export kind") ----------
//
// An ExportKind produces the rows of one list export (`aftersales-cli export KIND`); the
// Exporter (core/io/Exporter.h) writes them as CSV (UTF-8 with BOM) or XLSX (numbers as
// numbers, dates as dates, column widths), atomically. Columns include those of the
// kind's import format so an export can be imported again.

struct ExportColumn
{
    enum class Type {
        Text,      // QString
        Integer,   // qint64
        Money,     // qint64 fen; written as yuan (CSV "125.50", XLSX number 125.5 formatted 0.00)
        Date,      // QDate
        DateTime,  // QDateTime (UTC; written in the site's time zone)
        Number,    // double
    };
    QString name;   // header, e.g. "opened_at"
    Type type = Type::Text;
    int width = 14; // XLSX column width in characters
};

struct ExportContext
{
    Database &db;
    const Clock &clock;
    Actor actor;
    QTimeZone site;
    QDate from, to;   // inclusive local dates; invalid = open

    // Phone numbers leave the department masked unless the actor may see them.
    bool maskPhones() const { return !actor.can(Permission::ViewPhoneNumbers); }
    QString phone(const QString &stored) const;
    // The UTC [start, end) range of from..to, as stored text ("" when open).
    QString fromUtc() const;
    QString toUtcExclusive() const;
};

// Receives rows: one QVariant per column, typed as ExportColumn::Type says (null = empty).
class ExportSink
{
public:
    virtual ~ExportSink() = default;
    virtual Status row(const QVariantList &values) = 0;
};

class ExportKind
{
public:
    virtual ~ExportKind() = default;
    virtual QString id() const = 0;      // "orders": CLI word
    virtual QString title() const = 0;   // translated
    virtual QList<ExportColumn> columns() const = 0;
    virtual Permission permission() const { return Permission::Export; }
    virtual Status run(const ExportContext &ctx, ExportSink &sink) const = 0;
};

// Every registered export, in cli.md order (core/io/ExportRegistry.cpp, one line per kind).
const std::vector<std::unique_ptr<ExportKind>> &exportKinds();
const ExportKind *exportKind(const QString &id);
QStringList exportKindIds();

} // namespace as
