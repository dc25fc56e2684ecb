-- Settings changed in the portal (for coming features), one JSON value per key. Times as in 0003.
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    -- Who changed it, as the audit trail names them.
    updated_by TEXT NOT NULL
);
