-- Runs after every migration (Flyway callback): the service's runtime role gets only what it needs.
-- Migrations run as the schema owner; the service connects as ${kikan_app_role}, which
--  * may only SELECT and INSERT on append-only tables (those guarded by an append-only trigger: history,
--    access log, outbox, command log, …), so not even the service itself can rewrite the record, and it
--    can neither disable a trigger nor alter a table (only an owner can);
--  * may SELECT, INSERT and UPDATE the other tables (heads, counters, projections, cursors), never DELETE;
--  * may only SELECT from views (a view reads its tables with its owner's rights, and nothing writes through one).
-- 'none' (the default) grants nothing: owner and runtime role are then one role (a local single-user setup).
DO $$
DECLARE
    app  text := '${kikan_app_role}';
    t    record;
BEGIN
    IF app = 'none' OR app = '' THEN
        RETURN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
        RAISE EXCEPTION 'runtime role % does not exist: create it (LOGIN, no other rights) before migrating', app;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), app);
    FOR t IN
        SELECT c.relname,
               EXISTS (SELECT 1 FROM pg_trigger g JOIN pg_proc p ON p.oid = g.tgfoid
                       WHERE g.tgrelid = c.oid
                         AND p.proname IN ('platform_reject_modification', 'kikan_refuse_change')) AS append_only
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
    LOOP
        EXECUTE format('REVOKE ALL ON %I FROM %I', t.relname, app);
        IF t.relname = '${flyway:table}' THEN
            CONTINUE;
        ELSIF t.append_only THEN
            EXECUTE format('GRANT SELECT, INSERT ON %I TO %I', t.relname, app);
        ELSE
            EXECUTE format('GRANT SELECT, INSERT, UPDATE ON %I TO %I', t.relname, app);
        END IF;
    END LOOP;
    FOR t IN
        SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = current_schema() AND c.relkind IN ('v', 'm')
    LOOP
        EXECUTE format('REVOKE ALL ON %I FROM %I', t.relname, app);
        EXECUTE format('GRANT SELECT ON %I TO %I', t.relname, app);
    END LOOP;
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(), app);
END
$$;
