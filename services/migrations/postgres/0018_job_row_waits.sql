-- A row Graph throttled (429) goes back to waiting until `not_before` instead of failing;
-- `throttled` counts those returns, so a row that never gets through still ends, failed.
ALTER TABLE job_rows ADD COLUMN not_before TEXT COLLATE "C";
ALTER TABLE job_rows ADD COLUMN throttled BIGINT NOT NULL DEFAULT 0;
