-- The numbering trigger of V1_0_7 reads a transaction's pending events three times (count, move, delete) while the
-- last two hold the municipality's counter row, i.e. while every other writer of the municipality waits. Without an
-- index each read was a scan of outbox_pending, whose every row is deleted a moment after it is inserted: between two
-- autovacuums the scan walks thousands of dead rows, and the serialised part of each commit grew with them (pgbench,
-- 8 writers × 2 events, PostgreSQL 17, same machine back to back: 1,442 → 898 commits/s as dead rows piled up; with this
-- index 2,166 and 1,986). The index lets each read go straight to the municipality's rows; dead index entries are
-- skipped once marked. Autovacuum is told to clean the queue early instead of waiting for 20 % of a tiny table.
CREATE INDEX outbox_pending_lg_code_idx ON outbox_pending (lg_code, id);
ALTER TABLE outbox_pending SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 2000,
    autovacuum_vacuum_insert_scale_factor = 0, autovacuum_vacuum_insert_threshold = 2000);
