-- When the sponsors of a guest being ended were mailed that the account is about to be deleted
-- (a few days before the grace period ends), so that the worker mails them once. NULL: not yet;
-- an ending (again) clears it. Times as in 0003.
ALTER TABLE guest_lifecycle ADD COLUMN warned_at TEXT;
