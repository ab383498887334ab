#pragma once

#include "io/ImportKind.h"

namespace as {

// `complaints` (cli.md): historical complaints, one per row. Status follows from the row:
// closed_at -> closed (satisfied as given); otherwise remedy -> remedy_proposed,
// responsibility (not undetermined) -> investigating, else received. Imported complaints past
// intake count as acknowledged when received. Customers are matched by phone (else created once
// per name + phone; a row without a name has no customer); order_number must name an order in
// the database (it is linked, and gives the customer when the row names none). Numbers are kept
// (upper case) or, when empty, taken from the CP-YYYYMM sequence. Content and expectation are
// stored exactly as in the file. SLA deadlines come from the site's calendar and SLA policy.
class ComplaintsImport : public ImportKind
{
    Q_DECLARE_TR_FUNCTIONS(as::ComplaintsImport)

public:
    enum Column {
        Number, ReceivedAt, CustomerName, CustomerPhone, Model, OrderNumber, Category, Severity, Content, Expectation,
        Responsibility, Remedy, Compensation, ClosedAt, Satisfied
    };
    QString id() const override { return QStringLiteral("complaints"); }
    QString title() const override { return tr("Complaints"); }
    QList<ImportColumn> columns() const override;
    Permission permission() const override { return Permission::Import; }
    Result<std::unique_ptr<ImportSession>> start(ImportContext &ctx) const override;
};

} // namespace as
