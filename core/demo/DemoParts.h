#pragma once

#include "util/Result.h"

namespace as {

struct DemoContext;

// Demo step of the parts area: locations, a catalogue per product line, and a ledger
// consistent with the service orders (opening balances, receipts when stock runs low,
// issues to completed repairs, some sales, transfers to vans and scrap), balances equal
// to the sum of the movements, a few open purchase requests.
Status demoParts(DemoContext &ctx);

} // namespace as
