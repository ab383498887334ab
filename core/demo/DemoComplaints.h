#pragma once

#include "util/Result.h"

namespace as {

struct DemoContext;

// Demo step of the complaints area: about one complaint per five service orders (from the
// orders' customers, products and times), in every state of the workflow, with SLA deadlines
// from the working calendar, remedies (compensation and refunds approved by a manager), some
// reopened after an unsatisfied customer, a timeline per complaint.
Status demoComplaints(DemoContext &ctx);

} // namespace as
