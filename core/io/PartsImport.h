#pragma once

#include "io/ImportKind.h"

namespace as {

// `parts`: one part per row; an opening quantity becomes an opening-balance movement at the
// row's location (default: the main warehouse). Checks: code and name required, codes unique
// (in the file and in the catalogue), prices in yuan, whole non-negative quantities, the
// location must exist.
class PartsImport : public ImportKind
{
    Q_DECLARE_TR_FUNCTIONS(as::PartsImport)

public:
    enum Column { Code, Name, Spec, Unit, Category, CostPrice, SalePrice, SafetyStock, ReorderQty, Location, Bin, OpeningQty,
                  CompatibleModels, Supplier };
    QString id() const override { return QStringLiteral("parts"); }
    QString title() const override { return tr("Parts"); }
    QList<ImportColumn> columns() const override;
    Permission permission() const override { return Permission::ManageParts; }
    Result<std::unique_ptr<ImportSession>> start(ImportContext &ctx) const override;
};

// `movements`: stock movements (history or today's postings), applied in date order. Checks:
// date, type, code and quantity required; known part code and location; transfers name their
// destination; no balance may go below zero at any point of the file.
class MovementsImport : public ImportKind
{
    Q_DECLARE_TR_FUNCTIONS(as::MovementsImport)

public:
    enum Column { Date, Type, Code, Qty, Location, ToLocation, OrderNumber, UnitCost, Note };
    QString id() const override { return QStringLiteral("movements"); }
    QString title() const override { return tr("Stock movements"); }
    QList<ImportColumn> columns() const override;
    Permission permission() const override { return Permission::PostStock; }
    Result<std::unique_ptr<ImportSession>> start(ImportContext &ctx) const override;
};

} // namespace as
