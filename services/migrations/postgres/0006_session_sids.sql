-- Which sign-in session at the identity provider (the ID token's `sid`) each portal session
-- belongs to, so that a front-channel sign-out ends them all. Times as in 0003.
CREATE TABLE session_sids (
    session_id TEXT PRIMARY KEY,
    sid TEXT NOT NULL,
    created_at TEXT COLLATE "C" NOT NULL
);
CREATE INDEX session_sids_by_sid ON session_sids (sid);
