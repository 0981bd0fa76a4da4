-- 固定資産税・都市計画税の当初賦課 of a 年度 over the whole city as a restartable job: one cursor over the 年度's taxpayers
-- (owners and groups of co-owners on 1月1日, in key order) worked through in batches by whichever worker holds the lease;
-- each batch commits its assessments, their outbox events and the cursor and counts together, so a crash loses at most
-- the batch in flight. A taxpayer already assessed for the 年度 is skipped (never assessed twice); one the engine refuses
-- is listed with the reason and left for the clerk.
CREATE TABLE koteishisan_tosho_job (
    lg_code          char(6)     NOT NULL,
    job_id           text        NOT NULL,
    nendo            integer     NOT NULL,
    status           text        NOT NULL CHECK (status IN ('running', 'done')),
    total            bigint      NOT NULL,
    cursor_key       text,
    processed        bigint      NOT NULL DEFAULT 0,
    assessed         bigint      NOT NULL DEFAULT 0,
    skipped          bigint      NOT NULL DEFAULT 0,
    errors           bigint      NOT NULL DEFAULT 0,
    worker           text,
    lease_until      timestamptz,
    created_at       timestamptz NOT NULL,
    started_at       timestamptz,
    finished_at      timestamptz,
    actor            text        NOT NULL,
    PRIMARY KEY (lg_code, job_id)
);
CREATE UNIQUE INDEX koteishisan_tosho_job_running ON koteishisan_tosho_job (lg_code, nendo) WHERE status = 'running';

CREATE TABLE koteishisan_tosho_error (
    lg_code          char(6)     NOT NULL,
    job_id           text        NOT NULL,
    shoyusha_key     text        NOT NULL,
    rule             text        NOT NULL,
    message          text        NOT NULL,
    PRIMARY KEY (lg_code, job_id, shoyusha_key)
);
