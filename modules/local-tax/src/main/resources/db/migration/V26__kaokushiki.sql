-- 事務所・事業所・家屋敷 in the municipality held by a 住登外者: the ground of the 家屋敷課税 (均等割 only, 地方税法
-- 第294条第1項第2号・第24条第1項第2号). Each place has a number per person; its registration and its end are versions,
-- nothing is overwritten. shoyu_shuryobi is the day from which it is no longer held (譲渡・取壊し・廃止の日): the place
-- counts for a 年度 when shoyu_kaishibi <= 1月1日 < shoyu_shuryobi (or no end).
CREATE TABLE kaokushiki (
    lg_code               char(6)     NOT NULL,
    atenabango            text        NOT NULL,
    kaokushiki_bango      integer     NOT NULL,
    version               integer     NOT NULL,
    kubun                 text        NOT NULL CHECK (kubun IN ('jimusho', 'jigyosho', 'kaokushiki')),
    shozaichi             text        NOT NULL,
    shoyu_kaishibi        date        NOT NULL,
    shoyu_shuryobi        date,
    riyu                  text        NOT NULL,
    shorinengappi         date        NOT NULL,
    shori_at              timestamptz NOT NULL,
    actor                 text        NOT NULL,
    PRIMARY KEY (lg_code, atenabango, kaokushiki_bango, version),
    CHECK (shoyu_shuryobi IS NULL OR shoyu_shuryobi > shoyu_kaishibi)
);
CREATE TRIGGER kaokushiki_append_only BEFORE UPDATE OR DELETE ON kaokushiki
    FOR EACH ROW EXECUTE FUNCTION platform_reject_modification();
