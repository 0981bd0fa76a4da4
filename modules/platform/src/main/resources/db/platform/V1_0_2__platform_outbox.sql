-- Transactional outbox: domain events are inserted in the same transaction as the change they describe,
-- so an event exists if and only if the change committed. Consumers read by (lg_code, seq) cursor.

CREATE TABLE outbox_event (
    lg_code           char(6)     NOT NULL,
    seq               bigint      NOT NULL,  -- per lg_code, gapless, in commit order (see JdbcOutbox)
    event_type        text        NOT NULL,
    aggregate_type    text        NOT NULL,
    aggregate_id      text        NOT NULL,
    aggregate_version bigint      NOT NULL,
    payload           jsonb       NOT NULL,
    recorded_at       timestamptz NOT NULL,
    PRIMARY KEY (lg_code, seq),
    CONSTRAINT outbox_event_seq_positive CHECK (seq > 0)
);

CREATE INDEX outbox_event_aggregate_idx ON outbox_event (aggregate_type, aggregate_id, aggregate_version);

-- One row per lg_code; UPDATE … RETURNING on it hands out seq and holds the row lock until commit.
CREATE TABLE outbox_counter (
    lg_code  char(6) PRIMARY KEY,
    last_seq bigint  NOT NULL
);

-- Same function as in V1_0_1 (re-created so this file also stands alone).
CREATE OR REPLACE FUNCTION platform_reject_modification() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER outbox_event_append_only
    BEFORE UPDATE OR DELETE ON outbox_event
    FOR EACH ROW EXECUTE FUNCTION platform_reject_modification();

CREATE TRIGGER outbox_event_no_truncate
    BEFORE TRUNCATE ON outbox_event
    FOR EACH STATEMENT EXECUTE FUNCTION platform_reject_modification();
