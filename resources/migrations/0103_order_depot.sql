-- Carry-in (depot) repair: what was received, the charge confirmation by the technician and
-- quality control before parts are used, the QC test, shipping back; every hand-over of the
-- unit (customer -> front desk -> workshop -> QC -> logistics -> customer) with a receipt.
CREATE TABLE order_depot (
    order_id              BIGINT PRIMARY KEY REFERENCES service_orders(id),
    received_at           TEXT NOT NULL,
    received_by           BIGINT REFERENCES users(id),
    model                 TEXT NOT NULL,
    capacity              TEXT,
    colour                TEXT,
    quantity              INTEGER NOT NULL DEFAULT 1 CHECK (quantity > 0),
    damage                TEXT,            -- visible damage on receipt
    accessories           TEXT,            -- what came with the unit
    tech_confirmed_at     TEXT,            -- charge confirmation before parts are used
    tech_confirmed_by     BIGINT REFERENCES users(id),
    qc_confirmed_at       TEXT,
    qc_confirmed_by       BIGINT REFERENCES users(id),
    qc_tester             TEXT,
    qc_result             TEXT CHECK (qc_result IN ('pass','fail')),
    qc_burn_in_hours      INTEGER,
    qc_note               TEXT,
    qc_at                 TEXT,
    packing               TEXT,
    courier               TEXT,
    tracking_number       TEXT,
    shipped_at            TEXT,
    created_at            TEXT NOT NULL,
    created_by            BIGINT REFERENCES users(id),
    updated_at            TEXT NOT NULL,
    updated_by            BIGINT REFERENCES users(id),
    row_version           INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX order_depot_received ON order_depot(received_at);

CREATE TABLE order_handovers (
    id          {{PK}},
    order_id    BIGINT NOT NULL REFERENCES service_orders(id),
    at          TEXT NOT NULL,
    from_party  TEXT NOT NULL,
    to_party    TEXT NOT NULL,
    note        TEXT,
    user_id     BIGINT REFERENCES users(id)
);
CREATE INDEX order_handovers_order ON order_handovers(order_id, at);

-- Attachments of an order (scan of the signed work order, photos), stored in the database so
-- every PC sees them; never deleted, only archived.
CREATE TABLE order_attachments (
    id           {{PK}},
    order_id     BIGINT NOT NULL REFERENCES service_orders(id),
    kind         TEXT NOT NULL CHECK (kind IN ('signed_form','photo','other')),
    file_name    TEXT NOT NULL,
    mime_type    TEXT NOT NULL,
    size_bytes   BIGINT NOT NULL,
    content      {{BLOB}} NOT NULL,
    note         TEXT,
    archived_at  TEXT,
    created_at   TEXT NOT NULL,
    created_by   BIGINT REFERENCES users(id),
    updated_at   TEXT NOT NULL,
    updated_by   BIGINT REFERENCES users(id),
    row_version  INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX order_attachments_order ON order_attachments(order_id);
