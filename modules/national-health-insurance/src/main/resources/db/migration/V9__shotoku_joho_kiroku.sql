-- The copy of local tax's 所得情報 as its feed (010:kojin-juminzei-renkei:Read) delivered it, one row per person and
-- 年度, kept by the platform's ShotokuJohoKiroku: a projection that only moves forward by the feed's 変更番号 (local tax
-- keeps the history). An assessment reads a household's incomes from it in one statement, and local tax's API only
-- for a person without a copy.
CREATE TABLE shotoku_joho_kiroku (
    lg_code      char(6)     NOT NULL,
    nendo        integer     NOT NULL,
    atenabango   text        NOT NULL,
    henko_bango  bigint      NOT NULL,
    shotoku_joho jsonb       NOT NULL,
    kiroku_at    timestamptz NOT NULL,
    PRIMARY KEY (lg_code, nendo, atenabango)
);
