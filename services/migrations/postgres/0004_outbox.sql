-- Mail Guestlist sends itself, queued with the audit row of the change that asked for it and
-- delivered by the worker. Times as in 0003 (RFC 3339 UTC text with milliseconds, collation "C").
CREATE TABLE outbox (
    id BIGSERIAL PRIMARY KEY,
    created_at TEXT COLLATE "C" NOT NULL,
    -- The composed mail (services::mail::OutgoingMail).
    mail JSONB NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'failed')),
    attempts BIGINT NOT NULL DEFAULT 0,
    next_attempt_at TEXT COLLATE "C" NOT NULL,
    last_error TEXT,
    sent_at TEXT COLLATE "C",
    -- The worker instance sending it right now, and until when it may.
    lease_owner TEXT,
    lease_until TEXT COLLATE "C"
);
CREATE INDEX outbox_pending ON outbox (next_attempt_at, id) WHERE state = 'pending';
