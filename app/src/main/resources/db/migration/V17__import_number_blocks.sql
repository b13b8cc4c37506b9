-- An import sets its rows' case numbers aside once, when it first runs: the n-th valid row of the
-- dry run gets the n-th number of the block, whichever node runs it and however often it is resumed,
-- and its batches can run side by side without waiting for the counter row.
ALTER TABLE case_import ADD COLUMN numbers_year INTEGER;
ALTER TABLE case_import ADD COLUMN numbers_first INTEGER;
