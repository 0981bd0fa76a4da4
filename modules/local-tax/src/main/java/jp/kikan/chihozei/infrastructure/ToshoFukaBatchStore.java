package jp.kikan.chihozei.infrastructure;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kikan.chihozei.nozeigimusha.domain.JuminKirokuVersion;
import jp.kikan.platform.quarkus.jdbc.Sql;

/**
 * What one batch of the 当初賦課 reads and writes, set-based: the next taxpayers of a partition, and for all of
 * them at once their feed versions, latest 申告, report totals and whether already assessed; the assessments in
 * one JDBC batch.
 */
@ApplicationScoped
public class ToshoFukaBatchStore {

    @Inject
    AgroalDataSource ds;

    /** A taxpayer of the 当初賦課: a resident from the feed, or a 住登外者 ({@code jutogai}) registered here. */
    public record Taisho(String atenabango, LocalDate seinengappi, boolean jutogai) {
    }

    /** Every taxpayer of the municipality (residents and 住登外者): the job's total. */
    public long count(String lgCode) {
        return Sql.one(ds, "select count(*) from nozeigimusha where lg_code = ?", rs -> rs.getLong(1), lgCode).orElse(0L);
    }

    public List<Taisho> next(String lgCode, int partitionNo, int partitions, String after, int limit) {
        return Sql.list(ds, "select atenabango, seinengappi, kubun from nozeigimusha where lg_code = ? "
                + "and atenabango > ? and mod(atenabango::bigint, ?) = ? order by atenabango limit ?",
                rs -> new Taisho(rs.getString(1), Sql.date(rs, "seinengappi"), "jutogai".equals(rs.getString(3))), lgCode,
                after == null ? "" : after, partitions, partitionNo, limit);
    }

    public Map<String, List<JuminKirokuVersion>> versions(String lgCode, List<String> ids) {
        Map<String, List<JuminKirokuVersion>> out = new HashMap<>();
        Sql.list(ds, "select atenabango, henko_bango, jumin_jotai, idonengappi, jumin_kaishibi, henko_shubetsu from jumin_kiroku "
                + "where lg_code = ? and atenabango = any(?) order by atenabango, henko_bango", rs -> {
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new JuminKirokuVersion(rs.getLong(2),
                            rs.getString(3), Sql.date(rs, "idonengappi"), Sql.date(rs, "jumin_kaishibi"),
                            "shien_sochi".equals(rs.getString(6))));
                    return null;
                }, lgCode, ids.toArray(String[]::new));
        return out;
    }

    public Map<String, ShinkokuStore.Version> shinkoku(String lgCode, int nendo, List<String> ids) {
        Map<String, ShinkokuStore.Version> out = new HashMap<>();
        Sql.list(ds, "select distinct on (atenabango) atenabango, version, naiyo::text, shorinengappi from shinkoku "
                + "where lg_code = ? and nendo = ? and atenabango = any(?) order by atenabango, version desc", rs -> {
                    out.put(rs.getString(1), new ShinkokuStore.Version(rs.getInt(2), rs.getString(3), Sql.date(rs, "shorinengappi")));
                    return null;
                }, lgCode, nendo, ids.toArray(String[]::new));
        return out;
    }

    public Map<String, KyuyoHokokuStore.Gokei> hokoku(String lgCode, int nendo, List<String> ids) {
        Map<String, KyuyoHokokuStore.Gokei> out = new HashMap<>();
        Sql.list(ds, "select taishosha, " + KyuyoHokokuStore.GOKEI_COLUMNS
                + " from kyuyo_hokoku_kazei where lg_code = ? and nendo = ? and taishosha = any(?) group by taishosha", rs -> {
                    out.put(rs.getString(1), KyuyoHokokuStore.gokei(rs, 2));
                    return null;
                }, lgCode, nendo, ids.toArray(String[]::new));
        return out;
    }

    public Map<String, KotekiNenkinHokokuStore.Gokei> nenkin(String lgCode, int nendo, List<String> ids) {
        Map<String, KotekiNenkinHokokuStore.Gokei> out = new HashMap<>();
        Sql.list(ds, "select taishosha, " + KotekiNenkinHokokuStore.GOKEI_COLUMNS
                + " from koteki_nenkin_hokoku_kazei where lg_code = ? and nendo = ? and taishosha = any(?) group by taishosha",
                rs -> {
                    out.put(rs.getString(1), KotekiNenkinHokokuStore.gokei(rs, 2));
                    return null;
                }, lgCode, nendo, ids.toArray(String[]::new));
        return out;
    }

    public Set<String> assessed(String lgCode, int nendo, List<String> ids) {
        return new HashSet<>(Sql.list(ds, "select distinct atenabango from fuka where lg_code = ? and nendo = ? "
                + "and atenabango = any(?)", rs -> rs.getString(1), lgCode, nendo, ids.toArray(String[]::new)));
    }

    /** @param shotokuJoho the income information of the version for its event (built from the result, not re-read) */
    public record Row(String atenabango, FukaStore.Version version, com.fasterxml.jackson.databind.JsonNode shotokuJoho) {
    }

    /** The batch's assessments (version 1, 当初) in one JDBC batch. */
    public void insert(String lgCode, int nendo, List<Row> rows, Instant now, String actor) {
        if (rows.isEmpty()) {
            return;
        }
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("insert into fuka (lg_code, atenabango, "
                + "nendo, version, kubun, riyu, shinkoku_version, nenzeigaku, kekka, choshu, kosei, shorinengappi, shori_at, actor) "
                + "values (?, ?, ?, ?, ?, null, ?, ?, ?::json, ?::json, null, ?, ?, ?)")) {
            OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
            for (Row r : rows) {
                FukaStore.Version v = r.version();
                ps.setString(1, lgCode);
                ps.setString(2, r.atenabango());
                ps.setInt(3, nendo);
                ps.setInt(4, v.version());
                ps.setString(5, v.kubun());
                ps.setInt(6, v.shinkokuVersion());
                ps.setLong(7, v.nenzeigaku());
                ps.setObject(8, v.kekka(), Types.VARCHAR);
                ps.setObject(9, v.choshu(), Types.VARCHAR);
                ps.setObject(10, java.sql.Date.valueOf(v.shorinengappi()));
                ps.setObject(11, at);
                ps.setString(12, actor);
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
