-- Review campaigns and lifecycle rules. A campaign asks each guest's sponsors (or a fallback
-- reviewer) whether the guest still needs access; its decisions are applied once it has ended.
-- Lifecycle rules run every day and act on the guests they match. Times as in 0003.
CREATE TABLE review_campaigns (
    id BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL,
    -- 'all', 'domain', 'group', 'inactive' or 'pending', with its value (domain, group id, days).
    scope_kind TEXT NOT NULL,
    scope_value TEXT NOT NULL DEFAULT '',
    -- Who reviews guests without a sponsor who can act, and items routed with "I don't know them".
    fallback_id TEXT NOT NULL,
    fallback_name TEXT NOT NULL,
    fallback_mail TEXT,
    starts_at TEXT COLLATE "C" NOT NULL,
    ends_at TEXT COLLATE "C" NOT NULL,
    -- What happens to guests nobody reviewed: 'no_change', 'end' or 'keep'.
    unreviewed TEXT NOT NULL,
    -- 'open' until an Admin applies it, then 'applied'.
    state TEXT NOT NULL DEFAULT 'open',
    created_by TEXT NOT NULL,
    created_at TEXT COLLATE "C" NOT NULL,
    applied_by TEXT,
    applied_at TEXT COLLATE "C",
    -- Guests in the scope whose activity could not be told (no sign-in data), one per line:
    -- listed, never reviewed or changed.
    cannot_tell TEXT NOT NULL DEFAULT '',
    -- When the automatic reminders went out (half-way, two days before the end).
    reminded_half_at TEXT COLLATE "C",
    reminded_last_at TEXT COLLATE "C"
);

-- One guest in a campaign, with the evidence read when the campaign started, the decision and
-- what applying it did. `row_hash` chains the report's rows (each over the one before).
CREATE TABLE review_items (
    id BIGSERIAL PRIMARY KEY,
    campaign_id BIGINT NOT NULL REFERENCES review_campaigns (id),
    guest_id TEXT NOT NULL,
    guest_name TEXT NOT NULL,
    guest_mail TEXT,
    evidence TEXT NOT NULL,
    -- Set when a reviewer said "I don't know this person" and the item went to the fallback.
    routed TEXT,
    -- 'keep', 'extend' or 'end'; NULL while open.
    decision TEXT,
    extend_until TEXT COLLATE "C",
    justification TEXT,
    decided_by TEXT,
    decided_at TEXT COLLATE "C",
    -- What applying did, in words, and when; when it was undone.
    outcome TEXT,
    applied_at TEXT COLLATE "C",
    undone_at TEXT COLLATE "C",
    row_hash TEXT
);
CREATE INDEX review_items_campaign ON review_items (campaign_id);

-- Who may decide an item: a sponsor (checked against Graph again when they decide) or the fallback.
CREATE TABLE review_reviewers (
    item_id BIGINT NOT NULL REFERENCES review_items (id),
    reviewer_id TEXT NOT NULL,
    reviewer_name TEXT NOT NULL,
    reviewer_mail TEXT,
    -- 'sponsor' or 'fallback'.
    via TEXT NOT NULL,
    PRIMARY KEY (item_id, reviewer_id)
);
CREATE INDEX review_reviewers_reviewer ON review_reviewers (reviewer_id);

-- Lifecycle rules, evaluated daily by the worker in order of priority (lowest first); a guest
-- is handled by the first rule that matches them.
CREATE TABLE lifecycle_rules (
    id BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL,
    -- 'attestation', 'inactivity', 'sponsors' or 'unredeemed', with its number (days or sponsors).
    kind TEXT NOT NULL,
    threshold BIGINT NOT NULL,
    -- 'notify', 'disable' or 'disable_delete'.
    action TEXT NOT NULL,
    scope_kind TEXT NOT NULL,
    scope_value TEXT NOT NULL DEFAULT '',
    priority BIGINT NOT NULL,
    enabled BIGINT NOT NULL DEFAULT 1,
    created_by TEXT NOT NULL,
    created_at TEXT COLLATE "C" NOT NULL,
    last_run_at TEXT COLLATE "C",
    last_changed BIGINT NOT NULL DEFAULT 0,
    last_skipped BIGINT NOT NULL DEFAULT 0,
    last_summary TEXT
);

-- What each rule did to whom: a second run skips a guest it acted on already.
CREATE TABLE lifecycle_rule_actions (
    id BIGSERIAL PRIMARY KEY,
    rule_id BIGINT NOT NULL REFERENCES lifecycle_rules (id),
    guest_id TEXT NOT NULL,
    guest_name TEXT NOT NULL,
    -- 'notified', 'disabled' or 'ending'.
    action TEXT NOT NULL,
    evidence TEXT NOT NULL,
    at TEXT COLLATE "C" NOT NULL,
    undone_at TEXT COLLATE "C"
);
CREATE INDEX lifecycle_rule_actions_guest ON lifecycle_rule_actions (rule_id, guest_id);

-- The kill switch: while on, no rule, campaign or grace period changes any account.
CREATE TABLE review_controls (
    id BIGINT PRIMARY KEY,
    kill_switch BIGINT NOT NULL DEFAULT 0,
    changed_by TEXT,
    changed_at TEXT COLLATE "C"
);
INSERT INTO review_controls (id, kill_switch) VALUES (1, 0);
