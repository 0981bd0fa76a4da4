-- An insurer's parameters (the rates, caps, rounding and 納期 its 条例 sets: 国民健康保険税条例 under 地方税法第703条の4,
-- 介護保険条例 under 介護保険法第129条) as loaded through a service's admin API: every load is a new version, never an
-- update, with who loaded it, when, and where the values were published (shutten). The latest version of a
-- municipality is what its later 賦課, 試算 and annual job use, in place of the file shipped in the service's jar.
-- Each service has its own database, so the table holds that service's documents only.
CREATE TABLE platform_parameter_han (
    lg_code      char(6)     NOT NULL,
    version      integer     NOT NULL CHECK (version > 0),
    doc          text        NOT NULL,   -- the document (JSON) exactly as loaded: doc_sha256 is its SHA-256
    doc_sha256   char(64)    NOT NULL,
    dantai_mei   text        NOT NULL,
    shutten      text        NOT NULL,
    loaded_by    text        NOT NULL,
    loaded_at    timestamptz NOT NULL,
    PRIMARY KEY (lg_code, version)
);
CREATE TRIGGER platform_parameter_han_append_only BEFORE UPDATE OR DELETE ON platform_parameter_han
    FOR EACH ROW EXECUTE FUNCTION platform_reject_modification();
CREATE TRIGGER platform_parameter_han_no_truncate BEFORE TRUNCATE ON platform_parameter_han
    FOR EACH STATEMENT EXECUTE FUNCTION platform_reject_modification();
