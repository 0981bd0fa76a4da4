-- What every assessment's 算定根拠 repeats, kept once (the compact form 2 of fuka.kekka, SanteiKonkyoAsshuku): the
-- document of a parameter (id, 名称, 年度, level, 根拠条文, 出典, status, 注記) and the shape of a step (its rule's id,
-- 名称, 根拠条文, 部分, 単位, its inputs' names, its parameters' document keys), each named by the first 64 bits of the
-- SHA-256 of its content (base64url, 11 characters; a second document under a key already kept is refused when it is
-- kept). A step then stores only its shape's key, its value, its inputs' values, the parameter values used and its
-- note. Never changed: a changed text is a new key. The documents of form 1 (parameter_doc) stay for the assessments
-- stored in that form.
CREATE TABLE santei_konkyo_doc (
    doc_key          text        PRIMARY KEY,
    doc              jsonb       NOT NULL
);
CREATE TRIGGER santei_konkyo_doc_append_only BEFORE UPDATE OR DELETE ON santei_konkyo_doc
    FOR EACH ROW EXECUTE FUNCTION platform_reject_modification();
