-- The documentation of a parameter as an assessment used it (名称, 根拠条文, 出典, 注記), kept once: each stored 算定根拠
-- names it by the SHA-256 of its content instead of repeating ≈ 0.5 KB per parameter in every assessment. The value,
-- 年度, level and status stay in the assessment itself; a document is never changed (a changed text is a new id).
CREATE TABLE parameter_doc (
    doc_id           char(64)    PRIMARY KEY,
    doc              jsonb       NOT NULL
);
CREATE TRIGGER parameter_doc_append_only BEFORE UPDATE OR DELETE ON parameter_doc
    FOR EACH ROW EXECUTE FUNCTION platform_reject_modification();
