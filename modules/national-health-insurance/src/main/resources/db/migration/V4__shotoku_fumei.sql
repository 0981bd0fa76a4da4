-- 所得不明: each time an assessment of a household stopped because a member's income was unknown (未申告, or unknown
-- to local tax), recorded even though the assessment itself is refused — the household is listed for follow-up
-- (簡易申告) until a later assessment succeeds. Append-only.
CREATE TABLE shotoku_fumei (
    id                    bigserial   PRIMARY KEY,
    lg_code               char(6)     NOT NULL,
    setaibango            text        NOT NULL,
    nendo                 integer     NOT NULL,
    atenabango            text[]      NOT NULL,
    kenshutsu_at          timestamptz NOT NULL,
    actor                 text        NOT NULL
);
CREATE INDEX shotoku_fumei_nendo ON shotoku_fumei (lg_code, nendo, setaibango, kenshutsu_at);
CREATE TRIGGER shotoku_fumei_append_only BEFORE UPDATE OR DELETE ON shotoku_fumei
    FOR EACH ROW EXECUTE FUNCTION platform_reject_modification();
