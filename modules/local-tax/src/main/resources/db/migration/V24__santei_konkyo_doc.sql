-- What every assessment's 算定根拠 repeats, kept once (the compact form 2 of fuka.kekka, SanteiKonkyoAsshuku): the
-- document of a rule as a step used it (rule_id, 名称, 根拠条文, 部分, 単位) and of a parameter (id, 名称, 年度, level,
-- 根拠条文, 出典, status, 注記), each named by the first 64 bits of the SHA-256 of its content (base64url, 11
-- characters; a second document under a key already kept is refused when it is kept). A step then stores only its
-- document's key, its value, inputs, the parameter values used with their documents' keys and its note. Never changed:
-- a changed text is a new key. The documents of form 1 (parameter_doc) stay for the assessments stored in it.
CREATE TABLE santei_konkyo_doc (
    doc_key          text        PRIMARY KEY,
    doc              jsonb       NOT NULL
);
CREATE TRIGGER santei_konkyo_doc_append_only BEFORE UPDATE OR DELETE ON santei_konkyo_doc
    FOR EACH ROW EXECUTE FUNCTION platform_reject_modification();
