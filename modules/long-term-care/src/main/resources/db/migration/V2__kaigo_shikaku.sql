-- 介護保険 (long-term care insurance): residents from the resident records feed, each 第1号被保険者's qualification
-- as a dated history with its legal basis, the 届出 a clerk enters (住所地特例, 適用除外施設) and the 被保険者番号.
-- History, never overwrite: every table but the head and the number counter is append-only
-- (platform_reject_modification); a correction is a new entry. The platform's tables (access log, outbox, commands,
-- feed cursor) come from db/platform, which runs first.

-- One row per change of a person taken from the resident records feed (its henko_bango, commit-ordered).
CREATE TABLE jumin_kiroku (
    lg_code               char(6)     NOT NULL,
    atenabango            text        NOT NULL,
    henko_bango           bigint      NOT NULL,
    henko_shubetsu        text        NOT NULL,
    setaibango            text        NOT NULL,
    jumin_jotai           text        NOT NULL,
    idojiyu               text        NOT NULL,
    idonengappi           date,
    shien_sochi_taisho    boolean     NOT NULL,
    item                  jsonb       NOT NULL,
    torikomi_at           timestamptz NOT NULL,
    PRIMARY KEY (lg_code, atenabango, henko_bango)
);
CREATE TRIGGER jumin_kiroku_append_only BEFORE UPDATE OR DELETE ON jumin_kiroku
    FOR EACH ROW EXECUTE FUNCTION platform_reject_modification();
CREATE TRIGGER jumin_kiroku_no_truncate BEFORE TRUNCATE ON jumin_kiroku
    FOR EACH STATEMENT EXECUTE FUNCTION platform_reject_modification();

-- The person's latest known version (the head). Moves only forward in henko_bango.
CREATE TABLE jumin (
    lg_code               char(6)     NOT NULL,
    atenabango            text        NOT NULL,
    henko_bango           bigint      NOT NULL,
    setaibango            text        NOT NULL,
    shimei                text        NOT NULL,
    shimei_furigana       text,
    seinengappi           date,
    zokugara              text,
    jumin_jotai           text        NOT NULL,
    shien_sochi_taisho    boolean     NOT NULL DEFAULT false,
    PRIMARY KEY (lg_code, atenabango)
);
CREATE INDEX jumin_setai ON jumin (lg_code, setaibango);
-- the residents who reach 65 on a day (the 65歳到達 run looks them up by birth date)
CREATE INDEX jumin_seinengappi ON jumin (lg_code, seinengappi) WHERE jumin_jotai = 'jumin';

-- 資格の履歴: each 取得 / 喪失 / 継続 with the day it takes effect (koryokubi), the fact's date, its reason and legal
-- basis. Numbered per person under the head's row lock; a feed change adds each reason at most once.
CREATE TABLE shikaku_rireki (
    lg_code               char(6)     NOT NULL,
    atenabango            text        NOT NULL,
    rirekibango           integer     NOT NULL,
    ido_kubun             text        NOT NULL CHECK (ido_kubun IN ('shutoku', 'soshitsu', 'keizoku')),
    shikaku_ido_jiyu      text        NOT NULL,
    koryokubi             date        NOT NULL,
    idonengappi           date,
    shorinengappi         date        NOT NULL,
    legal_basis           text        NOT NULL,
    henko_bango           bigint,
    todokede_id           bigint,
    shori_at              timestamptz NOT NULL,
    actor                 text        NOT NULL,
    PRIMARY KEY (lg_code, atenabango, rirekibango)
);
CREATE UNIQUE INDEX shikaku_rireki_henko ON shikaku_rireki (lg_code, atenabango, henko_bango, shikaku_ido_jiyu)
    WHERE henko_bango IS NOT NULL;
CREATE TRIGGER shikaku_rireki_append_only BEFORE UPDATE OR DELETE ON shikaku_rireki
    FOR EACH ROW EXECUTE FUNCTION platform_reject_modification();
CREATE TRIGGER shikaku_rireki_no_truncate BEFORE TRUNCATE ON shikaku_rireki
    FOR EACH STATEMENT EXECUTE FUNCTION platform_reject_modification();

-- 届出 entered by a clerk, as received: 住所地特例 (介護保険法第13条) and 適用除外施設 (施行法第11条), which the
-- resident feed cannot know, with the facility.
CREATE TABLE shikaku_todokede (
    todokede_id           bigserial   PRIMARY KEY,
    lg_code               char(6)     NOT NULL,
    atenabango            text        NOT NULL,
    todokede_shubetsu     text        NOT NULL CHECK (todokede_shubetsu IN ('jushochi_tokurei_tekiyo',
                              'jushochi_tokurei_shuryo', 'tekiyo_jogai_nyusho', 'tekiyo_jogai_taisho')),
    idonengappi           date        NOT NULL,
    todokedenengappi      date        NOT NULL,
    shisetsu_mei          text,
    shisetsu_shozaichi    text,
    biko                  text,
    shori_at              timestamptz NOT NULL,
    actor                 text        NOT NULL
);
CREATE INDEX shikaku_todokede_person ON shikaku_todokede (lg_code, atenabango, todokede_id);
CREATE TRIGGER shikaku_todokede_append_only BEFORE UPDATE OR DELETE ON shikaku_todokede
    FOR EACH ROW EXECUTE FUNCTION platform_reject_modification();

-- 被保険者番号: issued once per person on the first 取得 (10 digits, unique in the municipality), never reused.
CREATE TABLE hihokensha_bango (
    lg_code               char(6)     NOT NULL,
    atenabango            text        NOT NULL,
    hihokensha_bango      char(10)    NOT NULL CHECK (hihokensha_bango ~ '^[0-9]{10}$'),
    hakko_at              timestamptz NOT NULL,
    PRIMARY KEY (lg_code, atenabango),
    UNIQUE (lg_code, hihokensha_bango)
);
CREATE TRIGGER hihokensha_bango_append_only BEFORE UPDATE OR DELETE ON hihokensha_bango
    FOR EACH ROW EXECUTE FUNCTION platform_reject_modification();
-- the last number issued per municipality (a counter: updated under its row lock)
CREATE TABLE hihokensha_bango_saiban (
    lg_code               char(6)     PRIMARY KEY,
    last_bango            bigint      NOT NULL
);
