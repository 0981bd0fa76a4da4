package jp.kikan.chihozei.infrastructure;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.kikan.platform.quarkus.jdbc.Sql;

/** 減免の申請と決定: each a version of the application (append-only). */
@ApplicationScoped
public class KeijidoshazeiGenmenStore {

    private static final String COLUMNS = "genmen_id, version, sharyo_id, nendo, riyu, shinseibi, shogaisha_atenabango, techo, "
            + "biko, jotai, ketteibi, kettei_riyu";

    @Inject
    AgroalDataSource ds;

    public record Genmen(UUID genmenId, int version, UUID sharyoId, int nendo, String riyu, LocalDate shinseibi,
            String shogaishaAtenabango, String techo, String biko, String jotai, LocalDate ketteibi, String ketteiRiyu) {
    }

    public void append(String lgCode, Genmen g, LocalDate shorinengappi, Instant now, String actor) {
        Sql.update(ds, "insert into keijidosha_genmen (lg_code, " + COLUMNS + ", shorinengappi, shori_at, actor) values "
                + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", lgCode, g.genmenId(), g.version(), g.sharyoId(), g.nendo(),
                g.riyu(), g.shinseibi(), g.shogaishaAtenabango(), g.techo(), g.biko(), g.jotai(), g.ketteibi(), g.ketteiRiyu(),
                shorinengappi, now, actor);
    }

    /** The latest version of an application, held until the commit (two decisions one after the other, never side by side). */
    public Optional<Genmen> lockLatest(String lgCode, UUID genmenId) {
        // the versions are append-only (no UPDATE right, so no row lock): the application is serialised by a lock of its id
        Sql.one(ds, "select pg_advisory_xact_lock(hashtextextended('keijidosha_genmen:' || ? || ':' || ?, 0))", rs -> 1, lgCode,
                genmenId.toString());
        return Sql.one(ds, "select " + COLUMNS + " from keijidosha_genmen where lg_code = ? and genmen_id = ? "
                + "order by version desc limit 1", KeijidoshazeiGenmenStore::genmen, lgCode, genmenId);
    }

    /** The latest version of every application for a vehicle and 年度. */
    public List<Genmen> latestFor(String lgCode, UUID sharyoId, int nendo) {
        return Sql.list(ds, "select distinct on (genmen_id) " + COLUMNS + " from keijidosha_genmen where lg_code = ? "
                + "and sharyo_id = ? and nendo = ? order by genmen_id, version desc", KeijidoshazeiGenmenStore::genmen, lgCode,
                sharyoId, nendo);
    }

    private static Genmen genmen(ResultSet rs) throws SQLException {
        return new Genmen(rs.getObject("genmen_id", UUID.class), rs.getInt("version"), rs.getObject("sharyo_id", UUID.class),
                rs.getInt("nendo"), rs.getString("riyu"), Sql.date(rs, "shinseibi"), rs.getString("shogaisha_atenabango"),
                rs.getString("techo"), rs.getString("biko"), rs.getString("jotai"), Sql.date(rs, "ketteibi"),
                rs.getString("kettei_riyu"));
    }
}
