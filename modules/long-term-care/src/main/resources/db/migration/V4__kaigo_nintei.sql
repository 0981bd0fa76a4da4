-- 要介護・要支援認定: each application (新規・更新・区分変更) and each step of it (認定調査, 主治医意見書, 審査会,
-- 延期の通知, 決定 with its 有効期間), dated and attributed to the person who recorded it. Append-only.
CREATE TABLE nintei_shinsei (
    shinsei_id            bigserial   PRIMARY KEY,
    lg_code               char(6)     NOT NULL,
    atenabango            text        NOT NULL,
    shinsei_kubun         text        NOT NULL CHECK (shinsei_kubun IN ('shinki', 'koshin', 'kubun_henko')),
    shinseibi             date        NOT NULL,
    shori_at              timestamptz NOT NULL,
    actor                 text        NOT NULL
);
CREATE INDEX nintei_shinsei_person ON nintei_shinsei (lg_code, atenabango, shinsei_id);
CREATE TRIGGER nintei_shinsei_append_only BEFORE UPDATE OR DELETE ON nintei_shinsei
    FOR EACH ROW EXECUTE FUNCTION platform_reject_modification();

CREATE TABLE nintei_tetsuzuki (
    shinsei_id            bigint      NOT NULL REFERENCES nintei_shinsei (shinsei_id),
    seq                   integer     NOT NULL,
    shubetsu              text        NOT NULL CHECK (shubetsu IN ('chosa', 'ikensho', 'shinsakai', 'encho', 'kettei')),
    jisshibi              date        NOT NULL,
    tantosha              text        NOT NULL,
    kekka                 text,
    yuko_kaishibi         date,
    yuko_shuryobi         date,
    encho_riyu            text,
    mikomibi              date,
    biko                  text,
    shorinengappi         date        NOT NULL,
    shori_at              timestamptz NOT NULL,
    PRIMARY KEY (shinsei_id, seq)
);
CREATE TRIGGER nintei_tetsuzuki_append_only BEFORE UPDATE OR DELETE ON nintei_tetsuzuki
    FOR EACH ROW EXECUTE FUNCTION platform_reject_modification();
