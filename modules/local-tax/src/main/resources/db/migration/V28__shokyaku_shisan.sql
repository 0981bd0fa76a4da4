-- 法人 as 住登外者 (納税義務者 of 固定資産税 — 償却資産, land, houses — who are not persons): their 法人番号 (13 digits,
-- check digit per 法人番号の指定等に関する省令 第2条) instead of a birth date. One 宛名番号 per 法人 and municipality.
ALTER TABLE nozeigimusha ADD COLUMN hojin_bango text;
CREATE UNIQUE INDEX nozeigimusha_hojin_bango ON nozeigimusha (lg_code, hojin_bango) WHERE hojin_bango IS NOT NULL;
ALTER TABLE jutogai_rireki ADD COLUMN hojin_bango text;
ALTER TABLE jutogai_rireki ALTER COLUMN seinengappi DROP NOT NULL;
ALTER TABLE jutogai_rireki ADD CONSTRAINT jutogai_rireki_kojin_or_hojin
    CHECK ((hojin_bango IS NULL) <> (seinengappi IS NULL));

-- 償却資産申告 (地方税法第383条: the owner declares each year the 償却資産 held on 1月1日): every 申告 of a taxpayer and
-- 年度 is a version (the first the 申告, later ones 修正申告 with their reason); its lines (種類別明細書) are kept as
-- declared, the 評価額 are computed from them with the 年度's parameters.
CREATE TABLE shokyaku_shinkoku (
    lg_code               char(6)     NOT NULL,
    atenabango            text        NOT NULL,
    nendo                 integer     NOT NULL,
    version               integer     NOT NULL,
    shinkoku_bi           date        NOT NULL,
    riyu                  text,
    meisai                jsonb       NOT NULL,
    shutoku_kakaku_gokei  bigint      NOT NULL,
    shorinengappi         date        NOT NULL,
    shori_at              timestamptz NOT NULL,
    actor                 text        NOT NULL,
    PRIMARY KEY (lg_code, atenabango, nendo, version),
    CHECK (version = 1 OR riyu IS NOT NULL)
);
CREATE INDEX shokyaku_shinkoku_nendo ON shokyaku_shinkoku (lg_code, nendo, atenabango);
CREATE TRIGGER shokyaku_shinkoku_append_only BEFORE UPDATE OR DELETE ON shokyaku_shinkoku
    FOR EACH ROW EXECUTE FUNCTION platform_reject_modification();
