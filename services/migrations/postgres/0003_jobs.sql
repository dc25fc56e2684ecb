-- Durable background jobs (bulk operations): one `jobs` row per job, one `job_rows` row per input.
-- Times are RFC 3339 UTC text with milliseconds ("2026-11-23T17:00:00.000Z"), like
-- audit_events.at; the width is fixed, so text order is time order and leases compare as text.
-- They use the "C" collation so that comparing them is byte order whatever the database's
-- default (PostgreSQL documentation, "Collation Support").
CREATE TABLE jobs (
    id BIGSERIAL PRIMARY KEY,
    kind TEXT NOT NULL,
    -- Who started it: {"name", "object_id", "roles"}.
    actor JSONB NOT NULL,
    -- The same object id again, so the jobs a person may see can be filtered simply.
    actor_id TEXT,
    created_at TEXT COLLATE "C" NOT NULL,
    updated_at TEXT COLLATE "C" NOT NULL,
    finished_at TEXT COLLATE "C",
    state TEXT NOT NULL CHECK (state IN ('queued', 'running', 'paused', 'cancelled', 'done')),
    total BIGINT NOT NULL
);
CREATE INDEX jobs_by_actor ON jobs (actor_id, id);

CREATE TABLE job_rows (
    id BIGSERIAL PRIMARY KEY,
    job_id BIGINT NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    -- 1 for the first input.
    row_number BIGINT NOT NULL,
    input JSONB NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'in_flight', 'done', 'failed', 'cancelled')),
    result JSONB,
    error TEXT,
    attempts BIGINT NOT NULL DEFAULT 0,
    -- The worker instance that runs (or last ran) the row, and until when it may.
    lease_owner TEXT,
    lease_until TEXT COLLATE "C",
    updated_at TEXT COLLATE "C" NOT NULL,
    UNIQUE (job_id, row_number)
);
-- What workers look for: rows still to run, in order.
CREATE INDEX job_rows_open ON job_rows (job_id, row_number) WHERE state IN ('pending', 'in_flight');
