#pragma once

#include "io/ImportKind.h"

namespace as {

// `customers`: one customer per row, optionally with one product (model, serial...).
// Rows with the same name and phone are one customer with several products. A customer
// whose phone is already in the database is reused (its products are added to it).
// Checks: name required; phone and e-mail valid when given; type consumer/dealer/business;
// serial numbers unique (in the file and among active products); purchase date not in
// the future; warranty 0..240 months; model required when a product is given.
class CustomersImport : public ImportKind
{
    Q_DECLARE_TR_FUNCTIONS(as::CustomersImport)

public:
    enum Column { Name, Phone, Email, Address, Type, Model, Serial, PurchaseDate, WarrantyMonths };
    QString id() const override { return QStringLiteral("customers"); }
    QString title() const override { return tr("Customers"); }
    QList<ImportColumn> columns() const override;
    Result<std::unique_ptr<ImportSession>> start(ImportContext &ctx) const override;
};

} // namespace as
