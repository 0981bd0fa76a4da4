-- Pages of searches with more than a thousand hits (a common surname, two common kana): their first page in
-- reading order (kana_key, then 宛名番号) is found by walking this index in that order and checking each entry,
-- without reading the rows — the search keys a check needs are in the index (INCLUDE). Sorting all hits
-- instead would read thousands of rows (佐藤: 5,600 of 100,000 residents) for every such page.
CREATE INDEX jumin_search_order_idx ON jumin (lg_code, kana_key, atenabango)
    INCLUDE (kana_bigrams, shimei_bigrams, shimei_key)
    WHERE jumin_jotai = 'jumin';
