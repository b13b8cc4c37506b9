-- The application's own role: it may only read and append to the event table (README, "Database
-- roles"); the migrations run as casebook, the database's owner, who hands the application the rest.
CREATE ROLE casebook_app LOGIN PASSWORD 'casebook_app';
GRANT casebook_app TO casebook;
