-- 相続人代表者 (地方税法第9条の2): for a deceased taxpayer, the heir who receives the documents of the 賦課徴収 — the
-- 納税通知書 and 課税明細書 of the 年度 after the death are addressed to them. Each designation (届出, or the
-- municipality's own 指定 of 第9条の2第2項) is a version; the latest applies; nothing is overwritten.
CREATE TABLE sozokunin_daihyosha (
    lg_code               char(6)     NOT NULL,
    hisozokunin           text        NOT NULL,
    version               integer     NOT NULL,
    daihyosha             text        NOT NULL,
    shitei_kubun          text        NOT NULL CHECK (shitei_kubun IN ('todokede', 'shokken')),
    todokedebi            date        NOT NULL,
    riyu                  text        NOT NULL,
    shorinengappi         date        NOT NULL,
    shori_at              timestamptz NOT NULL,
    actor                 text        NOT NULL,
    PRIMARY KEY (lg_code, hisozokunin, version),
    CHECK (daihyosha <> hisozokunin)
);
CREATE TRIGGER sozokunin_daihyosha_append_only BEFORE UPDATE OR DELETE ON sozokunin_daihyosha
    FOR EACH ROW EXECUTE FUNCTION platform_reject_modification();
