-- What Guestlist knows about each guest's access beyond Graph: until when it runs, when it is
-- reviewed next, who last confirmed it is still needed, and whether it is being ended (disabled
-- now, deleted after a grace period unless undone). One row per guest, written by sponsors' actions
-- in My guests and, later, by review campaigns and lifecycle rules (`end_cause` names which).
-- Times as in 0003 (RFC 3339, UTC, milliseconds: text that sorts as time).
CREATE TABLE guest_lifecycle (
    -- The guest's Graph object id.
    guest_id TEXT PRIMARY KEY,
    -- Their name and address when last written, for the audit trail and mails after deletion.
    guest_name TEXT NOT NULL,
    guest_mail TEXT,
    -- The last day their access is meant to run (an extension sets it); NULL: no end date set.
    access_until TEXT COLLATE "C",
    -- When their sponsors should next confirm they still need access.
    next_review_at TEXT COLLATE "C",
    -- The last "still needed" (keep or extend): when and who, as the audit trail names them.
    confirmed_at TEXT COLLATE "C",
    confirmed_by TEXT,
    -- 'active', 'ending' (disabled, deleted once delete_after passes) or 'deleted'.
    state TEXT NOT NULL DEFAULT 'active',
    ended_at TEXT COLLATE "C",
    ended_by TEXT,
    delete_after TEXT COLLATE "C",
    -- What ended them: 'sponsor' (My guests), or a campaign or rule with its id in end_cause_id.
    end_cause TEXT,
    end_cause_id TEXT,
    updated_at TEXT COLLATE "C" NOT NULL
);
CREATE INDEX guest_lifecycle_due ON guest_lifecycle (state, delete_after);

-- A guest's request for more time, with their reason: shown to their sponsors in My guests (and
-- mailed to them) until a sponsor extends or ends their access.
CREATE TABLE extension_requests (
    id BIGSERIAL PRIMARY KEY,
    guest_id TEXT NOT NULL,
    asked_at TEXT COLLATE "C" NOT NULL,
    -- The date they asked for, if they named one.
    wanted_until TEXT COLLATE "C",
    reason TEXT NOT NULL,
    -- 'open', 'granted' (extended) or 'closed' (ended, or answered otherwise).
    state TEXT NOT NULL DEFAULT 'open',
    decided_at TEXT COLLATE "C",
    decided_by TEXT
);
CREATE INDEX extension_requests_guest ON extension_requests (guest_id, state);
