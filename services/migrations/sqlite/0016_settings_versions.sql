-- The Settings page's document (partner rules, approvers, request expiry, redirect prefixes,
-- blocked domains, audit retention), one row per saved version: the newest row is in force, older
-- ones can be viewed and restored (which saves them again as the newest). Rows are never changed.
-- Times as in 0003.
CREATE TABLE settings_versions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    -- The whole document, as JSON.
    document TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    -- Who saved it, as the audit trail names them.
    changed_by TEXT NOT NULL,
    -- What changed, in words.
    summary TEXT NOT NULL
);
