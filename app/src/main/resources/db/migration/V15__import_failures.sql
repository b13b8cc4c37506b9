-- An import that keeps failing (not a row refused: the run itself, such as a file that cannot be read
-- again) is resumed a few times, then ends as failed instead of being retried for ever.
ALTER TABLE case_import ADD COLUMN failures INTEGER NOT NULL DEFAULT 0;
ALTER TABLE case_import ADD COLUMN failure TEXT;
