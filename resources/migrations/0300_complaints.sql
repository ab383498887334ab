-- Complaints (投诉): intake, handling workflow (domain.md "Complaints"), the orders concerned
-- and a timeline. Numbers CP-YYYYMM-NNNNN come from number_sequences like order numbers.
-- Deadlines (ack_due, remedy_due) are computed at intake from SlaPolicy + WorkingCalendar and stored.
-- The KPI complaint rate counts responsibility = 'service' by received_at / closed_at.
CREATE TABLE complaints (
    id                  {{PK}},
    number              TEXT NOT NULL UNIQUE,
    received_at         TEXT NOT NULL,
    customer_id         BIGINT REFERENCES customers(id),      -- NULL: imported without a customer
    product_id          BIGINT REFERENCES products(id),
    order_id            BIGINT REFERENCES service_orders(id), -- the main order concerned (all: complaint_orders)
    customer_name       TEXT NOT NULL DEFAULT '',
    contact_phone       TEXT,
    model               TEXT,
    category            TEXT NOT NULL CHECK (category IN ('quality','attitude','timeliness','charges','delivery','other')),
    severity            TEXT NOT NULL DEFAULT 'normal' CHECK (severity IN ('low','normal','high','critical')),
    status              TEXT NOT NULL CHECK (status IN ('received','investigating','remedy_proposed','approved',
                                                        'customer_informed','closed')),
    content             TEXT NOT NULL,
    expectation         TEXT,
    department          TEXT,
    assignee_id         BIGINT REFERENCES users(id),
    investigation       TEXT,
    root_cause          TEXT,
    responsibility      TEXT NOT NULL DEFAULT 'undetermined'
                        CHECK (responsibility IN ('service','product','logistics','customer','undetermined')),
    remedy              TEXT CHECK (remedy IN ('replacement','free_repair','compensation','refund','apology','other')),
    remedy_note         TEXT,
    compensation_fen    BIGINT NOT NULL DEFAULT 0 CHECK (compensation_fen >= 0),
    acknowledged_at     TEXT,
    ack_due             TEXT,
    remedy_due          TEXT,
    remedy_proposed_at  TEXT,
    approved_at         TEXT,
    approved_by         BIGINT REFERENCES users(id),
    informed_at         TEXT,
    customer_feedback   TEXT,
    satisfied           INTEGER CHECK (satisfied IN (0, 1)),   -- NULL: not asked yet
    closed_at           TEXT,
    reopen_count        INTEGER NOT NULL DEFAULT 0,
    created_at          TEXT NOT NULL,
    created_by          BIGINT REFERENCES users(id),
    updated_at          TEXT NOT NULL,
    updated_by          BIGINT REFERENCES users(id),
    row_version         INTEGER NOT NULL DEFAULT 1
);
-- List filters and sorts (the list sorts by received_at, newest first).
CREATE INDEX complaints_received ON complaints(received_at);
CREATE INDEX complaints_status ON complaints(status, received_at);
CREATE INDEX complaints_category ON complaints(category, received_at);
CREATE INDEX complaints_responsibility ON complaints(responsibility, received_at);
CREATE INDEX complaints_severity ON complaints(severity, received_at);
CREATE INDEX complaints_customer ON complaints(customer_id, received_at);
CREATE INDEX complaints_product ON complaints(product_id);
CREATE INDEX complaints_order ON complaints(order_id);
CREATE INDEX complaints_model ON complaints(model);
CREATE INDEX complaints_closed ON complaints(closed_at);
-- Search for 1-2 characters (below the trigram length) scans this covering index with instr()
-- instead of the whole table (about half the time at 200,000 complaints). SQLite only: PostgreSQL's
-- btree refuses rows over 8 kB (long narratives) and scans the table with strpos().
-- @sqlite
CREATE INDEX complaints_text ON complaints(content, expectation, model);
-- @end
-- Overdue / due soon: not acknowledged by ack_due, no remedy proposed by remedy_due.
CREATE INDEX complaints_ack_due ON complaints(ack_due) WHERE acknowledged_at IS NULL;
CREATE INDEX complaints_remedy_due ON complaints(remedy_due) WHERE remedy_proposed_at IS NULL;

CREATE TABLE complaint_orders (
    complaint_id BIGINT NOT NULL REFERENCES complaints(id),
    order_id     BIGINT NOT NULL REFERENCES service_orders(id),
    PRIMARY KEY (complaint_id, order_id)
){{WITHOUT_ROWID}};
CREATE INDEX complaint_orders_order ON complaint_orders(order_id);

CREATE TABLE complaint_events (
    id           {{PK}},
    complaint_id BIGINT NOT NULL REFERENCES complaints(id),
    at           TEXT NOT NULL,
    user_id      BIGINT REFERENCES users(id),
    kind         TEXT NOT NULL,      -- created, acknowledged, transition, updated, reopened, imported
    from_status  TEXT,
    to_status    TEXT,
    note         TEXT
);
CREATE INDEX complaint_events_complaint ON complaint_events(complaint_id, at);

-- Substring search on the complaint text (3+ characters; shorter terms use instr()).
-- @sqlite
CREATE VIRTUAL TABLE complaints_fts USING fts5(content, expectation, customer_name, model,
    content='complaints', content_rowid='id', tokenize='trigram');
CREATE TRIGGER complaints_fts_ai AFTER INSERT ON complaints
BEGIN
    INSERT INTO complaints_fts(rowid, content, expectation, customer_name, model)
    VALUES (new.id, new.content, new.expectation, new.customer_name, new.model);
END;
CREATE TRIGGER complaints_fts_ad AFTER DELETE ON complaints
BEGIN
    INSERT INTO complaints_fts(complaints_fts, rowid, content, expectation, customer_name, model)
    VALUES ('delete', old.id, old.content, old.expectation, old.customer_name, old.model);
END;
CREATE TRIGGER complaints_fts_au AFTER UPDATE OF content, expectation, customer_name, model ON complaints
BEGIN
    INSERT INTO complaints_fts(complaints_fts, rowid, content, expectation, customer_name, model)
    VALUES ('delete', old.id, old.content, old.expectation, old.customer_name, old.model);
    INSERT INTO complaints_fts(rowid, content, expectation, customer_name, model)
    VALUES (new.id, new.content, new.expectation, new.customer_name, new.model);
END;
-- @end
