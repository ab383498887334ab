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
    phone          TEXT,            -- required for new customers (service); may be unknown in imported history
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

-- Chinese names searched by 1 or 2 characters (too short for the trigram index):
-- every CJK character and pair of adjacent CJK characters of the first 30 characters.
CREATE TABLE integers (n INTEGER PRIMARY KEY);
INSERT INTO integers (n) VALUES (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13), (14), (15),
    (16), (17), (18), (19), (20), (21), (22), (23), (24), (25), (26), (27), (28), (29), (30);
CREATE TABLE customer_name_grams (
    gram        TEXT NOT NULL,
    customer_id BIGINT NOT NULL REFERENCES customers(id),
    PRIMARY KEY (gram, customer_id)
){{WITHOUT_ROWID}};
CREATE INDEX customer_name_grams_customer ON customer_name_grams(customer_id);
-- @sqlite
CREATE TRIGGER customers_grams_ai AFTER INSERT ON customers
BEGIN
    INSERT INTO customer_name_grams (gram, customer_id)
    SELECT DISTINCT substr(new.name, i.n, g.len), new.id
    FROM integers i, (SELECT 1 AS len UNION ALL SELECT 2) g
    WHERE i.n + g.len - 1 <= length(new.name) AND unicode(substr(new.name, i.n, 1)) >= 11904
      AND unicode(substr(new.name, i.n + g.len - 1, 1)) >= 11904;
END;
CREATE TRIGGER customers_grams_au AFTER UPDATE OF name ON customers
BEGIN
    DELETE FROM customer_name_grams WHERE customer_id = old.id;
    INSERT INTO customer_name_grams (gram, customer_id)
    SELECT DISTINCT substr(new.name, i.n, g.len), new.id
    FROM integers i, (SELECT 1 AS len UNION ALL SELECT 2) g
    WHERE i.n + g.len - 1 <= length(new.name) AND unicode(substr(new.name, i.n, 1)) >= 11904
      AND unicode(substr(new.name, i.n + g.len - 1, 1)) >= 11904;
END;
-- @postgres
CREATE FUNCTION customers_grams_refresh() RETURNS trigger AS $$
BEGIN
    DELETE FROM customer_name_grams WHERE customer_id = NEW.id;
    INSERT INTO customer_name_grams (gram, customer_id)
    SELECT DISTINCT substr(NEW.name, i.n, g.len), NEW.id
    FROM integers i, (SELECT 1 AS len UNION ALL SELECT 2) g
    WHERE i.n + g.len - 1 <= length(NEW.name) AND ascii(substr(NEW.name, i.n, 1)) >= 11904
      AND ascii(substr(NEW.name, i.n + g.len - 1, 1)) >= 11904;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER customers_grams_ai AFTER INSERT OR UPDATE OF name ON customers
    FOR EACH ROW EXECUTE FUNCTION customers_grams_refresh();
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
