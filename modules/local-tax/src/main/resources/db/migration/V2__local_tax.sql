-- 地方税 (local tax): taxpayers (from the resident records feed, and 住登外者), 申告 and 個人住民税 assessments.
-- History, never overwrite: every table but the heads is append-only (platform_reject_modification); a
-- correction is a new version. The platform's tables (access log, outbox, commands, feed cursor) come from
-- db/platform 1.0.x, which runs first.

-- One row per change of a person taken from the resident records feed (its henko_bango: commit-ordered and
-- unique per municipality), so the city's residents on any date are known here (賦課期日 1月1日, 地方税法第318条).
CREATE TABLE jumin_kiroku (
    lg_code               char(6)     NOT NULL,
    atenabango            text        NOT NULL,
    henko_bango           bigint      NOT NULL,
    henko_shubetsu        text        NOT NULL,
    rirekibango           integer     NOT NULL,
    jumin_jotai           text        NOT NULL,
    idojiyu               text        NOT NULL,
    idonengappi           date,
    jumin_kaishibi        date,
    shien_sochi_taisho    boolean     NOT NULL,
    item                  jsonb       NOT NULL,
    torikomi_at           timestamptz NOT NULL,
    PRIMARY KEY (lg_code, atenabango, henko_bango)
);
CREATE TRIGGER jumin_kiroku_append_only BEFORE UPDATE OR DELETE ON jumin_kiroku
    FOR EACH ROW EXECUTE FUNCTION platform_reject_modification();
CREATE TRIGGER jumin_kiroku_no_truncate BEFORE TRUNCATE ON jumin_kiroku
    FOR EACH STATEMENT EXECUTE FUNCTION platform_reject_modification();

-- 納税義務者等 (宛名): every person this service taxes or may tax, with the latest known state. kubun 'jumin' =
-- from the resident feed (atenabango as there), 'jutogai' = 住登外者 registered here with a 宛名番号 of this
-- service. The head is updated; its versions are jumin_kiroku / jutogai_rireki.
CREATE TABLE nozeigimusha (
    lg_code               char(6)     NOT NULL,
    atenabango            text        NOT NULL,
    kubun                 text        NOT NULL CHECK (kubun IN ('jumin', 'jutogai')),
    henko_bango           bigint      NOT NULL,
    shimei                text        NOT NULL,
    shimei_furigana       text,
    seinengappi           date,
    seibetsu              text,
    jusho                 text,
    jumin_jotai           text        NOT NULL,
    shien_sochi_taisho    boolean     NOT NULL DEFAULT false,
    kana_key              text,
    PRIMARY KEY (lg_code, atenabango)
);
CREATE INDEX nozeigimusha_kana ON nozeigimusha (lg_code, kana_key text_pattern_ops);

-- 住登外者 (taxed here, not a resident here: income or property here, moved away before 1月1日): each change a
-- version; their 宛名番号 come from this service's own counter (M11 check digit, as 宛名番号 everywhere).
CREATE TABLE jutogai_rireki (
    lg_code               char(6)     NOT NULL,
    atenabango            text        NOT NULL,
    rirekibango           integer     NOT NULL,
    shimei                text        NOT NULL,
    shimei_furigana       text        NOT NULL,
    seinengappi           date        NOT NULL,
    seibetsu              text,
    jusho                 text        NOT NULL,
    riyu                  text        NOT NULL,
    shorinengappi         date        NOT NULL,
    shori_at              timestamptz NOT NULL,
    actor                 text        NOT NULL,
    PRIMARY KEY (lg_code, atenabango, rirekibango)
);
CREATE TRIGGER jutogai_rireki_append_only BEFORE UPDATE OR DELETE ON jutogai_rireki
    FOR EACH ROW EXECUTE FUNCTION platform_reject_modification();
CREATE TABLE jutogai_counter (
    lg_code               char(6)     PRIMARY KEY,
    last_bango            bigint      NOT NULL
);

-- 申告 (income and deductions of a person for a 年度, as entered by a clerk or imported): each entry a new
-- version; the assessment uses the latest.
CREATE TABLE shinkoku (
    lg_code               char(6)     NOT NULL,
    atenabango            text        NOT NULL,
    nendo                 integer     NOT NULL,
    version               integer     NOT NULL,
    naiyo                 jsonb       NOT NULL,
    shorinengappi         date        NOT NULL,
    shori_at              timestamptz NOT NULL,
    actor                 text        NOT NULL,
    PRIMARY KEY (lg_code, atenabango, nendo, version)
);
CREATE TRIGGER shinkoku_append_only BEFORE UPDATE OR DELETE ON shinkoku
    FOR EACH ROW EXECUTE FUNCTION platform_reject_modification();

-- 個人住民税の賦課: version 1 is the 当初賦課, later ones 更正 with their reason and differences. The whole
-- assessment (with its 算定根拠) and the instalments are kept as computed, with the parameters' references.
CREATE TABLE fuka (
    lg_code               char(6)     NOT NULL,
    atenabango            text        NOT NULL,
    nendo                 integer     NOT NULL,
    version               integer     NOT NULL,
    kubun                 text        NOT NULL CHECK (kubun IN ('tosho', 'kosei')),
    riyu                  text,
    shinkoku_version      integer     NOT NULL,
    nenzeigaku            bigint      NOT NULL,
    kekka                 jsonb       NOT NULL,
    choshu                jsonb       NOT NULL,
    kosei                 jsonb,
    shorinengappi         date        NOT NULL,
    shori_at              timestamptz NOT NULL,
    actor                 text        NOT NULL,
    PRIMARY KEY (lg_code, atenabango, nendo, version)
);
CREATE TRIGGER fuka_append_only BEFORE UPDATE OR DELETE ON fuka
    FOR EACH ROW EXECUTE FUNCTION platform_reject_modification();
CREATE TRIGGER fuka_no_truncate BEFORE TRUNCATE ON fuka
    FOR EACH STATEMENT EXECUTE FUNCTION platform_reject_modification();
