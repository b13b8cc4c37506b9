-- After every migration: the application's role (${app_role}) owns and may change everything except
-- the audit trail, which it may only read and append to. Migrations run as the owner of these
-- tables; the application connects as ${app_role} (see README, "Database roles").
DO
$$
    DECLARE
        app       TEXT := '${app_role}';
        protected TEXT[] := ARRAY ['domainevententry', 'audit_digest', 'flyway_schema_history'];
        t         RECORD;
    BEGIN
        IF app = current_user OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
            RAISE WARNING 'Casebook: the application role % does not exist or runs the migrations itself: the event table is not append-only', app;
            RETURN;
        END IF;
        EXECUTE format('GRANT USAGE, CREATE ON SCHEMA %I TO %I', current_schema(), app);
        FOR t IN SELECT c.relname FROM pg_class c
                 WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p')
                   AND pg_get_userbyid(c.relowner) <> app AND NOT c.relname = ANY (protected)
            LOOP
                EXECUTE format('ALTER TABLE %I OWNER TO %I', t.relname, app);
            END LOOP;
        EXECUTE format('REVOKE ALL ON domainevententry, audit_digest, flyway_schema_history FROM %I', app);
        EXECUTE format('GRANT SELECT, INSERT ON domainevententry, audit_digest TO %I', app);
        EXECUTE format('GRANT SELECT ON flyway_schema_history TO %I', app);
        EXECUTE format('GRANT USAGE ON SEQUENCE domainevententry_globalindex_seq TO %I', app);
    END
$$;
