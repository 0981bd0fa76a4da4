package jp.kikan.chihozei.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import jp.kikan.chihozei.support.Api;
import jp.kikan.chihozei.support.ResidentFeedServer;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * How long a city takes (opt-in: {@code -Ddemo.shotoku.perf=100000}): N residents in households are written straight
 * into the resident tables (the feed would take far longer than the loader), then the loader runs twice. A profile
 * of its own, so the database it fills is dropped before the other tests run (Flyway cleans at each start).
 */
@QuarkusTest
@TestProfile(DemoShotokuPerfTest.Own.class)
@EnabledIfSystemProperty(named = "demo.shotoku.perf", matches = "[0-9]+")
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
class DemoShotokuPerfTest {

    public static class Own implements QuarkusTestProfile {
    }

    private static final String JUMIN = "insert into jumin_kiroku (lg_code, atenabango, henko_bango, henko_shubetsu, rirekibango,"
            + " jumin_jotai, idojiyu, idonengappi, jumin_kaishibi, shien_sochi_taisho, item, torikomi_at) select ?, a, 0, 'jumin',"
            + " 1, 'jumin', 'tennyu', '2015-04-01', '2015-04-01', false, jsonb_build_object('setaibango', s, 'zokugara', z), now()"
            + " from unnest(?::text[], ?::text[], ?::text[]) as t(a, s, z)";
    private static final String HEAD = "insert into nozeigimusha (lg_code, atenabango, kubun, henko_bango, shimei,"
            + " shimei_furigana, seinengappi, seibetsu, jusho, jumin_jotai, shien_sochi_taisho, kana_key) select ?, a, 'jumin', 0,"
            + " '南　太郎', 'ミナミ　タロウ', b::date, x, '架空県みなみ市中央一丁目' || a || '番地', 'jumin', false, 'ミナミ　タロウ'"
            + " from unnest(?::text[], ?::text[], ?::text[]) as t(a, b, x)";

    @Inject
    DemoShotokuStartup demo;

    @Inject
    AgroalDataSource ds;

    @Test
    void aCityOfNResidents() throws Exception {
        int n = Integer.parseInt(System.getProperty("demo.shotoku.perf"));
        long t0 = System.nanoTime();
        int residents = residents(n);
        Duration setup = Duration.ofNanos(System.nanoTime() - t0);
        DemoShotokuLoader.Kekka first = demo.load();
        DemoShotokuLoader.Kekka second = demo.load();
        System.out.printf("demo incomes for %,d residents (set up in %d ms): %,d 申告, %,d reports in %d files, %,d adults 未申告"
                + " in %,d ms; the second run added nothing in %,d ms%n", residents, setup.toMillis(), first.shinkoku(),
                first.hokoku(), first.files(), first.mishinkoku(), first.elapsed().toMillis(), second.elapsed().toMillis());
        assertThat(first.jumin()).isEqualTo(residents);
        assertThat(second.nothingAdded()).isTrue();
        assertThat(first.elapsed()).isLessThan(Duration.ofSeconds(60));
    }

    private int residents(int n) throws Exception {
        SplittableRandom r = new SplittableRandom(3);
        int serial = 1;
        int h = 0;
        List<String[]> batch = new ArrayList<>();
        try (Connection c = ds.getConnection()) {
            while (serial <= n) {
                for (DemoJinbutsu p : DemoHouseholds.household(r, String.format("%010d", ++h), serial)) {
                    batch.add(new String[] {p.atenabango(), p.setaibango(), p.zokugara(), p.seinengappi().toString(),
                        p.seibetsu()});
                    serial++;
                }
                if (batch.size() >= 5_000 || serial > n) {
                    insert(c, JUMIN, batch, 0, 1, 2);
                    insert(c, HEAD, batch, 0, 3, 4);
                    batch.clear();
                }
            }
        }
        return serial - 1;
    }

    private static void insert(Connection c, String sql, List<String[]> rows, int... columns) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, Api.CITY);
            for (int i = 0; i < columns.length; i++) {
                String[] v = new String[rows.size()];
                for (int j = 0; j < rows.size(); j++) {
                    v[j] = rows.get(j)[columns[i]];
                }
                ps.setArray(2 + i, c.createArrayOf("text", v));
            }
            ps.executeUpdate();
        }
    }
}
