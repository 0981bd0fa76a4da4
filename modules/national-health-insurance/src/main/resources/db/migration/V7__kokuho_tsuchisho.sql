-- 納税通知書 (国民健康保険税) / 納入通知書 (国民健康保険料) of a version of a household's assessment.
-- Each version keeps the members it was assessed with (名前・生年月日・続柄 as recorded then, insured or not, the
-- qualification periods within the 年度), so that a notice printed later shows that version's household; versions
-- assessed before this migration have none (null: the notice reads the members whose income the version used).
ALTER TABLE kokuho_fuka ADD COLUMN setaiin jsonb;

-- 交付履歴 of the notices (the 発行番号 from the counter kokuho_shomei_saiban shared with the 資格確認書): which
-- version, to whom (the 納税義務者), the PDF's SHA-256, by whom and when. Append-only.
CREATE TABLE kokuho_tsuchisho_kofu (
    lg_code       char(6)     NOT NULL,
    hakko_bango   text        NOT NULL,
    yoshiki       text        NOT NULL CHECK (yoshiki IN ('nozei-tsuchisho', 'nonyu-tsuchisho')),
    setaibango    text        NOT NULL,
    nendo         integer     NOT NULL,
    fuka_version  integer     NOT NULL,
    nozeigimusha  text        NOT NULL,
    pdf_sha256    char(64)    NOT NULL,
    issued_by     text        NOT NULL,
    issued_at     timestamptz NOT NULL,
    PRIMARY KEY (lg_code, hakko_bango)
);
CREATE INDEX kokuho_tsuchisho_kofu_setai ON kokuho_tsuchisho_kofu (lg_code, setaibango, nendo);
CREATE TRIGGER kokuho_tsuchisho_kofu_append_only BEFORE UPDATE OR DELETE ON kokuho_tsuchisho_kofu
    FOR EACH ROW EXECUTE FUNCTION platform_reject_modification();
CREATE TRIGGER kokuho_tsuchisho_kofu_no_truncate BEFORE TRUNCATE ON kokuho_tsuchisho_kofu
    FOR EACH STATEMENT EXECUTE FUNCTION platform_reject_modification();
