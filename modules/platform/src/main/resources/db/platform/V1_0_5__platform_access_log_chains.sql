-- Access log, second form (JdbcAccessLog):
--  * several hash chains per municipality: an append locks the head of a chain no other transaction holds
--    (FOR UPDATE SKIP LOCKED), so a read of personal data never queues behind one row per municipality;
--  * every target (person, record) an access touched is a row of its own (access_log_target), so an
--    auditor asking for one person finds household certificates and search hits too;
--  * entries are sealed with HMAC-SHA256 under a key held outside the database (key_id names it), so
--    whoever owns the database can neither rewrite nor forge an entry unnoticed;
--  * id orders all entries of the log (what callers page by); it is not part of the seal.
-- The entries written so far are copied unchanged into chain 0, the unkeyed chain of the first form,
-- which stays verifiable with the first form's hash and is never appended to again.

CREATE TABLE access_log_v2 (
    id             bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    lg_code        char(6)     NOT NULL,
    chain          smallint    NOT NULL,
    seq            bigint      NOT NULL,  -- 1, 2, 3 … per (lg_code, chain), gapless
    occurred_at    timestamptz NOT NULL,
    actor          text        NOT NULL,
    actor_roles    text,
    action         text        NOT NULL,
    target_type    text,
    target_id      text,                  -- the single target's id; null when none or several (see access_log_target)
    detail         text,
    client_address text,
    key_id         varchar(32),           -- HMAC key of the seal; null only in chain 0 (unkeyed, first form)
    prev_hash      char(64)    NOT NULL,
    hash           char(64)    NOT NULL,
    PRIMARY KEY (lg_code, chain, seq),
    CONSTRAINT access_log_seq_positive CHECK (seq > 0),
    CONSTRAINT access_log_keyed CHECK (chain = 0 OR key_id IS NOT NULL)
);

INSERT INTO access_log_v2 (lg_code, chain, seq, occurred_at, actor, actor_roles, action, target_type, target_id,
                           detail, client_address, key_id, prev_hash, hash)
SELECT lg_code, 0, seq, occurred_at, actor, actor_roles, action, target_type, target_id, detail, client_address,
       NULL, prev_hash, hash
FROM access_log ORDER BY lg_code, seq;

CREATE TABLE access_log_target (
    lg_code     char(6)  NOT NULL,
    chain       smallint NOT NULL,
    seq         bigint   NOT NULL,
    ord         smallint NOT NULL,
    target_type text     NOT NULL,
    target_id   text     NOT NULL,
    PRIMARY KEY (lg_code, chain, seq, ord),
    FOREIGN KEY (lg_code, chain, seq) REFERENCES access_log_v2 (lg_code, chain, seq)
);

-- the first form kept several targets comma-joined in target_id: each becomes a row (not part of its hash)
INSERT INTO access_log_target (lg_code, chain, seq, ord, target_type, target_id)
SELECT a.lg_code, 0, a.seq, t.ord - 1, coalesce(a.target_type, ''), t.id
FROM access_log a, unnest(string_to_array(a.target_id, ',')) WITH ORDINALITY AS t(id, ord)
WHERE a.target_id IS NOT NULL AND a.target_id <> '';

DROP TABLE access_log;
ALTER TABLE access_log_v2 RENAME TO access_log;
ALTER INDEX access_log_v2_pkey RENAME TO access_log_pkey;

CREATE INDEX access_log_order_idx ON access_log (lg_code, id);
CREATE INDEX access_log_actor_idx ON access_log (lg_code, actor, id);
CREATE INDEX access_log_target_idx ON access_log_target (lg_code, target_id);

ALTER TABLE access_log_head ADD COLUMN chain smallint NOT NULL DEFAULT 0;
ALTER TABLE access_log_head DROP CONSTRAINT access_log_head_pkey;
ALTER TABLE access_log_head ADD PRIMARY KEY (lg_code, chain);

CREATE TRIGGER access_log_append_only
    BEFORE UPDATE OR DELETE ON access_log
    FOR EACH ROW EXECUTE FUNCTION platform_reject_modification();
CREATE TRIGGER access_log_no_truncate
    BEFORE TRUNCATE ON access_log
    FOR EACH STATEMENT EXECUTE FUNCTION platform_reject_modification();
CREATE TRIGGER access_log_target_append_only
    BEFORE UPDATE OR DELETE ON access_log_target
    FOR EACH ROW EXECUTE FUNCTION platform_reject_modification();
CREATE TRIGGER access_log_target_no_truncate
    BEFORE TRUNCATE ON access_log_target
    FOR EACH STATEMENT EXECUTE FUNCTION platform_reject_modification();
