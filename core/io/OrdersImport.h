#pragma once

#include "io/ImportKind.h"

namespace as {

// `orders`: historical service orders (a spreadsheet kept before, another system's export).
// One order per row; the status follows from the timestamps present:
//   cancelled_at -> cancelled; accepted_at -> closed (closed when accepted); completed_at ->
//   completed; dispatched_at -> dispatched; otherwise new.
// Customers are matched by phone (else created once per name + phone); products by serial
// (else one per customer and model). SLA deadlines are computed with the site's calendar
// and SLA policy, as for orders entered in the application; one order event per timestamp.
// Technicians are matched by login or display name and must be users with the technician role.
// satisfaction/followup_at become a "followup" order event (note "satisfaction N").
// Written with BulkWriter in one transaction (a secondary-index rebuild when the import is
// larger than what is in the database).
class OrdersImport : public ImportKind
{
    Q_DECLARE_TR_FUNCTIONS(as::OrdersImport)

public:
    enum Column {
        Number, OpenedAt, Channel, Category, Complexity, Priority, CustomerName, CustomerPhone, Address, Model,
        Serial, PurchaseDate, Symptom, Technician, AcknowledgedAt, DispatchedAt, CompletedAt, AcceptedAt,
        CancelledAt, ReworkOf, Labour, PartsCost, FollowupAt, Satisfaction
    };
    QString id() const override { return QStringLiteral("orders"); }
    QString title() const override { return tr("Historical service orders"); }
    QList<ImportColumn> columns() const override;
    Result<std::unique_ptr<ImportSession>> start(ImportContext &ctx) const override;
};

} // namespace as
