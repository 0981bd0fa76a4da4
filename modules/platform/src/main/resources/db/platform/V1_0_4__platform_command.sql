-- Commands with an idempotency key (Fineract-style command audit): one row per accepted command, with
-- the caller, the hash of the request and the result returned, so a retry with the same key replays the
-- first result and writes nothing. The key is scoped to the municipality AND the caller: two clerks (or a
-- clerk and a service client) can never collide on, or replay, each other's key.
-- The result is versioned JSON (result_type + result_version): a service that changes the shape of a
-- result bumps the version and still reads what it stored before.

CREATE TABLE platform_command (
    lg_code          char(6)      NOT NULL,
    actor            varchar(128) NOT NULL,
    idempotency_key  varchar(128) NOT NULL,
    command_type     varchar(60)  NOT NULL,
    request_hash     char(64)     NOT NULL,
    result_type      varchar(60)  NOT NULL,
    result_version   integer      NOT NULL,
    result           jsonb        NOT NULL,
    client_address   varchar(64),
    recorded_at      timestamptz  NOT NULL,
    PRIMARY KEY (lg_code, actor, idempotency_key)
);

CREATE INDEX platform_command_recorded_idx ON platform_command (lg_code, recorded_at);

CREATE TRIGGER platform_command_append_only
    BEFORE UPDATE OR DELETE ON platform_command
    FOR EACH ROW EXECUTE FUNCTION platform_reject_modification();

CREATE TRIGGER platform_command_no_truncate
    BEFORE TRUNCATE ON platform_command
    FOR EACH STATEMENT EXECUTE FUNCTION platform_reject_modification();
