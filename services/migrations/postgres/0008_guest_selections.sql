-- Previews of an action on several guests (ticked on the Guests list, or all matching its filter):
-- who would change and who is skipped, kept so that the confirmation posts only the preview's id
-- and only its owner can confirm it. Times as in 0003.
CREATE TABLE guest_selections (
    -- Random (a UUID): the confirmation form and the status page's address carry it.
    id TEXT PRIMARY KEY,
    -- Who made it: their object id, or the operator's name at the command line.
    owner_id TEXT NOT NULL,
    created_at TEXT COLLATE "C" NOT NULL,
    -- The preview as JSON: the action, who changes, who is skipped and why.
    preview JSONB NOT NULL,
    -- The job the confirmation started.
    job_id BIGINT REFERENCES jobs (id)
);
