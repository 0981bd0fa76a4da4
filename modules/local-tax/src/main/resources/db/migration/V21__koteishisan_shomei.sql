-- 固定資産税の証明書・通知書 (課税明細書・評価証明書) の交付履歴: what was issued, for which taxpayer (an owner or a group of
-- co-owners, by its key), from which assessment version, by whom, with the PDF's SHA-256. The 発行番号 comes from the
-- service's one counter (shomei_saiban), so numbers stay gapless across every form of the service.
CREATE TABLE koteishisan_shomei_kofu (
    lg_code      char(6)     NOT NULL,
    hakko_bango  text        NOT NULL,
    yoshiki      text        NOT NULL CHECK (yoshiki IN ('kazei-meisaisho', 'hyoka-shomeisho')),
    shoyusha_key text        NOT NULL,
    nendo        integer     NOT NULL,
    fuka_version integer     NOT NULL,
    mokuteki     text,
    pdf_sha256   char(64)    NOT NULL,
    issued_by    text        NOT NULL,
    issued_at    timestamptz NOT NULL,
    PRIMARY KEY (lg_code, hakko_bango)
);
CREATE INDEX koteishisan_shomei_kofu_key ON koteishisan_shomei_kofu (lg_code, shoyusha_key);
CREATE TRIGGER koteishisan_shomei_kofu_append_only BEFORE UPDATE OR DELETE ON koteishisan_shomei_kofu
    FOR EACH ROW EXECUTE FUNCTION platform_reject_modification();
CREATE TRIGGER koteishisan_shomei_kofu_no_truncate BEFORE TRUNCATE ON koteishisan_shomei_kofu
    FOR EACH STATEMENT EXECUTE FUNCTION platform_reject_modification();
