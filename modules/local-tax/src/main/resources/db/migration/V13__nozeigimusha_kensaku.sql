-- 納税義務者の検索 by フリガナ (prefix, spaces ignored: the reading as typed, 全角/半角 spaces alike) for the 税務課
-- screens. Names themselves are never normalized; only the spaces between family and given name are left out.
CREATE INDEX nozeigimusha_furigana_idx ON nozeigimusha (lg_code, (translate(shimei_furigana, ' 　', '')) text_pattern_ops);
