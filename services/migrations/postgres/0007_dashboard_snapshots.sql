-- The Dashboard's figures, computed in the background by the worker (reading every external user
-- is too slow for a page view). One row per kind of snapshot ('guests'); times as in 0003.
CREATE TABLE dashboard_snapshots (
    name TEXT PRIMARY KEY,
    -- When the figures were taken (NULL until the first computation finished), and the figures as JSON.
    taken_at TEXT COLLATE "C",
    figures TEXT,
    -- An Admin's "Refresh now": when, and who, as the audit trail names them.
    requested_at TEXT COLLATE "C",
    requested_by TEXT,
    -- The worker instance computing it and until when, so that several instances do not all read
    -- the whole directory at once.
    lease_owner TEXT,
    lease_until TEXT COLLATE "C",
    -- Why the last computation failed, in words, until one succeeds.
    last_error TEXT
);
