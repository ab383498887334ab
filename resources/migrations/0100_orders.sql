-- Service orders: appointment history (every reschedule with its reason).
CREATE TABLE order_reschedules (
    id          {{PK}},
    order_id    BIGINT NOT NULL REFERENCES service_orders(id),
    at          TEXT NOT NULL,
    user_id     BIGINT REFERENCES users(id),
    old_start   TEXT,
    old_end     TEXT,
    new_start   TEXT NOT NULL,
    new_end     TEXT NOT NULL,
    reason      TEXT NOT NULL
);
CREATE INDEX order_reschedules_order ON order_reschedules(order_id, at);
CREATE INDEX service_orders_appointment ON service_orders(technician_id, appointment_start);
CREATE INDEX service_orders_unassigned ON service_orders(status, dispatch_due);
