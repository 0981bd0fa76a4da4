-- 国民健康保険 (national health insurance): persons and households from the resident records feed, each person's
-- qualification (資格) as a dated history, and the 届出 a clerk enters. History, never overwrite: every table but
-- the head is append-only (platform_reject_modification); a correction is a new entry. The platform's tables
-- (access log, outbox, commands, feed cursor) come from db/platform 1.0.x, which runs first.

-- One row per change of a person taken from the resident records feed (its henko_bango: commit-ordered and unique
-- per municipality): the 異動 the qualification follows (国民健康保険法第5条: 住所を有する者).
CREATE TABLE jumin_kiroku (
    lg_code               char(6)     NOT NULL,
    atenabango            text        NOT NULL,
    henko_bango           bigint      NOT NULL,
    henko_shubetsu        text        NOT NULL,
    setaibango            text        NOT NULL,
    zokugara              text,
    jumin_jotai           text        NOT NULL,
    idojiyu               text        NOT NULL,
    idonengappi           date,
    shorinengappi         date        NOT NULL,
    shien_sochi_taisho    boolean     NOT NULL,
    item                  jsonb       NOT NULL,
    torikomi_at           timestamptz NOT NULL,
    PRIMARY KEY (lg_code, atenabango, henko_bango)
);
CREATE TRIGGER jumin_kiroku_append_only BEFORE UPDATE OR DELETE ON jumin_kiroku
    FOR EACH ROW EXECUTE FUNCTION platform_reject_modification();
CREATE TRIGGER jumin_kiroku_no_truncate BEFORE TRUNCATE ON jumin_kiroku
    FOR EACH STATEMENT EXECUTE FUNCTION platform_reject_modification();

-- The person's latest known version (the head; its versions are jumin_kiroku). Moves only forward in henko_bango.
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

-- 資格の履歴: each 取得 / 喪失 (or a transfer kept as data) with its dates, reason and legal basis. Numbered per
-- person under the head's row lock; a feed change adds at most one entry per 変更番号 (re-delivery adds nothing).
CREATE TABLE shikaku_rireki (
    lg_code               char(6)     NOT NULL,
    atenabango            text        NOT NULL,
    rirekibango           integer     NOT NULL,
    ido_kubun             text        NOT NULL CHECK (ido_kubun IN ('shutoku', 'soshitsu', 'keizoku')),
    shikaku_ido_jiyu      text        NOT NULL,
    shikaku_shutokubi     date,
    shikaku_soshitsubi    date,
    idonengappi           date,
    shorinengappi         date        NOT NULL,
    legal_basis           text        NOT NULL,
    henko_bango           bigint,
    todokede_id           bigint,
    shori_at              timestamptz NOT NULL,
    actor                 text        NOT NULL,
    PRIMARY KEY (lg_code, atenabango, rirekibango),
    CHECK ((ido_kubun = 'shutoku') = (shikaku_shutokubi IS NOT NULL)),
    CHECK ((ido_kubun = 'soshitsu') = (shikaku_soshitsubi IS NOT NULL))
);
CREATE UNIQUE INDEX shikaku_rireki_henko ON shikaku_rireki (lg_code, atenabango, henko_bango, shikaku_ido_jiyu)
    WHERE henko_bango IS NOT NULL;
CREATE TRIGGER shikaku_rireki_append_only BEFORE UPDATE OR DELETE ON shikaku_rireki
    FOR EACH ROW EXECUTE FUNCTION platform_reject_modification();
CREATE TRIGGER shikaku_rireki_no_truncate BEFORE TRUNCATE ON shikaku_rireki
    FOR EACH STATEMENT EXECUTE FUNCTION platform_reject_modification();

-- 届出 entered by a clerk (社会保険の加入・喪失, 生活保護の開始・廃止), as received: the exclusions of
-- 国民健康保険法第6条 that the feed cannot know.
CREATE TABLE shikaku_todokede (
    todokede_id           bigserial   PRIMARY KEY,
    lg_code               char(6)     NOT NULL,
    atenabango            text        NOT NULL,
    todokede_shubetsu     text        NOT NULL CHECK (todokede_shubetsu IN
                              ('shaho_kanyu', 'shaho_soshitsu', 'seikatsu_hogo_kaishi', 'seikatsu_hogo_haishi')),
    idonengappi           date        NOT NULL,
    todokedenengappi      date        NOT NULL,
    biko                  text,
    shori_at              timestamptz NOT NULL,
    actor                 text        NOT NULL
);
CREATE INDEX shikaku_todokede_person ON shikaku_todokede (lg_code, atenabango, todokede_id);
CREATE TRIGGER shikaku_todokede_append_only BEFORE UPDATE OR DELETE ON shikaku_todokede
    FOR EACH ROW EXECUTE FUNCTION platform_reject_modification();
