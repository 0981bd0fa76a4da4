-- The 本算定 reads a batch's households' versions in resident records' feed by 世帯番号 in one statement
-- (JuminKirokuStore.setai): without this index every read scanned the whole jumin_kiroku.
CREATE INDEX jumin_kiroku_setai ON jumin_kiroku (lg_code, setaibango);
