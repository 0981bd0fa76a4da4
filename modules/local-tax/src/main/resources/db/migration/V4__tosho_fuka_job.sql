-- 当初賦課 (the annual assessment of a 年度 over the whole city) as a job split into partitions that worker
-- processes claim (a lease that expires when a worker dies) and work through in batches. Each batch commits its
-- assessments, their outbox events and the partition's cursor and counts together: a crash loses at most the
-- batch in flight, which the next claimant does again; a person already assessed for the 年度 is never assessed
-- again (the job skips anyone with a fuka row). Jobs and partitions are state, updated in place; the
-- assessments they write are the append-only fuka versions.
CREATE TABLE tosho_fuka_job (
    lg_code          char(6)     NOT NULL,
    job_id           text        NOT NULL,
    nendo            integer     NOT NULL,
    partitions       integer     NOT NULL CHECK (partitions BETWEEN 1 AND 64),
    status           text        NOT NULL CHECK (status IN ('running', 'done')),
    total            bigint      NOT NULL,
    created_at       timestamptz NOT NULL,
    finished_at      timestamptz,
    actor            text        NOT NULL,
    PRIMARY KEY (lg_code, job_id)
);
-- one running 当初賦課 per municipality and 年度
CREATE UNIQUE INDEX tosho_fuka_job_running ON tosho_fuka_job (lg_code, nendo) WHERE status = 'running';

CREATE TABLE tosho_fuka_partition (
    lg_code          char(6)     NOT NULL,
    job_id           text        NOT NULL,
    partition_no     integer     NOT NULL,
    cursor_atenabango text,
    processed        bigint      NOT NULL DEFAULT 0,
    assessed         bigint      NOT NULL DEFAULT 0,
    mishinkoku       bigint      NOT NULL DEFAULT 0,
    hitaisho         bigint      NOT NULL DEFAULT 0,
    skipped          bigint      NOT NULL DEFAULT 0,
    done             boolean     NOT NULL DEFAULT false,
    worker           text,
    lease_until      timestamptz,
    started_at       timestamptz,
    finished_at      timestamptz,
    PRIMARY KEY (lg_code, job_id, partition_no)
);

-- the batch reads the next taxpayers of a partition in 宛名番号 order
CREATE INDEX nozeigimusha_jumin ON nozeigimusha (lg_code, atenabango) WHERE kubun = 'jumin';
CREATE INDEX shinkoku_latest ON shinkoku (lg_code, nendo, atenabango, version DESC);
