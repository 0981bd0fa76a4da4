-- 被保険者記号・番号・枝番 and the 資格確認書 issued (国民健康保険法第9条; no new 被保険者証 since 2024-12-02).
-- 番号 is given per household the first time one of its members needs a document, 枝番 per person within the 番号
-- (01, 02, … in the order they are given: 令和3年からの個人単位の被保険者番号). Both are kept, never changed: a
-- person keeps the number first given (append-only).
CREATE TABLE kokuho_bango_saiban (
    lg_code      char(6)     PRIMARY KEY,
    last_value   bigint      NOT NULL
);

CREATE TABLE kokuho_setai_bango (
    lg_code      char(6)     NOT NULL,
    setaibango   text        NOT NULL,
    kigo         text        NOT NULL,
    bango        text        NOT NULL,
    assigned_at  timestamptz NOT NULL,
    PRIMARY KEY (lg_code, setaibango),
    UNIQUE (lg_code, kigo, bango)
);
CREATE TRIGGER kokuho_setai_bango_append_only BEFORE UPDATE OR DELETE ON kokuho_setai_bango
    FOR EACH ROW EXECUTE FUNCTION platform_reject_modification();

CREATE TABLE kokuho_hihokensha_bango (
    lg_code      char(6)     NOT NULL,
    atenabango   text        NOT NULL,
    kigo         text        NOT NULL,
    bango        text        NOT NULL,
    edaban       char(2)     NOT NULL,
    assigned_at  timestamptz NOT NULL,
    PRIMARY KEY (lg_code, atenabango),
    UNIQUE (lg_code, kigo, bango, edaban)
);
CREATE TRIGGER kokuho_hihokensha_bango_append_only BEFORE UPDATE OR DELETE ON kokuho_hihokensha_bango
    FOR EACH ROW EXECUTE FUNCTION platform_reject_modification();

-- 発行番号 counter per municipality and day, and the 交付履歴 (what was issued, for whom, with which number and
-- validity, by whom, and the SHA-256 of the PDF handed out), as in resident records and local tax.
CREATE TABLE kokuho_shomei_saiban (
    lg_code      char(6)     NOT NULL,
    hakko_bi     date        NOT NULL,
    last_value   bigint      NOT NULL,
    PRIMARY KEY (lg_code, hakko_bi)
);

CREATE TABLE kokuho_shomei_kofu (
    lg_code       char(6)     NOT NULL,
    hakko_bango   text        NOT NULL,
    yoshiki       text        NOT NULL CHECK (yoshiki IN ('shikaku-kakuninsho', 'shikaku-joho-oshirase')),
    atenabango    text        NOT NULL,
    hihokensha_bango text     NOT NULL,
    futan_wariai  integer,
    yuko_kigen    date,
    pdf_sha256    char(64)    NOT NULL,
    issued_by     text        NOT NULL,
    issued_at     timestamptz NOT NULL,
    PRIMARY KEY (lg_code, hakko_bango)
);
CREATE INDEX kokuho_shomei_kofu_atenabango ON kokuho_shomei_kofu (lg_code, atenabango);
CREATE TRIGGER kokuho_shomei_kofu_append_only BEFORE UPDATE OR DELETE ON kokuho_shomei_kofu
    FOR EACH ROW EXECUTE FUNCTION platform_reject_modification();
CREATE TRIGGER kokuho_shomei_kofu_no_truncate BEFORE TRUNCATE ON kokuho_shomei_kofu
    FOR EACH STATEMENT EXECUTE FUNCTION platform_reject_modification();
