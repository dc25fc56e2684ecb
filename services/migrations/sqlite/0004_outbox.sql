-- Mail Guestlist sends itself, queued with the audit row of the change that asked for it and
-- delivered by the worker. Times as in 0003 (RFC 3339 UTC text with milliseconds).
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at TEXT NOT NULL,
    -- The composed mail (services::mail::OutgoingMail) as JSON.
    mail TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    last_error TEXT,
    sent_at TEXT,
    -- The worker instance sending it right now, and until when it may.
    lease_owner TEXT,
    lease_until TEXT
);
CREATE INDEX outbox_pending ON outbox (next_attempt_at, id) WHERE state = 'pending';
