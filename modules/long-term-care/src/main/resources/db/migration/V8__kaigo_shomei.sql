-- 発行番号 counter per municipality and day, and the 交付履歴 (証発行履歴管理, 機能ID 0230290) of this service's documents —
-- 介護保険被保険者証 (帳票ID 0230010), 介護保険負担割合証, 介護保険料額決定通知書 —: what was issued, for whom, with which
-- 被保険者番号 (and 年度 / 賦課の版 / 負担割合), by whom, and the SHA-256 of the PDF handed out, as in national health insurance.
CREATE TABLE kaigo_shomei_saiban (
    lg_code      char(6)     NOT NULL,
    hakko_bi     date        NOT NULL,
    last_value   bigint      NOT NULL,
    PRIMARY KEY (lg_code, hakko_bi)
);

CREATE TABLE kaigo_shomei_kofu (
    lg_code          char(6)     NOT NULL,
    hakko_bango      text        NOT NULL,
    yoshiki          text        NOT NULL CHECK (yoshiki IN ('hihokenshasho', 'futan-wariai-sho', 'hokenryo-tsuchisho')),
    atenabango       text        NOT NULL,
    hihokensha_bango text,
    nendo            integer,
    fuka_version     integer,
    futan_wariai     integer,
    pdf_sha256       char(64)    NOT NULL,
    issued_by        text        NOT NULL,
    issued_at        timestamptz NOT NULL,
    PRIMARY KEY (lg_code, hakko_bango)
);
CREATE INDEX kaigo_shomei_kofu_atenabango ON kaigo_shomei_kofu (lg_code, atenabango);
CREATE TRIGGER kaigo_shomei_kofu_append_only BEFORE UPDATE OR DELETE ON kaigo_shomei_kofu
    FOR EACH ROW EXECUTE FUNCTION platform_reject_modification();
CREATE TRIGGER kaigo_shomei_kofu_no_truncate BEFORE TRUNCATE ON kaigo_shomei_kofu
    FOR EACH STATEMENT EXECUTE FUNCTION platform_reject_modification();
