-- Bulk invitations: the file as read and checked (the preview, row by row, with the inviter's
-- fixes), kept so the preview survives reloads and only its owner can change or send it; and,
-- once sent, the job that invites. Times as in 0003.
CREATE TABLE bulk_invites (
    -- Random (a UUID): the pages' addresses carry it.
    id TEXT PRIMARY KEY,
    -- Who made it: their object id, or the operator's name at the command line.
    owner_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    -- The preview as JSON: the rows, what was found for each, the fixes and choices.
    invite TEXT NOT NULL,
    -- The job the confirmation started.
    job_id INTEGER REFERENCES jobs (id)
);
