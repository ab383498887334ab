-- Expense claims of a service order (travel, tolls, parking, lodging...): money in fen.
CREATE TABLE order_expenses (
    id          {{PK}},
    order_id    BIGINT NOT NULL REFERENCES service_orders(id),
    kind        TEXT NOT NULL CHECK (kind IN ('travel','toll','parking','lodging','other')),
    amount_fen  BIGINT NOT NULL CHECK (amount_fen > 0),
    note        TEXT,
    claimed_by  BIGINT REFERENCES users(id),
    created_at  TEXT NOT NULL,
    created_by  BIGINT REFERENCES users(id),
    updated_at  TEXT NOT NULL,
    updated_by  BIGINT REFERENCES users(id),
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX order_expenses_order ON order_expenses(order_id);
