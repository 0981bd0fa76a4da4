-- Outbox events numbered when their transaction commits (JdbcOutbox.appendAtCommit).
-- JdbcOutbox.append takes the municipality's counter row at the append and holds it until the commit, so
-- every writer of the municipality waits from its append until the holder's commit — including the holder's
-- round trips back to its client between the two. Here a transaction inserts its events into outbox_pending
-- (no seq yet); a deferred constraint trigger, run inside COMMIT, takes the same counter row, moves the
-- events into outbox_event numbered from it and deletes them from outbox_pending. The counter is then held only
-- while the commit itself runs, in the database, and the guarantee is the one of JdbcOutbox.append: seqs are
-- gapless (a rolled-back transaction's trigger never runs) and become visible in seq order (the row lock is
-- held until the commit completes). Both ways of appending may be mixed: they advance the same counter.

CREATE TABLE outbox_pending (
    id                bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    lg_code           char(6)     NOT NULL,
    event_type        text        NOT NULL,
    aggregate_type    text        NOT NULL,
    aggregate_id      text        NOT NULL,
    aggregate_version bigint      NOT NULL,
    payload           jsonb       NOT NULL,
    recorded_at       timestamptz NOT NULL
);

-- Runs as the owner (the runtime role may not delete): numbers this transaction's pending events of the
-- row's municipality. Only this transaction's rows are visible here (others' are uncommitted, or were moved
-- by their own commit), so the first firing takes them all and the others find none.
CREATE FUNCTION platform_outbox_number() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    n    bigint;
    last bigint;
BEGIN
    SELECT count(*) INTO n FROM outbox_pending WHERE lg_code = NEW.lg_code;
    IF n = 0 THEN
        RETURN NULL;
    END IF;
    INSERT INTO outbox_counter AS oc (lg_code, last_seq) VALUES (NEW.lg_code, n)
        ON CONFLICT (lg_code) DO UPDATE SET last_seq = oc.last_seq + EXCLUDED.last_seq
        RETURNING last_seq INTO last;
    INSERT INTO outbox_event (lg_code, seq, event_type, aggregate_type, aggregate_id, aggregate_version, payload,
                              recorded_at)
    SELECT lg_code, last - n + row_number() OVER (ORDER BY id), event_type, aggregate_type, aggregate_id,
           aggregate_version, payload, recorded_at
    FROM outbox_pending WHERE lg_code = NEW.lg_code;
    DELETE FROM outbox_pending WHERE lg_code = NEW.lg_code;
    RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER outbox_pending_number
    AFTER INSERT ON outbox_pending
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION platform_outbox_number();
