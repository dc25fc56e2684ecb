-- Requests to invite a guest from people who may not invite directly (or for a partner domain
-- whose rule needs approval): the Invite form as typed, the business reason, and the answer.
-- Times as in 0003 (RFC 3339, UTC, milliseconds: text that sorts as time).
CREATE TABLE invitation_requests (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    -- Who asked: directory object id, as the audit trail names them, and where to mail them.
    requester_id TEXT NOT NULL,
    requester_name TEXT NOT NULL,
    requester_mail TEXT NOT NULL,
    -- The guest's address and its domain (lower case), for the approvers of that domain.
    email TEXT NOT NULL,
    domain TEXT NOT NULL,
    -- The Invite form as typed (JSON), and why the guest is needed.
    form TEXT NOT NULL,
    reason TEXT NOT NULL,
    -- Which rule made this a request, in words.
    why_request TEXT NOT NULL,
    -- 'pending', 'approved', 'denied' or 'expired'.
    state TEXT NOT NULL DEFAULT 'pending',
    asked_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    decided_at TEXT,
    -- The approver (as the audit trail names them) and their comment.
    decided_by TEXT,
    comment TEXT,
    -- The invited guest's object id, once approved.
    guest_id TEXT
);
CREATE INDEX invitation_requests_state ON invitation_requests (state, expires_at);
CREATE INDEX invitation_requests_requester ON invitation_requests (requester_id, id);
