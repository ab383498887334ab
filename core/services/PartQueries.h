#pragma once

#include "list/ListQuery.h"

#include <QDateTime>

namespace as {

class Dialect;

// Lists of the parts area, in keyset pages: the parts list, the reorder list,
// slow-moving stock and defective stock.
namespace PartQueries {

enum Column { Code, Name, Spec, Category, Models, Bin, Unit, OnHand, SafetyStock, Cost, SalePrice, Supplier, ColumnCount };

struct Filter {
    QString search;            // code, name, specification or compatible model (substring)
    QString category;          // exact; empty: all
    qint64 locationId = 0;     // on hand at this location (and only parts kept there); 0: all locations
    bool belowSafety = false;  // at or below safety stock
    bool includeInactive = false;
};
ListQuery list(const Dialect &dialect, const Filter &filter);

enum ReorderColumn { RCode, RName, ROnHand, RSafety, RReorderQty, RSupplier, ROpenRequests, ReorderColumnCount };
// Active parts whose stock (at the location, or in total) is at or below their safety stock.
ListQuery reorder(qint64 locationId);

enum SlowColumn { SCode, SName, SCategory, SOnHand, SValue, SLastIssue, SlowColumnCount };
// Parts in stock that had no issue since `since` (90 or 180 days ago).
ListQuery slowMoving(const QDateTime &since);

enum DefectColumn { DAt, DCode, DName, DLocation, DKind, DQty, DValue, DNote, DefectColumnCount };
// Scrapped/defective units and units rejected at incoming inspection.
ListQuery defective();

} // namespace PartQueries
} // namespace as
