-- Jobs over a whole municipality (the annual runs: 当初賦課, 本算定, the 年次 premium run, …) split into partitions
-- that worker processes claim with a lease and work through in batches. Each batch commits its effects (a
-- service's assessments and their outbox events), the partition's cursor and counts together: a crash loses at
-- most the batch in flight, which the next claimant does again from the committed cursor. Jobs and partitions are
-- state, updated in place; what a job writes are the services' own append-only versions. A kind of job is the
-- service's (e.g. 'kokuho-honsantei'); one job of a kind and 年度 runs at a time per municipality.
CREATE TABLE platform_job (
    lg_code          char(6)     NOT NULL,
    job_id           text        NOT NULL,
    kind             text        NOT NULL,
    nendo            integer     NOT NULL,
    partitions       integer     NOT NULL CHECK (partitions BETWEEN 1 AND 64),
    status           text        NOT NULL CHECK (status IN ('running', 'done')),
    total            bigint      NOT NULL CHECK (total >= 0),
    created_at       timestamptz NOT NULL,
    finished_at      timestamptz,
    actor            text        NOT NULL,
    PRIMARY KEY (lg_code, job_id)
);
CREATE UNIQUE INDEX platform_job_running ON platform_job (lg_code, kind, nendo) WHERE status = 'running';

-- counts: what the batches found, by the service's names (e.g. {"assessed": 812, "skipped": 3}), summed per batch
CREATE TABLE platform_job_partition (
    lg_code          char(6)     NOT NULL,
    job_id           text        NOT NULL,
    partition_no     integer     NOT NULL,
    cursor_key       text,
    processed        bigint      NOT NULL DEFAULT 0,
    counts           jsonb       NOT NULL DEFAULT '{}'::jsonb,
    done             boolean     NOT NULL DEFAULT false,
    worker           text,
    lease_until      timestamptz,
    started_at       timestamptz,
    finished_at      timestamptz,
    PRIMARY KEY (lg_code, job_id, partition_no),
    FOREIGN KEY (lg_code, job_id) REFERENCES platform_job (lg_code, job_id)
);
CREATE INDEX platform_job_partition_open ON platform_job_partition (lg_code, job_id) WHERE NOT done;

-- A target the job could not process (e.g. the engine refuses its data) is listed with the rule and the Japanese
-- message for the clerk; the partition goes on instead of failing forever. A target that fails again when the
-- batch is re-run after a crash keeps its first entry.
CREATE TABLE platform_job_error (
    lg_code          char(6)     NOT NULL,
    job_id           text        NOT NULL,
    target_key       text        NOT NULL,
    rule             text        NOT NULL,
    message          text        NOT NULL,
    recorded_at      timestamptz NOT NULL,
    PRIMARY KEY (lg_code, job_id, target_key),
    FOREIGN KEY (lg_code, job_id) REFERENCES platform_job (lg_code, job_id)
);
