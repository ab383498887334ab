#pragma once

#include "domain/Customer.h"
#include "domain/Order.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace as {

struct Services;

// The letterhead of printed forms (settings company.name/address/phone/logo).
struct CompanyInfo
{
    QString name, address, phone;
    QByteArray logo;   // image file contents (company.logo: a file path or a data: URL); empty: none
};

// A part issued to the order (issues less returns, per part).
struct WorkOrderPart
{
    QString code, name, unit;
    qint64 qty = 0;
};

// Everything the printed work order shows, read in one go (core: no Gui).
struct WorkOrderData
{
    Order order;
    std::optional<Product> product;
    QDate warrantyEnd;             // first day no longer covered; invalid when unknown
    QString technicianName, technicianPhone;
    CompanyInfo company;
    QString terms;                 // setting print.terms; empty: the form's default wording
    QList<WorkOrderPart> parts;
    QTimeZone siteZone;
    QDateTime printedAt;           // UTC
    QStringList warnings;          // e.g. a logo file that cannot be read (printing goes on)
};

// Reads work orders for printing.
class WorkOrderSource
{
    Q_DECLARE_TR_FUNCTIONS(as::WorkOrderSource)

public:
    explicit WorkOrderSource(Services &services) : m_s(services) {}

    Result<WorkOrderData> byNumber(const QString &number);
    Result<WorkOrderData> byId(qint64 orderId);
    // A technician's orders with an appointment on `day` (site time), by appointment start; cancelled ones left out.
    Result<QList<qint64>> technicianDay(qint64 technicianId, const QDate &day);
    Result<CompanyInfo> company(QStringList *warnings = nullptr);

private:
    Result<WorkOrderData> complete(Order order);
    Services &m_s;
};

} // namespace as
