-- Foundation schema: users, settings, audit trail, customers, product
-- registrations, service orders and their events, number sequences, calendar.
-- Conventions: {{PK}} is a generated 64-bit key; timestamps are UTC ISO-8601
-- text (2026-11-23T09:15:00Z); dates YYYY-MM-DD; money integer fen;
-- every mutable table has created_at/by, updated_at/by and row_version.

CREATE TABLE schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
);

CREATE TABLE users (
    id            {{PK}},
    login         TEXT NOT NULL UNIQUE,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('manager','agent','technician','parts_clerk','logistics','admin')),
    active        INTEGER NOT NULL DEFAULT 1,
    phone         TEXT,
    password_hash TEXT,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until  TEXT,
    created_at    TEXT NOT NULL,
    created_by    BIGINT REFERENCES users(id),
    updated_at    TEXT NOT NULL,
    updated_by    BIGINT REFERENCES users(id),
    row_version   INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX users_role ON users(role, active);

-- The built-in administrator (id 1): single-user mode acts as this user.
-- @sqlite
INSERT INTO users (login, display_name, role, created_at, updated_at)
VALUES ('admin', 'Administrator', 'admin', strftime('%Y-%m-%dT%H:%M:%SZ','now'), strftime('%Y-%m-%dT%H:%M:%SZ','now'));
-- @postgres
INSERT INTO users (login, display_name, role, created_at, updated_at)
VALUES ('admin', 'Administrator', 'admin', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
        to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'));
-- @end

CREATE TABLE settings (
    key         TEXT PRIMARY KEY,
    value       TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    created_by  BIGINT REFERENCES users(id),
    updated_at  TEXT NOT NULL,
    updated_by  BIGINT REFERENCES users(id),
    row_version INTEGER NOT NULL DEFAULT 1
);

-- Append-only: the database itself refuses UPDATE and DELETE.
CREATE TABLE audit_log (
    id        {{PK}},
    at        TEXT NOT NULL,
    user_id   BIGINT REFERENCES users(id),
    entity    TEXT NOT NULL,
    entity_id BIGINT,
    action    TEXT NOT NULL,
    changes   TEXT
);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
CREATE INDEX audit_log_at ON audit_log(at);
-- @sqlite
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
-- @postgres
CREATE FUNCTION audit_log_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
-- @end

CREATE TABLE customers (
    id             {{PK}},
    name           TEXT NOT NULL,
    phone          TEXT NOT NULL,
    phone2         TEXT,
    email          TEXT,
    address        TEXT,
    type           TEXT NOT NULL DEFAULT 'consumer' CHECK (type IN ('consumer','dealer','business')),
    notes          TEXT,
    archived_at    TEXT,
    archive_reason TEXT,
    created_at     TEXT NOT NULL,
    created_by     BIGINT REFERENCES users(id),
    updated_at     TEXT NOT NULL,
    updated_by     BIGINT REFERENCES users(id),
    row_version    INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX customers_name ON customers(name);
CREATE INDEX customers_phone ON customers(phone);
CREATE INDEX customers_created ON customers(created_at);

-- Trigram index for substring search on names and phone numbers (3+ characters).
-- @sqlite
CREATE VIRTUAL TABLE customers_fts USING fts5(name, phone, phone2,
    content='customers', content_rowid='id', tokenize='trigram');
CREATE TRIGGER customers_fts_ai AFTER INSERT ON customers
BEGIN
    INSERT INTO customers_fts(rowid, name, phone, phone2) VALUES (new.id, new.name, new.phone, new.phone2);
END;
CREATE TRIGGER customers_fts_ad AFTER DELETE ON customers
BEGIN
    INSERT INTO customers_fts(customers_fts, rowid, name, phone, phone2) VALUES ('delete', old.id, old.name, old.phone, old.phone2);
END;
CREATE TRIGGER customers_fts_au AFTER UPDATE OF name, phone, phone2 ON customers
BEGIN
    INSERT INTO customers_fts(customers_fts, rowid, name, phone, phone2) VALUES ('delete', old.id, old.name, old.phone, old.phone2);
    INSERT INTO customers_fts(rowid, name, phone, phone2) VALUES (new.id, new.name, new.phone, new.phone2);
END;
-- @end

CREATE TABLE products (
    id                       {{PK}},
    customer_id              BIGINT NOT NULL REFERENCES customers(id),
    model                    TEXT NOT NULL,
    product_type             TEXT,
    serial                   TEXT,
    serial_rev               TEXT,
    purchase_date            TEXT,
    manufacture_date         TEXT,
    installation_date        TEXT,
    dealer                   TEXT,
    warranty_months          INTEGER NOT NULL DEFAULT 12 CHECK (warranty_months >= 0),
    warranty_override        TEXT CHECK (warranty_override IN ('in','out')),
    warranty_override_reason TEXT,
    archived_at              TEXT,
    archive_reason           TEXT,
    created_at               TEXT NOT NULL,
    created_by               BIGINT REFERENCES users(id),
    updated_at               TEXT NOT NULL,
    updated_by               BIGINT REFERENCES users(id),
    row_version              INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX products_customer ON products(customer_id);
-- Active serial numbers are unique; searches use this index (prefix) and serial_rev (suffix).
CREATE UNIQUE INDEX products_serial_active ON products(serial) WHERE serial IS NOT NULL AND archived_at IS NULL;
CREATE INDEX products_serial_rev ON products(serial_rev) WHERE archived_at IS NULL;

CREATE TABLE number_sequences (
    name        TEXT PRIMARY KEY,
    last_value  BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE service_orders (
    id                      {{PK}},
    number                  TEXT NOT NULL UNIQUE,
    number_rev              TEXT NOT NULL,
    customer_id             BIGINT NOT NULL REFERENCES customers(id),
    product_id              BIGINT REFERENCES products(id),
    customer_name           TEXT NOT NULL,
    contact_phone           TEXT NOT NULL,
    address                 TEXT,
    channel                 TEXT NOT NULL CHECK (channel IN ('phone','email','chat','walk_in','dealer')),
    category                TEXT NOT NULL CHECK (category IN ('consultation','repair','installation','maintenance','return')),
    service_mode            TEXT NOT NULL DEFAULT 'onsite' CHECK (service_mode IN ('onsite','depot','remote')),
    priority                TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('low','normal','high','urgent')),
    complexity              TEXT NOT NULL DEFAULT 'general' CHECK (complexity IN ('general','complex')),
    status                  TEXT NOT NULL CHECK (status IN ('new','dispatched','scheduled','in_progress','awaiting_parts',
                                                            'completed','accepted','closed','cancelled')),
    warranty_status         TEXT NOT NULL DEFAULT 'unknown' CHECK (warranty_status IN ('in','out','unknown')),
    symptom                 TEXT NOT NULL,
    technician_id           BIGINT REFERENCES users(id),
    appointment_start       TEXT,
    appointment_end         TEXT,
    reschedule_count        INTEGER NOT NULL DEFAULT 0,
    diagnosis               TEXT,
    repair_plan             TEXT,
    work_done               TEXT,
    opened_at               TEXT NOT NULL,
    acknowledged_at         TEXT,
    dispatched_at           TEXT,
    contacted_at            TEXT,
    started_at              TEXT,
    completed_at            TEXT,
    accepted_at             TEXT,
    accepted_by_name        TEXT,
    closed_at               TEXT,
    cancelled_at            TEXT,
    cancel_reason           TEXT,
    ack_due                 TEXT,
    dispatch_due            TEXT,
    contact_due             TEXT,
    resolve_due             TEXT,
    resolve_working_minutes INTEGER,
    rework_of               BIGINT REFERENCES service_orders(id),
    labour_fen              BIGINT NOT NULL DEFAULT 0,
    parts_fen               BIGINT NOT NULL DEFAULT 0,
    travel_fen              BIGINT NOT NULL DEFAULT 0,
    receipt_number          TEXT,
    created_at              TEXT NOT NULL,
    created_by              BIGINT REFERENCES users(id),
    updated_at              TEXT NOT NULL,
    updated_by              BIGINT REFERENCES users(id),
    row_version             INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX service_orders_number_rev ON service_orders(number_rev);
CREATE INDEX service_orders_customer ON service_orders(customer_id, opened_at);
CREATE INDEX service_orders_product ON service_orders(product_id);
CREATE INDEX service_orders_opened ON service_orders(opened_at);
CREATE INDEX service_orders_status ON service_orders(status, resolve_due);
CREATE INDEX service_orders_technician ON service_orders(technician_id, status);
CREATE INDEX service_orders_completed ON service_orders(completed_at);
CREATE INDEX service_orders_accepted ON service_orders(accepted_at);
CREATE INDEX service_orders_rework ON service_orders(rework_of) WHERE rework_of IS NOT NULL;

CREATE TABLE order_events (
    id          {{PK}},
    order_id    BIGINT NOT NULL REFERENCES service_orders(id),
    at          TEXT NOT NULL,
    user_id     BIGINT REFERENCES users(id),
    kind        TEXT NOT NULL,
    from_status TEXT,
    to_status   TEXT,
    note        TEXT
);
CREATE INDEX order_events_order ON order_events(order_id, at);

-- Working calendar exceptions: public holidays and make-up working days.
CREATE TABLE calendar_days (
    day         TEXT PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('holiday','workday')),
    name        TEXT,
    created_at  TEXT NOT NULL,
    created_by  BIGINT REFERENCES users(id),
    updated_at  TEXT NOT NULL,
    updated_by  BIGINT REFERENCES users(id),
    row_version INTEGER NOT NULL DEFAULT 1
);
