-- 固定資産税・都市計画税: the land and house registers (土地課税台帳・家屋課税台帳, 地方税法第380条・第381条) and the
-- assessments. History, never overwrite: each change of a parcel or house is a new version with its 異動日 (the day
-- the change took effect) and 処理日 (the day it was entered); the state on a day is the version with the latest 異動日
-- not after it (of several, the last entered). The owners on 1月1日 are the taxpayers of the 年度 (地方税法第343条・
-- 第359条): a change during the year counts from the next 年度.

CREATE TABLE tochi_rireki (
    lg_code               char(6)     NOT NULL,
    tochi_id              text        NOT NULL,
    version               integer     NOT NULL,
    ido_bi                date        NOT NULL,
    ido_jiyu              text        NOT NULL,
    shometsu              boolean     NOT NULL,
    shozai                text        NOT NULL,
    chiban                text        NOT NULL,
    chimoku_genkyo        text        NOT NULL,
    chimoku_toki          text        NOT NULL,
    chiseki               numeric(14, 2) NOT NULL,
    hyokagaku             bigint      NOT NULL,
    kazei_kubun           text        NOT NULL CHECK (kazei_kubun IN ('jutaku-yochi', 'shogyochi-to', 'sonota')),
    kosu                  integer     NOT NULL,
    jutaku_yuka_menseki   numeric(14, 2),
    shigaika_kuiki        boolean     NOT NULL,
    shoyusha              jsonb       NOT NULL,
    shoyusha_key          text        NOT NULL,
    daihyosha             text        NOT NULL,
    zennendo              jsonb,
    shorinengappi         date        NOT NULL,
    shori_at              timestamptz NOT NULL,
    actor                 text        NOT NULL,
    PRIMARY KEY (lg_code, tochi_id, version)
);
CREATE INDEX tochi_rireki_chiban ON tochi_rireki (lg_code, shozai, chiban);
CREATE INDEX tochi_rireki_shoyusha ON tochi_rireki USING gin (shoyusha jsonb_path_ops);
CREATE TRIGGER tochi_rireki_append_only BEFORE UPDATE OR DELETE ON tochi_rireki
    FOR EACH ROW EXECUTE FUNCTION platform_reject_modification();
CREATE TRIGGER tochi_rireki_no_truncate BEFORE TRUNCATE ON tochi_rireki
    FOR EACH STATEMENT EXECUTE FUNCTION platform_reject_modification();

CREATE TABLE kaoku_rireki (
    lg_code               char(6)     NOT NULL,
    kaoku_id              text        NOT NULL,
    version               integer     NOT NULL,
    ido_bi                date        NOT NULL,
    ido_jiyu              text        NOT NULL,
    shometsu              boolean     NOT NULL,
    shozai                text        NOT NULL,
    kaoku_bango           text        NOT NULL,
    shurui                text        NOT NULL,
    kozo                  text        NOT NULL,
    taika_kozo            boolean     NOT NULL,
    yuka_menseki          numeric(14, 2) NOT NULL,
    kyoju_menseki         numeric(14, 2) NOT NULL,
    kashiya               boolean     NOT NULL,
    shinchiku_nengappi    date        NOT NULL,
    kaisu                 integer     NOT NULL,
    hyokagaku             bigint      NOT NULL,
    shigaika_kuiki        boolean     NOT NULL,
    shoyusha              jsonb       NOT NULL,
    shoyusha_key          text        NOT NULL,
    daihyosha             text        NOT NULL,
    shorinengappi         date        NOT NULL,
    shori_at              timestamptz NOT NULL,
    actor                 text        NOT NULL,
    PRIMARY KEY (lg_code, kaoku_id, version)
);
CREATE INDEX kaoku_rireki_shoyusha ON kaoku_rireki USING gin (shoyusha jsonb_path_ops);
CREATE TRIGGER kaoku_rireki_append_only BEFORE UPDATE OR DELETE ON kaoku_rireki
    FOR EACH ROW EXECUTE FUNCTION platform_reject_modification();
CREATE TRIGGER kaoku_rireki_no_truncate BEFORE TRUNCATE ON kaoku_rireki
    FOR EACH STATEMENT EXECUTE FUNCTION platform_reject_modification();

-- The numbers of parcels and houses of this service, per municipality (gapless, under the row lock).
CREATE TABLE koteishisan_saiban (
    lg_code               char(6)     NOT NULL,
    shurui                text        NOT NULL,
    last_bango            bigint      NOT NULL,
    PRIMARY KEY (lg_code, shurui)
);

-- 固定資産税・都市計画税の賦課: per taxpayer (shoyusha_key: the owner's 宛名番号, or the co-owners' in order joined by
-- '+': a group of co-owners is one taxpayer, 地方税法第10条の2) and 年度; version 1 the 当初, later ones 更正 with their
-- reason and differences. kekka keeps every parcel's and house's 課税標準 (the next 年度's 負担水準 is measured against
-- it) and the 算定根拠, as computed then.
CREATE TABLE koteishisan_fuka (
    lg_code               char(6)     NOT NULL,
    shoyusha_key          text        NOT NULL,
    nendo                 integer     NOT NULL,
    version               integer     NOT NULL,
    kubun                 text        NOT NULL CHECK (kubun IN ('tosho', 'kosei')),
    riyu                  text,
    daihyosha             text        NOT NULL,
    shoyusha              jsonb       NOT NULL,
    nenzeigaku            bigint      NOT NULL,
    kekka                 jsonb       NOT NULL,
    kosei                 jsonb,
    shorinengappi         date        NOT NULL,
    shori_at              timestamptz NOT NULL,
    actor                 text        NOT NULL,
    PRIMARY KEY (lg_code, shoyusha_key, nendo, version)
);
CREATE INDEX koteishisan_fuka_shoyusha ON koteishisan_fuka USING gin (shoyusha jsonb_path_ops);
CREATE TRIGGER koteishisan_fuka_append_only BEFORE UPDATE OR DELETE ON koteishisan_fuka
    FOR EACH ROW EXECUTE FUNCTION platform_reject_modification();
CREATE TRIGGER koteishisan_fuka_no_truncate BEFORE TRUNCATE ON koteishisan_fuka
    FOR EACH STATEMENT EXECUTE FUNCTION platform_reject_modification();
