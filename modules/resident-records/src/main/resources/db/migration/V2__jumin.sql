-- 住民記録 (resident records) schema.
-- Rules encoded here (住民記録システム標準仕様書 第1.0版 §1.2 異動履歴):
--  * every 異動 writes a full new version (宛名番号 + 履歴番号) into jumin_rireki; versions are never
--    updated or deleted (trigger below); corrections and cancellations are new versions;
--  * jumin is the head of each resident: the pointer to the latest version plus search keys
--    (a projection of that version, rebuilt from it on every 異動);
--  * every row carries the municipality (地方公共団体コード) it belongs to.

CREATE TABLE setai (
    lg_code      varchar(6)     NOT NULL,
    setaibango   varchar(15) NOT NULL,
    version      bigint      NOT NULL DEFAULT 0,
    created_at   timestamptz NOT NULL,
    PRIMARY KEY (lg_code, setaibango)
);

CREATE TABLE jumin_rireki (
    lg_code                     varchar(6)      NOT NULL,
    atenabango                  varchar(15)  NOT NULL,
    rirekibango                 integer      NOT NULL,
    ido_id                      uuid         NOT NULL,
    setaibango                  varchar(15)  NOT NULL,
    jumin_shubetsu              varchar(16)  NOT NULL,
    jumin_jotai                 varchar(16)  NOT NULL,
    shimei                      varchar(100) NOT NULL,
    shimei_furigana             varchar(100),
    uji_nihonjin                varchar(50),
    na_nihonjin                 varchar(50),
    kyuji                       varchar(50),
    kyuji_furigana              varchar(50),
    seinengappi                 date,
    seinengappi_fushohyoki      varchar(72),
    seibetsu                    varchar(1)      NOT NULL,
    setainushi                  boolean      NOT NULL,
    zokugara                    varchar(50)  NOT NULL,
    kisai_junjo                 integer      NOT NULL DEFAULT 0,
    honseki                     varchar(200),
    hittosha                    varchar(100),
    jusho_shikuchosonkodo       varchar(6),
    jusho_choazakodo            varchar(7),
    jusho_yubinbango            varchar(7),
    jusho_todofuken             varchar(4)   NOT NULL,
    jusho_shikugunchosonmei     varchar(12)  NOT NULL,
    jusho_choaza                varchar(120),
    jusho_banchigohyoki         varchar(50),
    jusho_katagaki              varchar(300),
    jusho_katagaki_furigana     varchar(300),
    jumintonattanengappi        date,
    jushoosadametanengappi      date,
    tennyumaejusho              varchar(300),
    tenshutsusakijusho          varchar(300),
    kojinbango                  varchar(12),
    juminhyokodo                varchar(11),
    shimei_gaikokujinromaji    varchar(100),
    shimei_gaikokujinkanji      varchar(100),
    tsusho                      varchar(100),
    tsusho_furigana             varchar(100),
    kokuseki_chiiki             varchar(50),
    hodai30jono45kubun          varchar(32),
    zairyushikaku               varchar(50),
    zairyukikan                 varchar(20),
    zairyukikan_manryonengappi  date,
    zairyukadobango             varchar(12),
    idojiyu                     varchar(40)  NOT NULL,
    idonengappi                 date,
    todokedenengappi            date,
    shorinengappi               date         NOT NULL,
    shori_nichiji               timestamptz  NOT NULL,
    torikeshi_rirekibango       integer,
    sosasha                     varchar(128) NOT NULL,
    biko                        varchar(400),
    PRIMARY KEY (lg_code, atenabango, rirekibango)
);
CREATE INDEX jumin_rireki_setai_idx ON jumin_rireki (lg_code, setaibango, idonengappi);

CREATE TABLE jumin (
    lg_code              varchar(6)      NOT NULL,
    atenabango           varchar(15)  NOT NULL,
    saishin_rirekibango  integer      NOT NULL,
    setaibango           varchar(15)  NOT NULL,
    jumin_jotai          varchar(16)  NOT NULL,
    kana_key             varchar(200) NOT NULL DEFAULT '',
    shimei_key           varchar(200) NOT NULL DEFAULT '',
    jusho_key            varchar(600) NOT NULL DEFAULT '',
    seinengappi          date,
    PRIMARY KEY (lg_code, atenabango),
    FOREIGN KEY (lg_code, atenabango, saishin_rirekibango) REFERENCES jumin_rireki (lg_code, atenabango, rirekibango)
);
CREATE INDEX jumin_setai_idx ON jumin (lg_code, setaibango);
CREATE INDEX jumin_seinengappi_idx ON jumin (lg_code, seinengappi);
CREATE INDEX jumin_kana_prefix_idx ON jumin (lg_code, kana_key text_pattern_ops);
-- partial-match search (kana, name, address) uses trigram indexes when pg_trgm is available
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX jumin_kana_trgm_idx ON jumin USING gin (kana_key gin_trgm_ops);
CREATE INDEX jumin_shimei_trgm_idx ON jumin USING gin (shimei_key gin_trgm_ops);
CREATE INDEX jumin_jusho_trgm_idx ON jumin USING gin (jusho_key gin_trgm_ops);

-- 採番: 宛名番号・世帯番号 per municipality (body is a serial; the last digit is the check digit).
CREATE TABLE saiban (
    lg_code    varchar(6)     NOT NULL,
    kind       varchar(16) NOT NULL,
    last_value bigint      NOT NULL,
    PRIMARY KEY (lg_code, kind)
);

-- Commands with an idempotency key, kept as the audit record of each write.
CREATE TABLE ido_command (
    lg_code          varchar(6)      NOT NULL,
    idempotency_key  varchar(128) NOT NULL,
    command_type     varchar(40)  NOT NULL,
    request_hash     varchar(64)     NOT NULL,
    result           jsonb        NOT NULL,
    actor            varchar(128) NOT NULL,
    client_address   varchar(64),
    recorded_at      timestamptz  NOT NULL,
    PRIMARY KEY (lg_code, idempotency_key)
);

-- 支援措置 (DV等支援措置). A measure and its end are separate immutable rows.
CREATE TABLE shien_sochi (
    lg_code        varchar(6)      NOT NULL,
    sochi_id       uuid         NOT NULL,
    atenabango     varchar(15)  NOT NULL,
    kaishibi       date         NOT NULL,
    shuryoyoteibi  date,
    taisho         varchar(40)  NOT NULL,
    biko           varchar(400),
    registered_by  varchar(128) NOT NULL,
    registered_at  timestamptz  NOT NULL,
    PRIMARY KEY (lg_code, sochi_id)
);
CREATE INDEX shien_sochi_jumin_idx ON shien_sochi (lg_code, atenabango);
CREATE TABLE shien_sochi_shuryo (
    lg_code     varchar(6)      NOT NULL,
    sochi_id    uuid         NOT NULL,
    shuryobi    date         NOT NULL,
    ended_by    varchar(128) NOT NULL,
    ended_at    timestamptz  NOT NULL,
    PRIMARY KEY (lg_code, sochi_id),
    FOREIGN KEY (lg_code, sochi_id) REFERENCES shien_sochi (lg_code, sochi_id)
);

-- 交付履歴 (certificates issued).
CREATE TABLE shomei_kofu (
    lg_code      varchar(6)      NOT NULL,
    hakko_bango  varchar(20)  NOT NULL,
    yoshiki      varchar(16)  NOT NULL,
    atenabango   text         NOT NULL,
    options      varchar(200) NOT NULL,
    mokuteki     varchar(200),
    pdf_sha256   varchar(64)     NOT NULL,
    issued_by    varchar(128) NOT NULL,
    issued_at    timestamptz  NOT NULL,
    PRIMARY KEY (lg_code, hakko_bango)
);

CREATE FUNCTION kikan_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: history is never overwritten or deleted', TG_TABLE_NAME;
END $$;
CREATE TRIGGER jumin_rireki_append_only BEFORE UPDATE OR DELETE ON jumin_rireki
    FOR EACH ROW EXECUTE FUNCTION kikan_refuse_change();
CREATE TRIGGER shien_sochi_append_only BEFORE UPDATE OR DELETE ON shien_sochi
    FOR EACH ROW EXECUTE FUNCTION kikan_refuse_change();
CREATE TRIGGER shien_sochi_shuryo_append_only BEFORE UPDATE OR DELETE ON shien_sochi_shuryo
    FOR EACH ROW EXECUTE FUNCTION kikan_refuse_change();
CREATE TRIGGER shomei_kofu_append_only BEFORE UPDATE OR DELETE ON shomei_kofu
    FOR EACH ROW EXECUTE FUNCTION kikan_refuse_change();
CREATE TRIGGER ido_command_append_only BEFORE UPDATE OR DELETE ON ido_command
    FOR EACH ROW EXECUTE FUNCTION kikan_refuse_change();
