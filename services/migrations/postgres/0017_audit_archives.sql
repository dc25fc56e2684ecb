-- Audit rows past the retention period (Settings page) are written to a file first, then leave
-- the database. Each archive is recorded here, and the append-only trigger lets only rows inside a
-- recorded archive be deleted: nothing leaves the trail without a file that holds it.
CREATE TABLE audit_archives (
    id BIGSERIAL PRIMARY KEY,
    -- The audit ids the file holds (those older than `before` in this range).
    first_id BIGINT NOT NULL,
    last_id BIGINT NOT NULL,
    row_count BIGINT NOT NULL,
    -- Rows older than this (RFC 3339, UTC) were archived.
    archived_before TEXT COLLATE "C" NOT NULL,
    -- The file (JSON Lines), as a path on the server that wrote it.
    file TEXT NOT NULL,
    archived_at TEXT COLLATE "C" NOT NULL
);
CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN
    IF TG_OP = 'DELETE' AND EXISTS (
        SELECT 1 FROM audit_archives WHERE OLD.id BETWEEN first_id AND last_id AND OLD.at COLLATE "C" < archived_before
    ) THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'the audit log is append-only: only rows archived to a file may leave it';
END $$;
