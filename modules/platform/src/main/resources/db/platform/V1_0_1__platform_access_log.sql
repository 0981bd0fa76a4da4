-- Tamper-evident, append-only access log (アクセスログ) chained by SHA-256, one chain per 地方公共団体.
-- Why: the 標準仕様 require recording who looked at / changed whose personal data; a hash chain makes
-- silent editing or deletion by someone with table access detectable (JdbcAccessLog.verify).

CREATE TABLE access_log (
    lg_code        char(6)     NOT NULL,  -- 全国地方公共団体コード (6 digits incl. check digit)
    seq            bigint      NOT NULL,  -- 1, 2, 3 … per lg_code, gapless
    occurred_at    timestamptz NOT NULL,
    actor          text        NOT NULL,  -- operator (職員) id
    actor_roles    text,
    action         text        NOT NULL,
    target_type    text,
    target_id      text,                  -- e.g. 宛名番号
    detail         text,
    client_address text,
    prev_hash      char(64)    NOT NULL,  -- hash of seq-1 (64 zeros for seq 1)
    hash           char(64)    NOT NULL,  -- SHA-256 hex over all fields above + prev_hash
    PRIMARY KEY (lg_code, seq),
    CONSTRAINT access_log_seq_positive CHECK (seq > 0)
);

-- who accessed this resident? / what did this operator access?
CREATE INDEX access_log_target_idx ON access_log (lg_code, target_id, seq);
CREATE INDEX access_log_actor_idx  ON access_log (lg_code, actor, seq);

-- Head of each chain: the row lock on it serialises appends per lg_code, and it lets verify notice
-- a deleted tail (the chain alone cannot show that its last entries are missing).
CREATE TABLE access_log_head (
    lg_code   char(6)  PRIMARY KEY,
    last_seq  bigint   NOT NULL,
    last_hash char(64) NOT NULL
);

-- Shared by every append-only platform table.
CREATE OR REPLACE FUNCTION platform_reject_modification() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER access_log_append_only
    BEFORE UPDATE OR DELETE ON access_log
    FOR EACH ROW EXECUTE FUNCTION platform_reject_modification();

CREATE TRIGGER access_log_no_truncate
    BEFORE TRUNCATE ON access_log
    FOR EACH STATEMENT EXECUTE FUNCTION platform_reject_modification();
