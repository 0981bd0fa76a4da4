-- 検索索引: a search's page in reading order without sorting all of its hits.
-- The bigram indexes (V3) find a term's hits, but not in reading order: a page was sorted from every hit, and
-- two kana such as トウ hit 15,000 of 100,000 residents (14 ms of heap reads for a page of 20); a single
-- character (林, 森) was a scan. Here each current resident (jumin_jotai 'jumin') has one row per distinct
-- part of their keys, ordered like the result (kana_key, atenabango):
--   kind 'k': every 2 and 3 characters of kana_key (ヤマダタロウ: ヤマ, マダ, … and ヤマダ, マダタ, …);
--   kind 's': every 1 and 2 characters of shimei_key (山田太郎: 山, 田, … and 山田, 田太, …).
-- "contains トウ" is then the range (lg_code, 'k', 'トウ'), already in reading order: a page reads its 20
-- rows (after the offset), the count stops at 1,001 (JuminRepository.SearchPage.COUNT_CAP + 1). A row holds
-- the term exactly when the key contains it — the same hits as kana_key LIKE '%トウ%'.
-- Kept in step by the database itself, whoever writes the head (service, loader), like the bigrams.
-- Removed residents have no rows (a search including them goes by the bigram indexes).

-- every distinct run of n characters of s (none when s is shorter)
CREATE FUNCTION kikan_ngrams(s text, n integer) RETURNS SETOF text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT DISTINCT substr(s, i, n) FROM generate_series(1, char_length(s) - n + 1) AS i
$$;

-- the index rows of one head's keys
CREATE FUNCTION jumin_sakuin_grams(kana_key text, shimei_key text) RETURNS TABLE (kind char(1), gram text)
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT 'k', g FROM kikan_ngrams(kana_key, 2) AS g
    UNION ALL SELECT 'k', g FROM kikan_ngrams(kana_key, 3) AS g
    UNION ALL SELECT 's', g FROM kikan_ngrams(shimei_key, 1) AS g
    UNION ALL SELECT 's', g FROM kikan_ngrams(shimei_key, 2) AS g
$$;

CREATE TABLE jumin_sakuin (
    lg_code    varchar(6)   NOT NULL,
    kind       char(1)      NOT NULL CHECK (kind IN ('k', 's')),
    gram       text         NOT NULL,
    kana_key   varchar(200) NOT NULL,  -- the head's, so the index is in the result's order
    atenabango varchar(15)  NOT NULL,
    PRIMARY KEY (lg_code, kind, gram, kana_key, atenabango)
);

-- new heads, a whole statement at once (a COPY of the demo city is one statement per batch)
CREATE FUNCTION jumin_sakuin_insert() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
BEGIN
    INSERT INTO jumin_sakuin (lg_code, kind, gram, kana_key, atenabango)
    SELECT h.lg_code, g.kind, g.gram, h.kana_key, h.atenabango
    FROM new_heads h, jumin_sakuin_grams(h.kana_key, h.shimei_key) AS g
    WHERE h.jumin_jotai = 'jumin';
    RETURN NULL;
END $$;

-- a head whose keys or state changed (a name corrected, a 転出, a 死亡, its cancellation): its rows are
-- replaced. The service's role may not delete (afterMigrate.sql), so this runs as the owner and touches only
-- the rows of the head being changed.
CREATE FUNCTION jumin_sakuin_replace() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM jumin_sakuin s
        USING jumin_sakuin_grams(OLD.kana_key, OLD.shimei_key) AS g
        WHERE s.lg_code = OLD.lg_code AND s.kind = g.kind AND s.gram = g.gram AND s.kana_key = OLD.kana_key
          AND s.atenabango = OLD.atenabango;
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.jumin_jotai = 'jumin' THEN
        INSERT INTO jumin_sakuin (lg_code, kind, gram, kana_key, atenabango)
        SELECT NEW.lg_code, g.kind, g.gram, NEW.kana_key, NEW.atenabango
        FROM jumin_sakuin_grams(NEW.kana_key, NEW.shimei_key) AS g;
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION jumin_sakuin_truncate() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
BEGIN
    TRUNCATE jumin_sakuin;
    RETURN NULL;
END $$;

CREATE TRIGGER jumin_sakuin_insert AFTER INSERT ON jumin REFERENCING NEW TABLE AS new_heads
    FOR EACH STATEMENT EXECUTE FUNCTION jumin_sakuin_insert();
-- a 転居 rewrites the head with the same names: nothing to do (the condition is checked without a call)
CREATE TRIGGER jumin_sakuin_update AFTER UPDATE ON jumin FOR EACH ROW
    WHEN (OLD.kana_key IS DISTINCT FROM NEW.kana_key OR OLD.shimei_key IS DISTINCT FROM NEW.shimei_key
          OR OLD.jumin_jotai IS DISTINCT FROM NEW.jumin_jotai OR OLD.lg_code IS DISTINCT FROM NEW.lg_code
          OR OLD.atenabango IS DISTINCT FROM NEW.atenabango)
    EXECUTE FUNCTION jumin_sakuin_replace();
CREATE TRIGGER jumin_sakuin_delete AFTER DELETE ON jumin FOR EACH ROW EXECUTE FUNCTION jumin_sakuin_replace();
CREATE TRIGGER jumin_sakuin_truncate AFTER TRUNCATE ON jumin FOR EACH STATEMENT
    EXECUTE FUNCTION jumin_sakuin_truncate();

INSERT INTO jumin_sakuin (lg_code, kind, gram, kana_key, atenabango)
SELECT h.lg_code, g.kind, g.gram, h.kana_key, h.atenabango
FROM jumin h, jumin_sakuin_grams(h.kana_key, h.shimei_key) AS g
WHERE h.jumin_jotai = 'jumin';

-- a single character of a name, removed residents included or with other criteria: its hits by an index
-- rather than a scan (string_to_array with no delimiter gives the characters)
CREATE INDEX jumin_shimei_moji_idx ON jumin USING gin (string_to_array(shimei_key, NULL));
