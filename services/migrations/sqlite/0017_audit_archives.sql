-- Audit rows past the retention period (Settings page) are written to a file first, then leave
-- the database. Each archive is recorded here, and the append-only trigger lets only rows inside a
-- recorded archive be deleted: nothing leaves the trail without a file that holds it.
CREATE TABLE audit_archives (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    -- The audit ids the file holds (those older than `before` in this range).
    first_id INTEGER NOT NULL,
    last_id INTEGER NOT NULL,
    row_count INTEGER NOT NULL,
    -- Rows older than this (RFC 3339, UTC) were archived.
    archived_before TEXT NOT NULL,
    -- The file (JSON Lines), as a path on the server that wrote it.
    file TEXT NOT NULL,
    archived_at TEXT NOT NULL
);
DROP TRIGGER IF EXISTS audit_events_no_delete;
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
WHEN NOT EXISTS (SELECT 1 FROM audit_archives WHERE OLD.id BETWEEN first_id AND last_id AND OLD.at < archived_before)
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: only rows archived to a file may leave it'); END;
