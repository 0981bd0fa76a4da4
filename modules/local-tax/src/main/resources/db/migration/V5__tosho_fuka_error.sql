-- A taxpayer the 当初賦課 cannot assess (the engine refuses the 課税資料: e.g. a 級地 the city's parameters do not
-- give) is listed here with the reason and left for the clerk — the partition goes on instead of failing forever.
CREATE TABLE tosho_fuka_error (
    lg_code          char(6)     NOT NULL,
    job_id           text        NOT NULL,
    atenabango       text        NOT NULL,
    rule             text        NOT NULL,
    message          text        NOT NULL,
    PRIMARY KEY (lg_code, job_id, atenabango)
);
ALTER TABLE tosho_fuka_partition ADD COLUMN errors bigint NOT NULL DEFAULT 0;
