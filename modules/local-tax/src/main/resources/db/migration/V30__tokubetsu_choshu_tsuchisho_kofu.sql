-- 特別徴収税額の決定通知書（特別徴収義務者用, 地方税法第321条の4第1項）: one notice per employer and 年度 lists many
-- employees, so its 交付履歴 is a table of its own beside shomei_kofu (one person per row there): the 発行番号 (the same
-- shomei_saiban sequence as the service's other forms), the employer's key, each employee printed with the assessment
-- version printed (jugyoin: [{atenabango, fuka_version}]), how many were left out for 支援措置, and the PDF's SHA-256.
CREATE TABLE tokubetsu_choshu_tsuchisho_kofu (
    lg_code       char(6)     NOT NULL,
    hakko_bango   text        NOT NULL,
    nendo         integer     NOT NULL,
    gimusha_kagi  text        NOT NULL,
    jugyoin       jsonb       NOT NULL,
    yokushi_ninzu integer     NOT NULL,
    pdf_sha256    char(64)    NOT NULL,
    issued_by     text        NOT NULL,
    issued_at     timestamptz NOT NULL,
    PRIMARY KEY (lg_code, hakko_bango)
);
CREATE INDEX tokubetsu_choshu_tsuchisho_kofu_gimusha ON tokubetsu_choshu_tsuchisho_kofu (lg_code, nendo, gimusha_kagi);
CREATE TRIGGER tokubetsu_choshu_tsuchisho_kofu_append_only BEFORE UPDATE OR DELETE ON tokubetsu_choshu_tsuchisho_kofu
    FOR EACH ROW EXECUTE FUNCTION platform_reject_modification();
CREATE TRIGGER tokubetsu_choshu_tsuchisho_kofu_no_truncate BEFORE TRUNCATE ON tokubetsu_choshu_tsuchisho_kofu
    FOR EACH STATEMENT EXECUTE FUNCTION platform_reject_modification();
