-- 軽自動車税（種別割）: the vehicle register (車両台帳), its assessments, 減免 and imported files.
-- History is never overwritten: each 登録・名義変更・変更・廃車 is a new full version of the vehicle with its 異動日
-- (効力日) and 処理日; the head row only points at the latest version (lookups, the row lock, the 標識番号 check).

CREATE TABLE sharyo (
    lg_code               char(6)     NOT NULL,
    sharyo_id             uuid        NOT NULL,
    hyoshiki_bango        text        NOT NULL,
    shoyusha_atenabango   text        NOT NULL,
    haisha                boolean     NOT NULL,
    rirekibango           integer     NOT NULL,
    PRIMARY KEY (lg_code, sharyo_id)
);
-- one vehicle in use per 標識番号 in a municipality
CREATE UNIQUE INDEX sharyo_hyoshiki_bango ON sharyo (lg_code, hyoshiki_bango) WHERE NOT haisha;

CREATE TABLE sharyo_rireki (
    lg_code               char(6)     NOT NULL,
    sharyo_id             uuid        NOT NULL,
    rirekibango           integer     NOT NULL,
    ido_jiyu              text        NOT NULL CHECK (ido_jiyu IN ('toroku', 'meigi_henko', 'henko', 'haisha')),
    idobi                 date        NOT NULL,
    shinkokubi            date,
    hyoshiki_bango        text        NOT NULL,
    shashu_kubun          text        NOT NULL,
    haikiryo              integer,
    shodo_kensa_nen       integer,
    shodo_kensa_tsuki     integer,
    nenryo                text,
    hikenin               boolean     NOT NULL,
    green_kubun           text        NOT NULL,
    shoyusha_atenabango   text        NOT NULL,
    shiyosha_atenabango   text,
    haisha                boolean     NOT NULL,
    biko                  text,
    shorinengappi         date        NOT NULL,
    shori_at              timestamptz NOT NULL,
    actor                 text        NOT NULL,
    PRIMARY KEY (lg_code, sharyo_id, rirekibango)
);
CREATE TRIGGER sharyo_rireki_append_only BEFORE UPDATE OR DELETE ON sharyo_rireki
    FOR EACH ROW EXECUTE FUNCTION platform_reject_modification();
-- a taxpayer's vehicles on a 賦課期日: every version that ever named them as owner
CREATE INDEX sharyo_rireki_shoyusha ON sharyo_rireki (lg_code, shoyusha_atenabango);

-- 軽自動車税の賦課 of a taxpayer and 年度: version 1 the 当初, later ones 更正 with their reason and difference; the
-- vehicles owned on the 賦課期日, each with its tax and 算定根拠, kept as computed.
CREATE TABLE keijidosha_fuka (
    lg_code               char(6)     NOT NULL,
    atenabango            text        NOT NULL,
    nendo                 integer     NOT NULL,
    version               integer     NOT NULL,
    nenzeigaku            bigint      NOT NULL,
    kekka                 jsonb       NOT NULL,
    riyu                  text,
    shorinengappi         date        NOT NULL,
    shori_at              timestamptz NOT NULL,
    actor                 text        NOT NULL,
    PRIMARY KEY (lg_code, atenabango, nendo, version)
);
CREATE TRIGGER keijidosha_fuka_append_only BEFORE UPDATE OR DELETE ON keijidosha_fuka
    FOR EACH ROW EXECUTE FUNCTION platform_reject_modification();

-- 減免 (地方税法第463条の23): the application (version 1) and the decision (version 2), each a version.
CREATE TABLE keijidosha_genmen (
    lg_code               char(6)     NOT NULL,
    genmen_id             uuid        NOT NULL,
    version               integer     NOT NULL,
    sharyo_id             uuid        NOT NULL,
    nendo                 integer     NOT NULL,
    riyu                  text        NOT NULL,
    shinseibi             date        NOT NULL,
    shogaisha_atenabango  text,
    techo                 text,
    biko                  text,
    jotai                 text        NOT NULL CHECK (jotai IN ('shinsei', 'shonin', 'kyakka')),
    ketteibi              date,
    kettei_riyu           text,
    shorinengappi         date        NOT NULL,
    shori_at              timestamptz NOT NULL,
    actor                 text        NOT NULL,
    PRIMARY KEY (lg_code, genmen_id, version)
);
CREATE TRIGGER keijidosha_genmen_append_only BEFORE UPDATE OR DELETE ON keijidosha_genmen
    FOR EACH ROW EXECUTE FUNCTION platform_reject_modification();
CREATE INDEX keijidosha_genmen_sharyo ON keijidosha_genmen (lg_code, sharyo_id, nendo);

-- 車両の一括取込: each file once by content; the result kept as answered.
CREATE TABLE sharyo_file (
    lg_code               char(6)     NOT NULL,
    file_id               uuid        NOT NULL,
    sha256                text        NOT NULL,
    file_name             text        NOT NULL,
    kekka                 jsonb       NOT NULL,
    shori_at              timestamptz NOT NULL,
    actor                 text        NOT NULL,
    PRIMARY KEY (lg_code, file_id),
    UNIQUE (lg_code, sha256)
);
