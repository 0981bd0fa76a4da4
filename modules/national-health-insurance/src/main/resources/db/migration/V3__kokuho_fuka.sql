-- 国民健康保険税の賦課: each version of a household's assessment for a 年度 (1 = 当初, then 更正), with the result and
-- its 算定根拠 and the incomes it used. Append-only: a 更正 is a new version with its difference.
CREATE TABLE kokuho_fuka (
    lg_code               char(6)     NOT NULL,
    setaibango            text        NOT NULL,
    nendo                 integer     NOT NULL,
    version               integer     NOT NULL,
    nozeigimusha          text        NOT NULL,
    nengaku               bigint      NOT NULL,
    sagaku                bigint      NOT NULL,
    kekka                 jsonb       NOT NULL,
    shotoku               jsonb       NOT NULL,
    shorinengappi         date        NOT NULL,
    shori_at              timestamptz NOT NULL,
    actor                 text        NOT NULL,
    PRIMARY KEY (lg_code, setaibango, nendo, version)
);
CREATE TRIGGER kokuho_fuka_append_only BEFORE UPDATE OR DELETE ON kokuho_fuka
    FOR EACH ROW EXECUTE FUNCTION platform_reject_modification();
CREATE TRIGGER kokuho_fuka_no_truncate BEFORE TRUNCATE ON kokuho_fuka
    FOR EACH STATEMENT EXECUTE FUNCTION platform_reject_modification();
