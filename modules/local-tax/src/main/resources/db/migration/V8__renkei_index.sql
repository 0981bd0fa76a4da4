-- The feed of this service (/v1/renkei/kojin-juminzei) builds its snapshot from the outbox: the latest event of each
-- (宛名番号:年度) at or before the snapshot's seq, in key order. This index serves that scan (DISTINCT ON aggregate_id,
-- seq descending) without sorting every event of the municipality.
CREATE INDEX outbox_event_renkei_idx ON outbox_event (lg_code, aggregate_type, aggregate_id, seq DESC);
