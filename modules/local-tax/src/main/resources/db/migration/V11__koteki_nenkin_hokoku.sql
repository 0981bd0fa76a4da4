-- 公的年金等支払報告書 (地方税法第317条の6第4項: the payers of pensions report each recipient's pension of the year to the
-- municipality of the address on 1月1日), imported in bulk like the salary reports. The files share the salary
-- reports' file table (kept once per content, its SHA-256), told apart by their kind.
ALTER TABLE kyuyo_hokoku_file ADD COLUMN shurui text NOT NULL DEFAULT 'kyuyo' CHECK (shurui IN ('kyuyo', 'koteki_nenkin'));

CREATE TABLE koteki_nenkin_hokoku (
    lg_code               char(6)  NOT NULL,
    file_id               text     NOT NULL,
    line_no               integer  NOT NULL,
    nendo                 integer  NOT NULL,
    atenabango            text,
    totsugo               text     NOT NULL CHECK (totsugo IN ('kojinbango', 'shimei_seinengappi_jusho', 'mitotsugo')),
    shiharaisha_meisho    text     NOT NULL,
    shimei                text     NOT NULL,
    shimei_furigana       text,
    seinengappi           date     NOT NULL,
    jusho                 text     NOT NULL,
    koteki_nenkin_shunyu  bigint   NOT NULL,
    shakai_hokenryo       bigint   NOT NULL,
    PRIMARY KEY (lg_code, file_id, line_no)
);
CREATE TRIGGER koteki_nenkin_hokoku_append_only BEFORE UPDATE OR DELETE ON koteki_nenkin_hokoku
    FOR EACH ROW EXECUTE FUNCTION platform_reject_modification();
CREATE INDEX koteki_nenkin_hokoku_person ON koteki_nenkin_hokoku (lg_code, atenabango, nendo);
CREATE INDEX koteki_nenkin_hokoku_mitotsugo ON koteki_nenkin_hokoku (lg_code, nendo) WHERE atenabango IS NULL;
