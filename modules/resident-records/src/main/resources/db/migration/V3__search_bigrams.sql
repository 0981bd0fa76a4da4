-- Two-character partial search (山田, ヤマ — the most common thing a clerk types). Trigram indexes
-- cannot serve a pattern shorter than three characters, so each head also keeps the set of its
-- two-character substrings, GIN-indexed: "contains ヤマ" becomes "bigrams @> {ヤマ}".
CREATE FUNCTION kikan_bigrams(s text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(DISTINCT substr(s, i, 2)), '{}')
    FROM generate_series(1, greatest(char_length(s) - 1, 0)) AS i
$$;

ALTER TABLE jumin
    ADD COLUMN kana_bigrams   text[] NOT NULL DEFAULT '{}',
    ADD COLUMN shimei_bigrams text[] NOT NULL DEFAULT '{}';

-- kept in step with the keys by the database itself, whoever writes the head (service or loader)
CREATE FUNCTION jumin_set_bigrams() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.kana_bigrams := kikan_bigrams(NEW.kana_key);
    NEW.shimei_bigrams := kikan_bigrams(NEW.shimei_key);
    RETURN NEW;
END $$;
CREATE TRIGGER jumin_bigrams BEFORE INSERT OR UPDATE ON jumin
    FOR EACH ROW EXECUTE FUNCTION jumin_set_bigrams();

-- name and address keys compare Latin letters case-insensitively (SearchKeys upper-cases them)
UPDATE jumin SET shimei_key = upper(shimei_key), jusho_key = upper(jusho_key);
UPDATE jumin SET kana_bigrams = kikan_bigrams(kana_key), shimei_bigrams = kikan_bigrams(shimei_key);

CREATE INDEX jumin_kana_bigram_idx ON jumin USING gin (kana_bigrams);
CREATE INDEX jumin_shimei_bigram_idx ON jumin USING gin (shimei_bigrams);
