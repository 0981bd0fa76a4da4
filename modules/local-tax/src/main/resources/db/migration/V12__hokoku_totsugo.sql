-- A clerk assigns an unmatched report row (給与支払報告書 / 公的年金等支払報告書) to its taxpayer by hand. The rows
-- stay as imported (append-only); an assignment is an entry of its own, and a wrong one is corrected by a newer
-- version for the same row — the latest version is the one in force.
CREATE TABLE hokoku_totsugo (
    lg_code     char(6)     NOT NULL,
    shurui      text        NOT NULL CHECK (shurui IN ('kyuyo', 'koteki_nenkin')),
    file_id     text        NOT NULL,
    line_no     integer     NOT NULL,
    version     integer     NOT NULL CHECK (version > 0),
    atenabango  text        NOT NULL,
    riyu        text,
    shori_at    timestamptz NOT NULL,
    actor       text        NOT NULL,
    PRIMARY KEY (lg_code, shurui, file_id, line_no, version)
);
CREATE TRIGGER hokoku_totsugo_append_only BEFORE UPDATE OR DELETE ON hokoku_totsugo
    FOR EACH ROW EXECUTE FUNCTION platform_reject_modification();

CREATE VIEW hokoku_totsugo_saishin AS
    SELECT DISTINCT ON (lg_code, shurui, file_id, line_no) lg_code, shurui, file_id, line_no, version, atenabango
    FROM hokoku_totsugo ORDER BY lg_code, shurui, file_id, line_no, version DESC;

-- The rows an assessment reads, with the taxpayer each belongs to (taishosha): matched on import, or assigned by a
-- clerk. UNION ALL so that a condition on taishosha reaches each branch's index.
CREATE VIEW kyuyo_hokoku_kazei AS
    SELECT k.*, k.atenabango AS taishosha FROM kyuyo_hokoku k WHERE k.atenabango IS NOT NULL
    UNION ALL
    SELECT k.*, t.atenabango AS taishosha FROM kyuyo_hokoku k JOIN hokoku_totsugo_saishin t
        ON t.lg_code = k.lg_code AND t.shurui = 'kyuyo' AND t.file_id = k.file_id AND t.line_no = k.line_no
    WHERE k.atenabango IS NULL;

CREATE VIEW koteki_nenkin_hokoku_kazei AS
    SELECT k.*, k.atenabango AS taishosha FROM koteki_nenkin_hokoku k WHERE k.atenabango IS NOT NULL
    UNION ALL
    SELECT k.*, t.atenabango AS taishosha FROM koteki_nenkin_hokoku k JOIN hokoku_totsugo_saishin t
        ON t.lg_code = k.lg_code AND t.shurui = 'koteki_nenkin' AND t.file_id = k.file_id AND t.line_no = k.line_no
    WHERE k.atenabango IS NULL;
