-- KPI figures of closed months (core/reports/KpiCache.cpp): the numerators and denominators of the
-- rates and the mean time to resolve of one month, so that the 12-month trends read 11 stored months
-- instead of ~1 M index entries per KPI. A derived cache, not business data (no audit, no row_version).
--
-- Never stale: the triggers below delete every cached month that a change of a row feeding the
-- figures could touch (the row's old and new KPI dates), whoever makes the change (this PC, another
-- PC, the CLI, an import). A reader first claims the months it will compute (a row with its token and
-- no figures), computes, then stores only where its claim still stands: a change committed in between
-- deleted the claim, so the figures computed meanwhile are shown but never stored. Bulk loads drop
-- these triggers and empty the cache instead (storage/BulkLoad.cpp).
CREATE TABLE kpi_month_cache (
    from_utc    TEXT NOT NULL,      -- the month as the period's UTC range [from_utc, to_utc) (site time zone)
    to_utc      TEXT NOT NULL,
    token       TEXT NOT NULL,      -- the computation that claimed the row
    engine      INTEGER NOT NULL,   -- version of the KPI formulas that computed the figures
    figures     TEXT,               -- JSON {"kpi code": [numerator, denominator, available]}; NULL: claimed
    computed_at TEXT,
    PRIMARY KEY (from_utc, to_utc)
);

-- @sqlite
-- Service orders: the months of opened_at (response, repeat repair), completed_at (on time, complaint
-- rate, coverage, MTTR), resolve_due (on time), accepted_at (first-time fix, repeat repair); a rework
-- also the months whose acceptances it can be within 30 days of (first-time fix of the month before).
CREATE TRIGGER service_orders_kpi_cache_ai AFTER INSERT ON service_orders
BEGIN
    DELETE FROM kpi_month_cache WHERE (from_utc <= NEW.opened_at AND to_utc > NEW.opened_at)
        OR (from_utc <= NEW.completed_at AND to_utc > NEW.completed_at)
        OR (from_utc <= NEW.resolve_due AND to_utc > NEW.resolve_due)
        OR (from_utc <= NEW.accepted_at AND to_utc > NEW.accepted_at)
        OR (NEW.rework_of IS NOT NULL AND from_utc <= NEW.opened_at
            AND to_utc > strftime('%Y-%m-%dT%H:%M:%SZ', NEW.opened_at, '-30 days'));
END;
CREATE TRIGGER service_orders_kpi_cache_au AFTER UPDATE OF opened_at, acknowledged_at, ack_due, resolve_due, completed_at,
    accepted_at, status, warranty_status, rework_of, resolve_working_minutes ON service_orders
BEGIN
    DELETE FROM kpi_month_cache WHERE (from_utc <= NEW.opened_at AND to_utc > NEW.opened_at)
        OR (from_utc <= NEW.completed_at AND to_utc > NEW.completed_at)
        OR (from_utc <= NEW.resolve_due AND to_utc > NEW.resolve_due)
        OR (from_utc <= NEW.accepted_at AND to_utc > NEW.accepted_at)
        OR (NEW.rework_of IS NOT NULL AND from_utc <= NEW.opened_at
            AND to_utc > strftime('%Y-%m-%dT%H:%M:%SZ', NEW.opened_at, '-30 days'))
        OR (from_utc <= OLD.opened_at AND to_utc > OLD.opened_at)
        OR (from_utc <= OLD.completed_at AND to_utc > OLD.completed_at)
        OR (from_utc <= OLD.resolve_due AND to_utc > OLD.resolve_due)
        OR (from_utc <= OLD.accepted_at AND to_utc > OLD.accepted_at)
        OR (OLD.rework_of IS NOT NULL AND from_utc <= OLD.opened_at
            AND to_utc > strftime('%Y-%m-%dT%H:%M:%SZ', OLD.opened_at, '-30 days'));
END;
CREATE TRIGGER service_orders_kpi_cache_ad AFTER DELETE ON service_orders
BEGIN
    DELETE FROM kpi_month_cache WHERE (from_utc <= OLD.opened_at AND to_utc > OLD.opened_at)
        OR (from_utc <= OLD.completed_at AND to_utc > OLD.completed_at)
        OR (from_utc <= OLD.resolve_due AND to_utc > OLD.resolve_due)
        OR (from_utc <= OLD.accepted_at AND to_utc > OLD.accepted_at)
        OR (OLD.rework_of IS NOT NULL AND from_utc <= OLD.opened_at
            AND to_utc > strftime('%Y-%m-%dT%H:%M:%SZ', OLD.opened_at, '-30 days'));
END;
-- Follow-ups: the month of done_at (satisfaction) and, for a first follow-up, the month its order was
-- completed in (follow-up coverage: a late call changes the month before).
CREATE TRIGGER followups_kpi_cache_ai AFTER INSERT ON followups
BEGIN
    DELETE FROM kpi_month_cache WHERE (from_utc <= NEW.done_at AND to_utc > NEW.done_at)
        OR (NEW.kind = 'first' AND EXISTS (SELECT 1 FROM service_orders o WHERE o.id = NEW.order_id
                                           AND from_utc <= o.completed_at AND to_utc > o.completed_at));
END;
CREATE TRIGGER followups_kpi_cache_au AFTER UPDATE OF order_id, kind, done_at, satisfaction ON followups
BEGIN
    DELETE FROM kpi_month_cache WHERE (from_utc <= NEW.done_at AND to_utc > NEW.done_at)
        OR (from_utc <= OLD.done_at AND to_utc > OLD.done_at)
        OR EXISTS (SELECT 1 FROM service_orders o WHERE o.id IN (NEW.order_id, OLD.order_id)
                   AND from_utc <= o.completed_at AND to_utc > o.completed_at);
END;
CREATE TRIGGER followups_kpi_cache_ad AFTER DELETE ON followups
BEGIN
    DELETE FROM kpi_month_cache WHERE (from_utc <= OLD.done_at AND to_utc > OLD.done_at)
        OR EXISTS (SELECT 1 FROM service_orders o WHERE o.id = OLD.order_id
                   AND from_utc <= o.completed_at AND to_utc > o.completed_at);
END;
-- Complaints: the month received (complaint rate).
CREATE TRIGGER complaints_kpi_cache_ai AFTER INSERT ON complaints
BEGIN
    DELETE FROM kpi_month_cache WHERE from_utc <= NEW.received_at AND to_utc > NEW.received_at;
END;
CREATE TRIGGER complaints_kpi_cache_au AFTER UPDATE OF received_at, responsibility ON complaints
BEGIN
    DELETE FROM kpi_month_cache WHERE (from_utc <= NEW.received_at AND to_utc > NEW.received_at)
        OR (from_utc <= OLD.received_at AND to_utc > OLD.received_at);
END;
CREATE TRIGGER complaints_kpi_cache_ad AFTER DELETE ON complaints
BEGIN
    DELETE FROM kpi_month_cache WHERE from_utc <= OLD.received_at AND to_utc > OLD.received_at;
END;
-- Parts issued to orders: the month of the issue (parts fill rate). The ledger is append-only.
CREATE TRIGGER stock_movements_kpi_cache_ai AFTER INSERT ON stock_movements
WHEN NEW.type = 'issue' AND NEW.order_id IS NOT NULL
BEGIN
    DELETE FROM kpi_month_cache WHERE from_utc <= NEW.at AND to_utc > NEW.at;
END;
-- An order waiting for parts: its month, and every later month (its later issues no longer count as
-- filled from stock). Recorded at the time of the change, so only imports of history reach closed months.
CREATE TRIGGER order_events_kpi_cache_ai AFTER INSERT ON order_events
WHEN NEW.to_status = 'awaiting_parts'
BEGIN
    DELETE FROM kpi_month_cache WHERE to_utc > NEW.at;
END;
CREATE TRIGGER order_events_kpi_cache_ad AFTER DELETE ON order_events
WHEN OLD.to_status = 'awaiting_parts'
BEGIN
    DELETE FROM kpi_month_cache WHERE to_utc > OLD.at;
END;
-- @postgres
-- The same rules as statement-level triggers over the transition tables (one DELETE per statement,
-- also for multi-row inserts). The DELETE always runs, so the writer holds ROW EXCLUSIVE on the cache
-- until it commits, and a reader's claim (LOCK ... SHARE ROW EXCLUSIVE) waits for it.
CREATE FUNCTION kpi_cache_orders_changed() RETURNS trigger AS $$
BEGIN
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        DELETE FROM kpi_month_cache k WHERE EXISTS (SELECT 1 FROM kpi_new r WHERE
               (k.from_utc <= r.opened_at AND k.to_utc > r.opened_at)
            OR (k.from_utc <= r.completed_at AND k.to_utc > r.completed_at)
            OR (k.from_utc <= r.resolve_due AND k.to_utc > r.resolve_due)
            OR (k.from_utc <= r.accepted_at AND k.to_utc > r.accepted_at)
            OR (r.rework_of IS NOT NULL AND k.from_utc <= r.opened_at AND k.to_utc >
                to_char(CAST(r.opened_at AS timestamp) - interval '30 days', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')));
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM kpi_month_cache k WHERE EXISTS (SELECT 1 FROM kpi_old r WHERE
               (k.from_utc <= r.opened_at AND k.to_utc > r.opened_at)
            OR (k.from_utc <= r.completed_at AND k.to_utc > r.completed_at)
            OR (k.from_utc <= r.resolve_due AND k.to_utc > r.resolve_due)
            OR (k.from_utc <= r.accepted_at AND k.to_utc > r.accepted_at)
            OR (r.rework_of IS NOT NULL AND k.from_utc <= r.opened_at AND k.to_utc >
                to_char(CAST(r.opened_at AS timestamp) - interval '30 days', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')));
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION kpi_cache_followups_changed() RETURNS trigger AS $$
BEGIN
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        DELETE FROM kpi_month_cache k WHERE EXISTS (SELECT 1 FROM kpi_new r LEFT JOIN service_orders o ON o.id = r.order_id WHERE
               (k.from_utc <= r.done_at AND k.to_utc > r.done_at)
            OR (k.from_utc <= o.completed_at AND k.to_utc > o.completed_at));
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM kpi_month_cache k WHERE EXISTS (SELECT 1 FROM kpi_old r LEFT JOIN service_orders o ON o.id = r.order_id WHERE
               (k.from_utc <= r.done_at AND k.to_utc > r.done_at)
            OR (k.from_utc <= o.completed_at AND k.to_utc > o.completed_at));
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION kpi_cache_complaints_changed() RETURNS trigger AS $$
BEGIN
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        DELETE FROM kpi_month_cache k WHERE EXISTS (SELECT 1 FROM kpi_new r WHERE k.from_utc <= r.received_at AND k.to_utc > r.received_at);
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM kpi_month_cache k WHERE EXISTS (SELECT 1 FROM kpi_old r WHERE k.from_utc <= r.received_at AND k.to_utc > r.received_at);
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION kpi_cache_movements_changed() RETURNS trigger AS $$
BEGIN
    DELETE FROM kpi_month_cache k WHERE EXISTS (SELECT 1 FROM kpi_new r WHERE r.type = 'issue' AND r.order_id IS NOT NULL
                                                AND k.from_utc <= r.at AND k.to_utc > r.at);
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION kpi_cache_events_changed() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        DELETE FROM kpi_month_cache k WHERE EXISTS (SELECT 1 FROM kpi_new r WHERE r.to_status = 'awaiting_parts' AND k.to_utc > r.at);
    ELSE
        DELETE FROM kpi_month_cache k WHERE EXISTS (SELECT 1 FROM kpi_old r WHERE r.to_status = 'awaiting_parts' AND k.to_utc > r.at);
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;
-- Triggers inside DO: the migration splitter ends a statement starting with CREATE TRIGGER at "END;".
DO $$
BEGIN
    CREATE TRIGGER service_orders_kpi_cache_ai AFTER INSERT ON service_orders REFERENCING NEW TABLE AS kpi_new
    FOR EACH STATEMENT EXECUTE FUNCTION kpi_cache_orders_changed();
    CREATE TRIGGER service_orders_kpi_cache_au AFTER UPDATE ON service_orders REFERENCING OLD TABLE AS kpi_old NEW TABLE AS kpi_new
    FOR EACH STATEMENT EXECUTE FUNCTION kpi_cache_orders_changed();
    CREATE TRIGGER service_orders_kpi_cache_ad AFTER DELETE ON service_orders REFERENCING OLD TABLE AS kpi_old
    FOR EACH STATEMENT EXECUTE FUNCTION kpi_cache_orders_changed();
    CREATE TRIGGER followups_kpi_cache_ai AFTER INSERT ON followups REFERENCING NEW TABLE AS kpi_new
    FOR EACH STATEMENT EXECUTE FUNCTION kpi_cache_followups_changed();
    CREATE TRIGGER followups_kpi_cache_au AFTER UPDATE ON followups REFERENCING OLD TABLE AS kpi_old NEW TABLE AS kpi_new
    FOR EACH STATEMENT EXECUTE FUNCTION kpi_cache_followups_changed();
    CREATE TRIGGER followups_kpi_cache_ad AFTER DELETE ON followups REFERENCING OLD TABLE AS kpi_old
    FOR EACH STATEMENT EXECUTE FUNCTION kpi_cache_followups_changed();
    CREATE TRIGGER complaints_kpi_cache_ai AFTER INSERT ON complaints REFERENCING NEW TABLE AS kpi_new
    FOR EACH STATEMENT EXECUTE FUNCTION kpi_cache_complaints_changed();
    CREATE TRIGGER complaints_kpi_cache_au AFTER UPDATE ON complaints REFERENCING OLD TABLE AS kpi_old NEW TABLE AS kpi_new
    FOR EACH STATEMENT EXECUTE FUNCTION kpi_cache_complaints_changed();
    CREATE TRIGGER complaints_kpi_cache_ad AFTER DELETE ON complaints REFERENCING OLD TABLE AS kpi_old
    FOR EACH STATEMENT EXECUTE FUNCTION kpi_cache_complaints_changed();
    CREATE TRIGGER stock_movements_kpi_cache_ai AFTER INSERT ON stock_movements REFERENCING NEW TABLE AS kpi_new
    FOR EACH STATEMENT EXECUTE FUNCTION kpi_cache_movements_changed();
    CREATE TRIGGER order_events_kpi_cache_ai AFTER INSERT ON order_events REFERENCING NEW TABLE AS kpi_new
    FOR EACH STATEMENT EXECUTE FUNCTION kpi_cache_events_changed();
    CREATE TRIGGER order_events_kpi_cache_ad AFTER DELETE ON order_events REFERENCING OLD TABLE AS kpi_old
    FOR EACH STATEMENT EXECUTE FUNCTION kpi_cache_events_changed();
END $$;
-- @end
