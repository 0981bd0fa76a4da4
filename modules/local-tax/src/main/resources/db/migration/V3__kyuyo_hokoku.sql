-- 給与支払報告書 (地方税法第317条の6: employers report each employee's salary of the year to the municipality of the
-- employee's address on 1月1日), imported in bulk as files. A file is kept once per content (its SHA-256): sending
-- the same file again changes nothing. Each good row is kept with the taxpayer it was matched to, or none (the
-- clerk's unmatched list); bad rows are reported by line and field and not kept.
CREATE TABLE kyuyo_hokoku_file (
    lg_code               char(6)     NOT NULL,
    file_id               text        NOT NULL,
    sha256                char(64)    NOT NULL,
    file_name             text        NOT NULL,
    gyosu                 integer     NOT NULL,
    torikomi              integer     NOT NULL,
    mitotsugo             integer     NOT NULL,
    errors                jsonb       NOT NULL,
    received_at           timestamptz NOT NULL,
    actor                 text        NOT NULL,
    PRIMARY KEY (lg_code, file_id),
    UNIQUE (lg_code, sha256)
);
CREATE TRIGGER kyuyo_hokoku_file_append_only BEFORE UPDATE OR DELETE ON kyuyo_hokoku_file
    FOR EACH ROW EXECUTE FUNCTION platform_reject_modification();

CREATE TABLE kyuyo_hokoku (
    lg_code                     char(6)  NOT NULL,
    file_id                     text     NOT NULL,
    line_no                     integer  NOT NULL,
    nendo                       integer  NOT NULL,
    atenabango                  text,
    totsugo                     text     NOT NULL CHECK (totsugo IN ('kojinbango', 'shimei_seinengappi_jusho', 'mitotsugo')),
    shiharaisha_meisho          text     NOT NULL,
    shimei                      text     NOT NULL,
    shimei_furigana             text,
    seinengappi                 date     NOT NULL,
    jusho                       text     NOT NULL,
    kyuyo_shunyu                bigint   NOT NULL,
    shakai_hokenryo             bigint   NOT NULL,
    shokibo_kigyo_kyosai_kakekin bigint  NOT NULL,
    PRIMARY KEY (lg_code, file_id, line_no)
);
CREATE TRIGGER kyuyo_hokoku_append_only BEFORE UPDATE OR DELETE ON kyuyo_hokoku
    FOR EACH ROW EXECUTE FUNCTION platform_reject_modification();
CREATE INDEX kyuyo_hokoku_person ON kyuyo_hokoku (lg_code, atenabango, nendo);
CREATE INDEX kyuyo_hokoku_mitotsugo ON kyuyo_hokoku (lg_code, nendo) WHERE atenabango IS NULL;

-- 個人番号 of a resident as the feed carries it to a client allowed to receive it (番号法 第9条・第19条), for
-- matching reports; null when this service's client is not given it.
ALTER TABLE nozeigimusha ADD COLUMN kojinbango text;
CREATE INDEX nozeigimusha_kojinbango ON nozeigimusha (lg_code, kojinbango) WHERE kojinbango IS NOT NULL;
CREATE INDEX nozeigimusha_seinengappi ON nozeigimusha (lg_code, seinengappi);
