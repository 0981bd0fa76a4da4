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
import jp.kikan.platform.quarkus.jdbc.Sql;

/** 相続人代表者 of deceased taxpayers (table sozokunin_daihyosha, append-only): each designation a version. */
@ApplicationScoped
public class SozokuninDaihyoshaStore {

    private static final String COLUMNS = "version, daihyosha, shitei_kubun, todokedebi, riyu, shorinengappi";

    @Inject
    AgroalDataSource ds;

    public record Version(int version, String daihyosha, String shiteiKubun, LocalDate todokedebi, String riyu,
            LocalDate shorinengappi) {
    }

    public void append(String lgCode, String hisozokunin, Version v, Instant now, String actor) {
        Sql.update(ds, "insert into sozokunin_daihyosha (lg_code, hisozokunin, " + COLUMNS + ", shori_at, actor) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", lgCode, hisozokunin, v.version(), v.daihyosha(), v.shiteiKubun(),
                v.todokedebi(), v.riyu(), v.shorinengappi(), now, actor);
    }

    /** Every designation for the deceased, oldest first. */
    public List<Version> versions(String lgCode, String hisozokunin) {
        return Sql.list(ds, "select " + COLUMNS + " from sozokunin_daihyosha where lg_code = ? and hisozokunin = ? "
                + "order by version", SozokuninDaihyoshaStore::version, lgCode, hisozokunin);
    }

    /** The designation in force: the latest. */
    public Optional<Version> latest(String lgCode, String hisozokunin) {
        return Sql.one(ds, "select " + COLUMNS + " from sozokunin_daihyosha where lg_code = ? and hisozokunin = ? "
                + "order by version desc limit 1", SozokuninDaihyoshaStore::version, lgCode, hisozokunin);
    }

    private static Version version(ResultSet rs) throws SQLException {
        return new Version(rs.getInt("version"), rs.getString("daihyosha"), rs.getString("shitei_kubun"),
                Sql.date(rs, "todokedebi"), rs.getString("riyu"), Sql.date(rs, "shorinengappi"));
    }
}
