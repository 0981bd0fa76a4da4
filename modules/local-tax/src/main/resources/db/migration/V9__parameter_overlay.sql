-- A municipality's published values (個人住民税のパラメータ: 級地, 超過課税, 納期 …, the parameters the law lets the
-- municipality choose — 地方税法第295条第3項・第310条・第320条 and its 条例) as loaded through the admin API: every load is
-- a new version, never an update, with who loaded it, when, and where the values were published (shutten). The latest
-- version of a municipality is what its assessments and 試算 use, in place of the overlay shipped in the jar. V8 is
-- another change's.
CREATE TABLE parameter_overlay (
    lg_code      char(6)     NOT NULL,
    version      integer     NOT NULL CHECK (version > 0),
    doc          text        NOT NULL,   -- the overlay document (JSON) exactly as loaded: doc_sha256 is its SHA-256
    doc_sha256   char(64)    NOT NULL,
    dantai_mei   text        NOT NULL,
    shutten      text        NOT NULL,
    loaded_by    text        NOT NULL,
    loaded_at    timestamptz NOT NULL,
    PRIMARY KEY (lg_code, version)
);
CREATE TRIGGER parameter_overlay_append_only BEFORE UPDATE OR DELETE ON parameter_overlay
    FOR EACH ROW EXECUTE FUNCTION platform_reject_modification();
CREATE TRIGGER parameter_overlay_no_truncate BEFORE TRUNCATE ON parameter_overlay
    FOR EACH STATEMENT EXECUTE FUNCTION platform_reject_modification();
