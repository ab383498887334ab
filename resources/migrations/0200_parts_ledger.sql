-- Parts ledger: catalogue, stock locations, movements (append-only), balances per
-- part and location (a cache kept in the same transaction as every movement and
-- always equal to the sum of the movements), stocktakes and purchase requests.
-- Quantities are whole units; money integer fen.

CREATE TABLE stock_locations (
    id            {{PK}},
    code          TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    kind          TEXT NOT NULL DEFAULT 'warehouse' CHECK (kind IN ('warehouse','van','defective')),
    technician_id BIGINT REFERENCES users(id),
    active        INTEGER NOT NULL DEFAULT 1,
    created_at    TEXT NOT NULL,
    created_by    BIGINT REFERENCES users(id),
    updated_at    TEXT NOT NULL,
    updated_by    BIGINT REFERENCES users(id),
    row_version   INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE parts (
    id                {{PK}},
    code              TEXT NOT NULL UNIQUE,
    name              TEXT NOT NULL,
    spec              TEXT,
    unit              TEXT NOT NULL DEFAULT 'pcs',
    category          TEXT,
    compatible_models TEXT,
    bin               TEXT,
    cost_fen          BIGINT NOT NULL DEFAULT 0 CHECK (cost_fen >= 0),
    sale_fen          BIGINT NOT NULL DEFAULT 0 CHECK (sale_fen >= 0),
    safety_stock      BIGINT NOT NULL DEFAULT 0 CHECK (safety_stock >= 0),
    reorder_qty       BIGINT NOT NULL DEFAULT 0 CHECK (reorder_qty >= 0),
    supplier          TEXT,
    active            INTEGER NOT NULL DEFAULT 1,
    notes             TEXT,
    created_at        TEXT NOT NULL,
    created_by        BIGINT REFERENCES users(id),
    updated_at        TEXT NOT NULL,
    updated_by        BIGINT REFERENCES users(id),
    row_version       INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX parts_name ON parts(name);
CREATE INDEX parts_category ON parts(category, code);
CREATE INDEX parts_bin ON parts(bin);

CREATE TABLE stocktakes (
    id                  {{PK}},
    location_id         BIGINT NOT NULL REFERENCES stock_locations(id),
    categories          TEXT,              -- comma-separated; NULL: all categories
    blind               INTEGER NOT NULL DEFAULT 0,
    status              TEXT NOT NULL CHECK (status IN ('counting','recount','approved','posted','cancelled')),
    frozen_at           TEXT NOT NULL,
    frozen_movement_id  BIGINT NOT NULL,   -- movements with a larger id happened during the count
    threshold_qty       BIGINT NOT NULL DEFAULT 3,
    threshold_fen       BIGINT NOT NULL DEFAULT 50000,
    approved_at         TEXT,
    approved_by         BIGINT REFERENCES users(id),
    posted_at           TEXT,
    posted_by           BIGINT REFERENCES users(id),
    cancel_reason       TEXT,
    note                TEXT,
    created_at          TEXT NOT NULL,
    created_by          BIGINT REFERENCES users(id),
    updated_at          TEXT NOT NULL,
    updated_by          BIGINT REFERENCES users(id),
    row_version         INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX stocktakes_location ON stocktakes(location_id, status);

CREATE TABLE purchase_requests (
    id            {{PK}},
    part_id       BIGINT NOT NULL REFERENCES parts(id),
    location_id   BIGINT NOT NULL REFERENCES stock_locations(id),
    qty           BIGINT NOT NULL CHECK (qty > 0),
    supplier      TEXT,
    status        TEXT NOT NULL CHECK (status IN ('requested','approved','ordered','received','cancelled')),
    requested_at  TEXT NOT NULL,
    approved_at   TEXT,
    approved_by   BIGINT REFERENCES users(id),
    ordered_at    TEXT,
    received_at   TEXT,
    received_qty  BIGINT,
    rejected_qty  BIGINT,
    cancel_reason TEXT,
    note          TEXT,
    created_at    TEXT NOT NULL,
    created_by    BIGINT REFERENCES users(id),
    updated_at    TEXT NOT NULL,
    updated_by    BIGINT REFERENCES users(id),
    row_version   INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX purchase_requests_status ON purchase_requests(status, requested_at);
CREATE INDEX purchase_requests_part ON purchase_requests(part_id, status);

-- Every change of quantity. qty is the signed change at location_id; a transfer is two
-- rows (out and in) pointing at each other through pair_id. Never updated or deleted.
CREATE TABLE stock_movements (
    id                  {{PK}},
    at                  TEXT NOT NULL,
    part_id             BIGINT NOT NULL REFERENCES parts(id),
    location_id         BIGINT NOT NULL REFERENCES stock_locations(id),
    qty                 BIGINT NOT NULL,
    type                TEXT NOT NULL CHECK (type IN ('opening','receipt','issue','sale','return','transfer',
                                                      'scrap','adjustment')),
    unit_cost_fen       BIGINT NOT NULL DEFAULT 0,
    rejected_qty        BIGINT NOT NULL DEFAULT 0,   -- receipts: refused at incoming inspection
    pair_id             BIGINT,                      -- transfers: the other row
    order_id            BIGINT REFERENCES service_orders(id),
    order_number        TEXT,
    stocktake_id        BIGINT REFERENCES stocktakes(id),
    purchase_request_id BIGINT REFERENCES purchase_requests(id),
    note                TEXT,
    created_at          TEXT NOT NULL,
    created_by          BIGINT REFERENCES users(id)
);
CREATE INDEX stock_movements_part ON stock_movements(part_id, location_id, id);
CREATE INDEX stock_movements_location ON stock_movements(location_id, id);
CREATE INDEX stock_movements_part_type ON stock_movements(part_id, type, at);
CREATE INDEX stock_movements_order ON stock_movements(order_id) WHERE order_id IS NOT NULL;
CREATE INDEX stock_movements_at ON stock_movements(at);
-- @sqlite
CREATE TRIGGER stock_movements_no_update BEFORE UPDATE ON stock_movements
BEGIN
    SELECT RAISE(ABORT, 'stock_movements is append-only');
END;
CREATE TRIGGER stock_movements_no_delete BEFORE DELETE ON stock_movements
BEGIN
    SELECT RAISE(ABORT, 'stock_movements is append-only');
END;
-- @postgres
CREATE FUNCTION stock_movements_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'stock_movements is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER stock_movements_no_change BEFORE UPDATE OR DELETE ON stock_movements
    FOR EACH ROW EXECUTE FUNCTION stock_movements_append_only();
-- @end

-- Quantity on hand per part and location: the sum of its movements, kept in the
-- movement's transaction (the row is locked while a movement is checked and posted).
CREATE TABLE part_stock (
    part_id     BIGINT NOT NULL REFERENCES parts(id),
    location_id BIGINT NOT NULL REFERENCES stock_locations(id),
    on_hand     BIGINT NOT NULL DEFAULT 0,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (part_id, location_id)
){{WITHOUT_ROWID}};
CREATE INDEX part_stock_location ON part_stock(location_id, part_id);

CREATE TABLE stocktake_lines (
    id            {{PK}},
    stocktake_id  BIGINT NOT NULL REFERENCES stocktakes(id),
    part_id       BIGINT NOT NULL REFERENCES parts(id),
    expected_qty  BIGINT NOT NULL,     -- frozen at the start
    counted_qty   BIGINT,              -- NULL: not counted yet
    first_count   BIGINT,              -- the count before a recount was asked for
    needs_recount INTEGER NOT NULL DEFAULT 0,
    recounted     INTEGER NOT NULL DEFAULT 0,
    counted_at    TEXT,
    counted_by    BIGINT REFERENCES users(id),
    unit_cost_fen BIGINT NOT NULL DEFAULT 0,
    adjustment    BIGINT,              -- posted adjustment
    row_version   INTEGER NOT NULL DEFAULT 1,
    UNIQUE (stocktake_id, part_id)
);
