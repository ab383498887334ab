#pragma once

#include <QString>

namespace as::bench {

// Generated spreadsheets for import benchmarks (cli.md "Import formats"), deterministic.
// parts: `code,name,spec,unit,category,cost_price,sale_price,safety_stock,reorder_qty,location,bin,opening_qty`
//   codes P000001.., at location WH1 with a large opening quantity.
// movements: `date,type,code,qty,location,to_location,order_number,unit_cost,note`, `rows` rows in
//   date order (2025-01-01 onward): receipts, issues, returns, scrap and transfers WH1 -> WH2
//   whose running balance per part and location never goes negative.
// Returns false when a file cannot be written.
bool writePartsCsv(const QString &path, int parts);
bool writeMovementsCsv(const QString &path, qint64 rows, int parts);

} // namespace as::bench
