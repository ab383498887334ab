-- Follow-up calls (回访): scheduled by rule when an order is completed / accepted, and as
-- maintenance reminders; worked through the agents' daily call queue.
CREATE TABLE followups (
    id             {{PK}},
    order_id       BIGINT REFERENCES service_orders(id),
    customer_id    BIGINT NOT NULL REFERENCES customers(id),
    product_id     BIGINT REFERENCES products(id),
    technician_id  BIGINT REFERENCES users(id),        -- who did the work (per-technician satisfaction)
    kind           TEXT NOT NULL CHECK (kind IN ('first','months','maintenance')),
    months         INTEGER,                            -- kind 'months': this many months after acceptance
    due_date       TEXT NOT NULL,                      -- site-local day YYYY-MM-DD: call by this day
    status         TEXT NOT NULL DEFAULT 'pending'
                   CHECK (status IN ('pending','done','refused','unreachable','cancelled')),
    outcome        TEXT CHECK (outcome IN ('reached','not_reached','refused')),
    satisfaction   INTEGER CHECK (satisfaction BETWEEN 1 AND 5),
    attempts       INTEGER NOT NULL DEFAULT 0,
    next_call_at   TEXT,                               -- UTC; not-reached calls come back from then
    agent_id       BIGINT REFERENCES users(id),        -- who made the (last) call
    done_at        TEXT,                               -- UTC; set when done or refused (a completed follow-up)
    done_on        TEXT,
    finished_at    TEXT,                               -- UTC; when it left the queue (done, refused, given up, cancelled)                               -- the same as a site-local day (on time: done_on <= due_date)
    comments       TEXT,
    new_order_id   BIGINT REFERENCES service_orders(id),
    cancel_reason  TEXT,
    created_at     TEXT NOT NULL,
    created_by     BIGINT REFERENCES users(id),
    updated_at     TEXT NOT NULL,
    updated_by     BIGINT REFERENCES users(id),
    row_version    INTEGER NOT NULL DEFAULT 1
);
-- The call queue: pending calls by day; history and KPIs by completion time and order.
CREATE INDEX followups_queue ON followups(status, due_date, id);
CREATE INDEX followups_order ON followups(order_id, kind);
CREATE INDEX followups_customer ON followups(customer_id, due_date);
CREATE INDEX followups_done ON followups(done_at);
CREATE INDEX followups_finished ON followups(finished_at);
CREATE INDEX followups_agent ON followups(agent_id, done_at);
CREATE INDEX followups_technician ON followups(technician_id, done_at);

-- Every call attempt, reached or not.
CREATE TABLE followup_calls (
    id           {{PK}},
    followup_id  BIGINT NOT NULL REFERENCES followups(id),
    at           TEXT NOT NULL,
    agent_id     BIGINT REFERENCES users(id),
    outcome      TEXT NOT NULL CHECK (outcome IN ('reached','not_reached','refused')),
    satisfaction INTEGER CHECK (satisfaction BETWEEN 1 AND 5),
    comments     TEXT
);
CREATE INDEX followup_calls_followup ON followup_calls(followup_id, at);

-- Maintenance reminders: the next maintenance date of a product (set when a maintenance or
-- installation order is accepted, or typed by the agent).
ALTER TABLE products ADD COLUMN next_maintenance_on TEXT;
