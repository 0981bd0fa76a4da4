-- An assessment's kekka (the result with its compact 算定根拠), choshu (the instalments) and kosei (a 更正's
-- differences) are written once and read back whole by the service (FukaStore reads them as text; SQL looks into choshu
-- only for the 特別徴収義務者's key, whose index stays): they are documents, not data to query. Kept as json (the text as
-- written, checked to be JSON) instead of jsonb (parsed into a binary form and re-sorted on every insert), and inline up
-- to a page instead of pglz-compressed from 2 KB on: the 当初賦課 writes some 100,000 of these rows a run, and PostgreSQL
-- spent most of a row's insert on those two steps (COPY of 20,000 rows of this shape, same machine back to back:
-- jsonb 6.6 s, json 4.5 s, json inline 2.1 s). The rows are larger on disk (≈ 3.5 KB instead of ≈ 2.7 KB).
ALTER TABLE fuka ALTER COLUMN kekka TYPE json USING kekka::text::json,
                 ALTER COLUMN choshu TYPE json USING choshu::text::json,
                 ALTER COLUMN kosei TYPE json USING kosei::text::json;
ALTER TABLE fuka SET (toast_tuple_target = 8160);
