-- KPI report (core/reports/KpiSql.cpp): covering indexes, so that every monthly aggregate
-- reads one contiguous index range and never the table rows (a month of a 1,000,000-order
-- database is ~80,000 orders scattered through the file).
-- Response within SLA, repeat repair (rework opened), faults by model, orders opened per week.
CREATE INDEX service_orders_kpi_opened ON service_orders(opened_at, acknowledged_at, ack_due, status, rework_of, category, product_id);
-- On-time completion (completed in the period), mean time to resolve, follow-up coverage, complaint
-- rate denominator, technicians, orders completed per week, backlog at a past period end.
CREATE INDEX service_orders_kpi_completed ON service_orders(completed_at, opened_at, resolve_due, status, warranty_status,
                                                            resolve_working_minutes, technician_id);
-- On-time completion (deadline in the period).
CREATE INDEX service_orders_kpi_due ON service_orders(resolve_due, completed_at, status, technician_id);
-- First-time fix: accepted orders, and their rework orders opened within 30 days.
CREATE INDEX service_orders_kpi_accepted ON service_orders(accepted_at, technician_id);
CREATE INDEX service_orders_kpi_rework ON service_orders(rework_of, opened_at, status) WHERE rework_of IS NOT NULL;
-- Backlog at a period end: orders open now (a small partial index the planner always prefers) ...
CREATE INDEX service_orders_kpi_open ON service_orders(status, opened_at)
    WHERE status IN ('new','dispatched','scheduled','in_progress','awaiting_parts');
-- ... and orders cancelled after it.
CREATE INDEX service_orders_cancelled ON service_orders(cancelled_at) WHERE cancelled_at IS NOT NULL;
-- Parts fill rate: orders that waited for parts (in the period; before an issue to the order).
CREATE INDEX order_events_awaiting_parts ON order_events(at) WHERE to_status = 'awaiting_parts';
CREATE INDEX order_events_awaiting_order ON order_events(order_id, at) WHERE to_status = 'awaiting_parts';
-- Follow-up coverage (a done first follow-up of the order) and satisfaction by completion time.
CREATE INDEX followups_kpi_order ON followups(order_id, kind, done_at);
CREATE INDEX followups_kpi_rated ON followups(done_at, satisfaction, technician_id) WHERE satisfaction IS NOT NULL;
