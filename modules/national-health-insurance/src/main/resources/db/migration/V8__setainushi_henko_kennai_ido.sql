-- 世帯主の変更 during the 年度: each 納税義務者's share of a version (the months he was the 世帯主, his amount and his
-- instalments, for a 更正 his before and after) — null when one 世帯主 was liable for the whole 年度.
ALTER TABLE kokuho_fuka ADD COLUMN bunpai jsonb;

-- 県内転居: a move to another municipality of the same prefecture, as a clerk entered it. The prefecture is the insurer
-- with its municipalities (国民健康保険法第5条, 平成30年度〜): the qualification continues there, this municipality's
-- part ends (its assessment 月割). The history entry itself is shikaku_rireki's (ido_kubun keizoku, kennai_ido).
CREATE TABLE shikaku_kennai_ido (
    lg_code                       char(6)     NOT NULL,
    atenabango                    text        NOT NULL,
    idonengappi                   date        NOT NULL,
    tenshutsusaki_shikuchosonkodo char(6)     NOT NULL,
    todokedenengappi              date        NOT NULL,
    biko                          text,
    shori_at                      timestamptz NOT NULL,
    actor                         text        NOT NULL,
    PRIMARY KEY (lg_code, atenabango, idonengappi)
);
CREATE TRIGGER shikaku_kennai_ido_append_only BEFORE UPDATE OR DELETE ON shikaku_kennai_ido
    FOR EACH ROW EXECUTE FUNCTION platform_reject_modification();
CREATE TRIGGER shikaku_kennai_ido_no_truncate BEFORE TRUNCATE ON shikaku_kennai_ido
    FOR EACH STATEMENT EXECUTE FUNCTION platform_reject_modification();
