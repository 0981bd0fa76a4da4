package jp.kikan.jumin.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import jp.kikan.jumin.domain.SearchKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Loads a 5,000-resident demo city into an embedded PostgreSQL with the 住民記録 schema (V2__jumin.sql). */
class DemoCityLoaderTest {

    private static EmbeddedPostgres postgres;
    private static DataSource ds;

    @BeforeAll
    static void startDatabase() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        ds = postgres.getPostgresDatabase();
        migrate(ds);
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    static void migrate(DataSource ds) throws IOException, SQLException {
        try (InputStream in = DemoCityLoaderTest.class.getResourceAsStream("/db/migration/V2__jumin.sql");
                Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            s.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void loadsTheCityOnceAndKeepsNamesIntact() throws Exception {
        DemoCityConfig cfg = DemoCityConfig.demoCity(5_000, DemoCityConfig.DEFAULT_SEED);
        List<DemoHousehold> expected = DemoCityGenerator.households(cfg).toList();
        DemoCityLoader loader = new DemoCityLoader(ds);

        DemoCityLoader.LoadResult result = loader.load(cfg);

        assertThat(result.skipped()).isFalse();
        assertThat(result.loaded()).isEqualTo(5_000);
        assertThat(result.households()).isEqualTo(expected.size());
        assertThat(count("SELECT count(*) FROM jumin WHERE lg_code = '999997'")).isEqualTo(5_000);
        assertThat(count("SELECT count(*) FROM jumin_rireki WHERE lg_code = '999997' AND rirekibango = 1"))
                .isEqualTo(5_000);
        assertThat(count("SELECT count(*) FROM setai WHERE lg_code = '999997'")).isEqualTo(expected.size());
        assertThat(count("SELECT count(*) FROM jumin_rireki WHERE lg_code = '999997' AND setainushi")).isEqualTo(expected.size());
        assertThat(count("SELECT last_value FROM saiban WHERE lg_code = '999997' AND kind = 'atenabango'"))
                .isEqualTo(5_000);
        assertThat(count("SELECT last_value FROM saiban WHERE lg_code = '999997' AND kind = 'setaibango'"))
                .isEqualTo(expected.size());

        // a loaded row equals the generated one, variant characters and IVS included
        DemoHousehold h = expected.stream()
                .filter(x -> x.members().stream().anyMatch(p -> p.shimei().codePoints()
                        .anyMatch(cp -> cp == 0x20BB7 || cp == 0xE0100 || cp == 0x9AD9)))
                .findFirst().orElseThrow();
        DemoResident p = h.members().stream().filter(m -> m.shimei().codePoints()
                .anyMatch(cp -> cp == 0x20BB7 || cp == 0xE0100 || cp == 0x9AD9)).findFirst().orElseThrow();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT r.shimei, r.shimei_furigana, r.setaibango, r.seinengappi,"
                        + " r.kojinbango, r.zokugara, r.idojiyu, r.sosasha, r.shori_nichiji, r.jusho_katagaki,"
                        + " j.shimei_key, j.kana_key, j.jusho_key, j.saishin_rirekibango"
                        + " FROM jumin j JOIN jumin_rireki r USING (lg_code, atenabango)"
                        + " WHERE j.lg_code = '999997' AND j.atenabango = '" + p.atenabango() + "'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("shimei")).isEqualTo(p.shimei());
            assertThat(rs.getString("shimei_furigana")).isEqualTo(p.shimeiFurigana());
            assertThat(rs.getString("setaibango")).isEqualTo(h.setaibango());
            assertThat(rs.getObject("seinengappi", java.time.LocalDate.class)).isEqualTo(p.seinengappi());
            assertThat(rs.getString("kojinbango")).isEqualTo(p.kojinbango());
            assertThat(rs.getString("zokugara")).isEqualTo(p.zokugara());
            assertThat(rs.getString("idojiyu")).isEqualTo(p.idojiyu());
            assertThat(rs.getString("sosasha")).isEqualTo("demo-generator");
            assertThat(rs.getObject("shori_nichiji", java.time.OffsetDateTime.class).toInstant())
                    .isEqualTo(p.idonengappi().atTime(9, 0).atOffset(java.time.ZoneOffset.ofHours(9)).toInstant());
            assertThat(rs.getString("jusho_katagaki")).isEqualTo(h.jusho().katagaki());
            assertThat(rs.getString("shimei_key")).isEqualTo(SearchKeys.shimei(p.shimei()));
            assertThat(rs.getString("shimei_key").codePoints().noneMatch(cp -> cp == 0x20BB7 || cp == 0xE0100))
                    .isTrue();
            assertThat(rs.getString("kana_key")).isEqualTo(SearchKeys.kana(p.shimeiFurigana()));
            assertThat(rs.getString("jusho_key")).isEqualTo(SearchKeys.jusho(h.jusho().fullText()));
            assertThat(rs.getInt("saishin_rirekibango")).isEqualTo(1);
        }
        assertThat(count("SELECT count(*) FROM jumin_rireki WHERE lg_code = '999997'"
                + " AND jumin_shubetsu = 'gaikokujin' AND zairyukadobango IS NOT NULL")).isPositive();

        DemoCityLoader.LoadResult again = loader.load(cfg);
        assertThat(again.skipped()).isTrue();
        assertThat(again.loaded()).isZero();
        assertThat(count("SELECT count(*) FROM jumin WHERE lg_code = '999997'")).isEqualTo(5_000);
    }

    @Test
    void numberingContinuesAfterExistingSaibanValues() throws Exception {
        // 011002 is a valid code; another municipality in the same database
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO saiban (lg_code, kind, last_value) VALUES ('011002', 'atenabango', 700)");
        }
        DemoCityConfig cfg = new DemoCityConfig("011002", "架空県", "きた市", 1_000, 7);
        DemoCityLoader.LoadResult result = new DemoCityLoader(ds).load(cfg);
        assertThat(result.loaded()).isEqualTo(1_000);
        assertThat(count("SELECT last_value FROM saiban WHERE lg_code = '011002' AND kind = 'atenabango'"))
                .isEqualTo(1_700);
        assertThat(count("SELECT last_value FROM saiban WHERE lg_code = '011002' AND kind = 'setaibango'"))
                .isEqualTo(result.households());
        assertThat(count("SELECT count(*) FROM jumin WHERE lg_code = '011002' AND atenabango = '"
                + DemoCityGenerator.number(701) + "'")).isEqualTo(1);
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
