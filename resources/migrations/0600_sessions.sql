-- Who has the database open: each GUI or CLI session registers and keeps a heartbeat,
-- so a restore can refuse while other sessions are using the database.
CREATE TABLE sessions (
    id         {{PK}},
    host       TEXT NOT NULL,
    pid        BIGINT NOT NULL,
    login      TEXT,
    program    TEXT NOT NULL,
    started_at TEXT NOT NULL,
    last_seen  TEXT NOT NULL,
    ended_at   TEXT
);
CREATE INDEX sessions_active ON sessions(ended_at, last_seen);
