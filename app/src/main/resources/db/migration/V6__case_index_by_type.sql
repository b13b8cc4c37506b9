-- Case types seen across municipalities (the ministry's networks) or with a rule that is not a single
-- municipality (networks a municipality founded or belongs to) are listed by type and opening time.
CREATE INDEX case_index_by_type ON case_index (case_type, opened_at DESC, case_id);
