#pragma once

#include "list/ListQuery.h"

namespace as {

class Dialect;

// The customer list and the search behind its search box.
namespace CustomerQueries {

enum Column { Name, Phone, Type, Address, Products, Orders, LastOrder, Created, ColumnCount };

struct Filter {
    QString search;          // phone fragment, name (1+ characters), serial, order number
    bool includeArchived = false;
};

ListQuery list(const Dialect &dialect, const Filter &filter);

// A condition on `idExpr` (a customer id) matching the search text:
//  - 3+ characters: trigram full-text match on name and phones (SQLite FTS5);
//  - 1-2 Chinese characters: the customer_name_grams table (trigram matches nothing that short);
//    other 1-2 character text: instr() on the indexed name column;
//  - serial numbers and order numbers: prefix or suffix through indexes.
// Returns false when the text is empty (no condition).
// includeCodes = false leaves out serial and order-number matches (callers that match those themselves).
bool searchCondition(const Dialect &dialect, const QString &text, const QString &idExpr, QString *condition,
                     QVariantList *params, bool includeCodes = true);

} // namespace CustomerQueries
} // namespace as
