#pragma once

#include "domain/Enums.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace as {

struct Customer
{
    qint64 id = 0;
    QString name;
    QString phone;     // normalised: digits, optional leading '+'
    QString phone2;
    QString email;
    QString address;
    CustomerType type = CustomerType::Consumer;
    QString notes;
    bool archived = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    int rowVersion = 0;
};

struct Product
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString model;
    QString productType;
    QString serial;          // upper-case
    QDate purchaseDate;
    QDate manufactureDate;
    QDate installationDate;
    QString dealer;
    int warrantyMonths = 12;
    std::optional<WarrantyStatus> warrantyOverride;   // only with a written reason
    QString warrantyOverrideReason;
    bool archived = false;
    int rowVersion = 0;
};

namespace phone {
// Strip spaces, dashes, dots and brackets; keep a leading '+'. "+86" mobiles become national.
QString normalise(const QString &text);
// Chinese mobile (11 digits from 1[3-9]), landline with area code (0 + 9..11 digits),
// local 7..8 digits, service numbers 400/800, or international (+ and 8..15 digits).
bool isValid(const QString &normalised);
// 138****8000 for roles that may not see full numbers.
QString mask(const QString &normalised);
} // namespace phone

namespace warranty {
// Warranty runs from the purchase date (or manufacture date when unknown) for warrantyMonths;
// the last covered day is the day before the anniversary. An override (with reason) wins.
WarrantyStatus statusAt(const Product &p, const QDate &day);
QDate endDate(const Product &p);   // first day no longer covered; invalid when unknown
} // namespace warranty

QString normaliseSerial(const QString &serial);
QString reversed(const QString &text);

} // namespace as
