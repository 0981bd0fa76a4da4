-- Search pages are ordered by reading (kana_key, then 宛名番号). When a search has more than a thousand hits
-- (a common surname, two kana), its page is found by walking this index in that order, checking each row,
-- instead of fetching and sorting every hit; smaller result sets are taken by the search indexes and sorted.
CREATE INDEX jumin_search_order_idx ON jumin (lg_code, kana_key, atenabango) WHERE jumin_jotai = 'jumin';
