-- Durable background jobs (bulk operations): one `jobs` row per job, one `job_rows` row per input.
-- Times are RFC 3339 UTC text with milliseconds ("2026-11-23T17:00:00.000Z"), like
-- audit_events.at; the width is fixed, so text order is time order and leases compare as text.
CREATE TABLE jobs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    -- Who started it, as JSON: {"name", "object_id", "roles"}.
    actor TEXT NOT NULL,
    -- The same object id again, so the jobs a person may see can be filtered in SQL.
    actor_id TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    finished_at TEXT,
    state TEXT NOT NULL CHECK (state IN ('queued', 'running', 'paused', 'cancelled', 'done')),
    total INTEGER NOT NULL
);
CREATE INDEX jobs_by_actor ON jobs (actor_id, id);

CREATE TABLE job_rows (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    job_id INTEGER NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    -- 1 for the first input.
    row_number INTEGER NOT NULL,
    input TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'in_flight', 'done', 'failed', 'cancelled')),
    result TEXT,
    error TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    -- The worker instance that runs (or last ran) the row, and until when it may.
    lease_owner TEXT,
    lease_until TEXT,
    updated_at TEXT NOT NULL,
    UNIQUE (job_id, row_number)
);
-- What workers look for: rows still to run, in order.
CREATE INDEX job_rows_open ON job_rows (job_id, row_number) WHERE state IN ('pending', 'in_flight');
