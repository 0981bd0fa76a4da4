-- 特別徴収対象者の通知: the pension insurer's notice (介護保険法第134条, 基準日 4月1日) that a person's premium of a 年度 is
-- to be withheld from his pension, as a clerk entered it — this service holds no pension data. Append-only: a correction
-- is a new row, the latest of a person and 年度 counts; only before the 年度's first assessment.
CREATE TABLE kaigo_tokubetsu_choshu (
    todokede_id      bigserial   PRIMARY KEY,
    lg_code          char(6)     NOT NULL,
    atenabango       text        NOT NULL,
    nendo            integer     NOT NULL,
    nenkin_nengaku   bigint      NOT NULL CHECK (nenkin_nengaku >= 0),
    tsuchibi         date        NOT NULL,
    nenkin_hokensha  text,
    karichoshu_gaku  bigint      CHECK (karichoshu_gaku >= 0),
    biko             text,
    shorinengappi    date        NOT NULL,
    shori_at         timestamptz NOT NULL,
    actor            text        NOT NULL
);
CREATE INDEX kaigo_tokubetsu_choshu_person ON kaigo_tokubetsu_choshu (lg_code, atenabango, nendo);
CREATE TRIGGER kaigo_tokubetsu_choshu_append_only BEFORE UPDATE OR DELETE ON kaigo_tokubetsu_choshu
    FOR EACH ROW EXECUTE FUNCTION platform_reject_modification();
CREATE TRIGGER kaigo_tokubetsu_choshu_no_truncate BEFORE TRUNCATE ON kaigo_tokubetsu_choshu
    FOR EACH STATEMENT EXECUTE FUNCTION platform_reject_modification();
