#include "domain/Order.h"

namespace as::orderflow {

QList<OrderStatus> next(OrderStatus from)
{
    using S = OrderStatus;
    switch (from) {
    case S::New: return {S::Dispatched, S::Cancelled};
    case S::Dispatched: return {S::Scheduled, S::Cancelled};
    case S::Scheduled: return {S::InProgress, S::Cancelled};
    case S::InProgress: return {S::AwaitingParts, S::Completed, S::Cancelled};
    case S::AwaitingParts: return {S::InProgress, S::Cancelled};
    case S::Completed: return {S::Accepted};
    case S::Accepted: return {S::Closed};
    case S::Closed: return {};
    case S::Cancelled: return {};
    }
    return {};
}

bool allowed(OrderStatus from, OrderStatus to)
{
    return next(from).contains(to);
}

} // namespace as::orderflow
