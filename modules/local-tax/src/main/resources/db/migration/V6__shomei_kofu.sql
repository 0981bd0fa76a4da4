-- 証明書・通知書の交付 (所得・課税証明書, 納税通知書): the 発行番号 counter per municipality and day, and the 交付履歴
-- (what was issued, for whom, from which assessment version, by whom, and the SHA-256 of the PDF handed out), so a
-- printed paper can be checked against the record later. The same scheme as resident records' 交付履歴 (its own
-- database there): each service numbers and records its own certificates.
CREATE TABLE shomei_saiban (
    lg_code      char(6)     NOT NULL,
    hakko_bi     date        NOT NULL,
    last_value   bigint      NOT NULL,
    PRIMARY KEY (lg_code, hakko_bi)
);

CREATE TABLE shomei_kofu (
    lg_code      char(6)     NOT NULL,
    hakko_bango  text        NOT NULL,
    yoshiki      text        NOT NULL CHECK (yoshiki IN ('shotoku-kazei-shomeisho', 'nozei-tsuchisho')),
    atenabango   text        NOT NULL,
    nendo        integer     NOT NULL,
    fuka_version integer     NOT NULL,
    mokuteki     text,
    pdf_sha256   char(64)    NOT NULL,
    issued_by    text        NOT NULL,
    issued_at    timestamptz NOT NULL,
    PRIMARY KEY (lg_code, hakko_bango)
);
CREATE INDEX shomei_kofu_atenabango ON shomei_kofu (lg_code, atenabango);
CREATE TRIGGER shomei_kofu_append_only BEFORE UPDATE OR DELETE ON shomei_kofu
    FOR EACH ROW EXECUTE FUNCTION platform_reject_modification();
CREATE TRIGGER shomei_kofu_no_truncate BEFORE TRUNCATE ON shomei_kofu
    FOR EACH STATEMENT EXECUTE FUNCTION platform_reject_modification();
