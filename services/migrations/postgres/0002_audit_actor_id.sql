-- Who acted, by directory object id (names and user names can change); empty for the command line.
ALTER TABLE audit_events ADD COLUMN IF NOT EXISTS actor_id TEXT;
