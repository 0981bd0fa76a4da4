-- The command audit record moves to the platform's generic table (db/platform V1_0_4): keys are now
-- scoped to the municipality and the caller, and results are versioned JSON. The records kept so far
-- are copied over unchanged (their result shape is IdoKekka version 1), then the old table is dropped.
INSERT INTO platform_command (lg_code, actor, idempotency_key, command_type, request_hash, result_type,
                              result_version, result, client_address, recorded_at)
SELECT lg_code, actor, idempotency_key, 'ido.' || command_type, request_hash, 'IdoKekka', 1, result,
       client_address, recorded_at
FROM ido_command;

DROP TABLE ido_command;
