-- KPI report: indexes for the period aggregates (see core/reports/KpiSql.cpp).
-- On-time completion: orders whose resolution deadline falls in the period.
CREATE INDEX service_orders_resolve_due ON service_orders(resolve_due);
-- Backlog at a period end: orders cancelled after it.
CREATE INDEX service_orders_cancelled ON service_orders(cancelled_at) WHERE cancelled_at IS NOT NULL;
-- Parts fill rate: orders that had to wait for parts in the period.
CREATE INDEX order_events_awaiting_parts ON order_events(at) WHERE to_status = 'awaiting_parts';
-- Backlog at the end of a past period: orders completed after it, read from the index alone.
CREATE INDEX service_orders_completed_opened ON service_orders(completed_at, opened_at);
