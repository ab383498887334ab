#pragma once

#include "util/Result.h"

namespace as {

struct DemoContext;

// Demo step of the follow-ups area: the first call after every completed order and the
// 3/6/12-month calls after in-warranty acceptances; calls in the past mostly done (with
// ratings), some refused or not reachable, a few overdue; calls in the future to make.
Status demoFollowUps(DemoContext &ctx);

} // namespace as
