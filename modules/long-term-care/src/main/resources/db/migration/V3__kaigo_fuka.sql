-- 介護保険料の賦課: each version of a 第1号被保険者's premium for a 年度 (1 = 当初, then 更正), with the result and its
-- 算定根拠 and the incomes it used (local tax's income information of the person and the household). Append-only:
-- a 更正 is a new version with its difference.
CREATE TABLE kaigo_fuka (
    lg_code               char(6)     NOT NULL,
    atenabango            text        NOT NULL,
    nendo                 integer     NOT NULL,
    version               integer     NOT NULL,
    hihokensha_bango      char(10),
    dankai                integer     NOT NULL,
    nengaku               bigint      NOT NULL,
    sagaku                bigint      NOT NULL,
    kekka                 jsonb       NOT NULL,
    shotoku               jsonb       NOT NULL,
    shorinengappi         date        NOT NULL,
    shori_at              timestamptz NOT NULL,
    actor                 text        NOT NULL,
    PRIMARY KEY (lg_code, atenabango, nendo, version)
);
CREATE TRIGGER kaigo_fuka_append_only BEFORE UPDATE OR DELETE ON kaigo_fuka
    FOR EACH ROW EXECUTE FUNCTION platform_reject_modification();
CREATE TRIGGER kaigo_fuka_no_truncate BEFORE TRUNCATE ON kaigo_fuka
    FOR EACH STATEMENT EXECUTE FUNCTION platform_reject_modification();
