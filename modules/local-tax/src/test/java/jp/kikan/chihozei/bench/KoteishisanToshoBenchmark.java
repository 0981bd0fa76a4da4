package jp.kikan.chihozei.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import jp.kikan.chihozei.support.Api;
import jp.kikan.chihozei.support.ResidentFeedServer;
import jp.kikan.platform.quarkus.job.JobConfig;
import jp.kikan.platform.quarkus.job.JobWorkers;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import jp.kikan.platform.test.bench.BenchTable;
import jp.kikan.platform.test.bench.CopyFloor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The 固定資産税・都市計画税 当初賦課 (koteishisan-tosho) of 令和7年度 on a city of {@code kikan.bench.residents} (100,000)
 * residents ({@link BenchCity}) whose land and houses are in the registers as of 1月1日, by the service's own workers
 * (2, one per core) over 8 partitions with the service's batch size, beside PostgreSQL's COPY of the same
 * koteishisan_fuka rows into a table of the same shape in the same run: parcels/s, taxpayers/s and the ratio to COPY.
 * Bench profile only; fails when a taxpayer is not assessed exactly once, never on time. Figures in
 * target/benchmark-results-koteishisan-tosho.md.
 *
 * <p>The city, in the manner of the demo city's (DemoShisan), by set-based SQL: of households whose head is 30 or older
 * about 62 % own their home — a 住宅用地 parcel (1 戸, the house's floor area; 10 % outside the 市街化区域: no 都市計画税)
 * and a wooden 居宅 built 1965–2024 (the recent ones with the 新築住宅の減額) —, a quarter of those with a spouse as
 * co-owners 1/2 each (one taxpayer of its own, 地方税法第10条の2); one head in eight of 60 or more holds farmland
 * (畑, mostly below the 免税点 on its own: a co-owned household's head then is a second taxpayer taxed 0); 2 % of heads a
 * 商業地等 parcel and a shop; 1 % a rented 共同住宅 of 6 戸 on its 住宅用地; one household in 20 without a home of its own
 * a small 山林 (below the 免税点). A fifth of the home parcels and the 商業地等 carry a 前年度課税標準額 from a former
 * system (負担調整措置). Changes: 1 % of the homes sold after 1月1日 (version 2, not counted this 年度), 0.5 % of the
 * houses pulled down during 令和6年 (version 2, 滅失: not taxed).
 */
@QuarkusTest
@TestProfile(KoteishisanToshoBenchmark.ServiceDefaults.class)
@Tag("benchmark")
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
class KoteishisanToshoBenchmark {

    /** The job as the service runs it: its own batch size (500) and lease, not the tests' 3. */
    public static class ServiceDefaults implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kikan.jobs.batch-size", System.getProperty("kikan.bench.batch-size", "500"), "kikan.jobs.lease", "30S");
        }
    }

    /** The demo city みなみ市 (都市計画税 0.3 %). */
    private static final String CITY = Api.CITY;
    /** 令和7年度: 賦課期日 令和7年1月1日 (地方税法第359条). */
    private static final int NENDO = 2025;
    private static final String WHERE = "lg_code = '" + CITY + "' and nendo = " + NENDO;

    @Inject
    JobWorkers jobWorkers;

    @Inject
    JobConfig config;

    @Test
    void shouldPrintTheParcelRateBesideCopy() throws Exception {
        int residents = Integer.getInteger("kikan.bench.residents", 100_000);
        int workers = Integer.getInteger("kikan.bench.workers", 2);
        int partitions = Integer.getInteger("kikan.bench.partitions", 8);
        long loadStart = System.nanoTime();
        long[] city = load(residents);
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        long taxpayers = count("select count(distinct shoyusha_key) from (" + IN_FORCE + ") x");
        long parcels = count("select count(*) from (" + IN_FORCE + ") x where kind = 'T'");
        long houses = count("select count(*) from (" + IN_FORCE + ") x where kind = 'K'");

        ToshoRun run = ToshoRun.of("/v1/koteishisanzei/tosho-fuka", CITY, NENDO, partitions, workers, taxpayers, jobWorkers);
        double jobSeconds = run.seconds();
        String statements = run.statements();
        // every taxpayer of 1月1日 exactly once (one version, none missing, none twice), with each of its parcels and houses
        assertThat(count("select count(*) from koteishisan_fuka where " + WHERE)).isEqualTo(taxpayers);
        assertThat(count("select count(distinct shoyusha_key) from koteishisan_fuka where " + WHERE + " and version = 1 and "
                + "shoyusha_key in (select shoyusha_key from (" + IN_FORCE + ") x)")).isEqualTo(taxpayers);
        assertThat(count("select sum(jsonb_array_length(kekka -> 'tochi')) from koteishisan_fuka where " + WHERE))
                .isEqualTo(parcels);
        assertThat(count("select sum(jsonb_array_length(kekka -> 'kaoku')) from koteishisan_fuka where " + WHERE))
                .isEqualTo(houses);
        long menzei = count("select count(*) from koteishisan_fuka where " + WHERE + " and nenzeigaku = 0");

        CopyFloor copy = CopyFloor.of("koteishisan_fuka", WHERE);
        new BenchTable("固定資産税・都市計画税 当初賦課 benchmark")
                .row("residents / households", "%,d / %,d", city[0], city[1])
                .row("taxpayers of 1月1日 (owners and groups of co-owners) / of them taxed 0 (免税点)", "%,d / %,d", taxpayers, menzei)
                .row("parcels / houses in force on 1月1日", "%,d / %,d", parcels, houses)
                .row("load (SQL, not part of the job)", "%.1f s", loadSeconds)
                .row("workers / partitions / batch", "%d / %d / %d", workers, partitions, config.batchSize())
                .row("当初賦課 time", "%.1f s", jobSeconds)
                .row("当初賦課 parcels/s (houses/s)", "%,.0f (%,.0f)", parcels / jobSeconds, houses / jobSeconds)
                .row("当初賦課 taxpayers/s", "%,.0f", taxpayers / jobSeconds)
                .row(String.format("COPY of the same %,d koteishisan_fuka rows (same run)", copy.rows()), "%.1f s (%,.0f rows/s)",
                        copy.seconds(), copy.rowsPerSecond())
                .row("ratio job time / COPY time", "%.2f× (goal ≤ 3×)", copy.ratio(jobSeconds))
                .row("stored per taxpayer: row / kekka (算定根拠)", "%,d / %,d B",
                        count("select avg(pg_column_size(f.*))::bigint from koteishisan_fuka f where " + WHERE),
                        count("select avg(pg_column_size(f.kekka))::bigint from koteishisan_fuka f where " + WHERE))
                .after(statements)
                .print("benchmark-results-koteishisan-tosho.md");
    }

    /** The parcels and houses in force on 1月1日 and not gone, with their taxpayer (the bench's own reading of V20). */
    private static final String IN_FORCE = "select 'T' as kind, shoyusha_key from (select distinct on (tochi_id) shoyusha_key, "
            + "shometsu from tochi_rireki where lg_code = '" + CITY + "' and ido_bi <= date '" + NENDO + "-01-01' order by tochi_id, "
            + "ido_bi desc, version desc) t where not shometsu union all select 'K', shoyusha_key from (select distinct on "
            + "(kaoku_id) shoyusha_key, shometsu from kaoku_rireki where lg_code = '" + CITY + "' and ido_bi <= date '" + NENDO
            + "-01-01' order by kaoku_id, ido_bi desc, version desc) k where not shometsu";

    /** @return residents, households */
    private static long[] load(int residents) throws Exception {
        try (Connection c = EmbeddedPostgresResource.ownerConnection(); Statement st = c.createStatement()) {
            long[] city = BenchCity.load(st, CITY, residents, "6", NENDO + "-01-01");
            // the home's owners: the head alone, or head and spouse 1/2 each (a quarter of those with a spouse)
            st.execute("create temp table bench_shoyu as select h, age, a1, a2, (h * 7919) % 100 < 62 and age >= 30 as jitaku, "
                    + "a2 is not null and h % 4 = 0 as kyoyu from bench_ie");
            String sole = "jsonb_build_array(jsonb_build_object('atenabango', a1, 'mochibun', '1/1'))";
            String owners = "case when kyoyu then jsonb_build_array(jsonb_build_object('atenabango', a1, 'mochibun', '1/2'), "
                    + "jsonb_build_object('atenabango', a2, 'mochibun', '1/2')) else " + sole + " end";
            String key = "case when kyoyu then least(a1, a2) || '+' || greatest(a1, a2) else a1 end";
            String yuka = "(72 + h * 17 % 94)";
            String built = "(date '1965-01-01' + (h * 13 % 21900)::int)";
            // land: s = 種類 (1 home, 2 farmland, 3 商業地等, 4 共同住宅, 5 山林), then chiseki and 単価 → 評価額
            st.execute("create temp table bench_tochi as select row_number() over (order by h, s) as id, * from ("
                    + "select h, 1 as s, " + owners + " as o, " + key + " as k, a1 as d, '宅地' as chimoku, 'jutaku-yochi' as kubun, "
                    + "(90 + h * 37 % 240 + (h % 100) / 100.0)::numeric(14, 2) as chiseki, 25000 + (h * 53 % 121) * 500 as tanka, "
                    + "1 as kosu, " + yuka + "::numeric(14, 2) as yuka, h % 10 < 9 as shigaika, " + built + " as ido "
                    + "from bench_shoyu where jitaku "
                    + "union all select h, 2, " + sole + ", a1, a1, '畑', 'sonota', (300 + h * 29 % 1200)::numeric(14, 2), "
                    + "60 + h % 13 * 10, 0, null, false, date '1995-04-01' from bench_shoyu where age >= 60 and h % 8 = 0 "
                    + "union all select h, 3, " + sole + ", a1, a1, '宅地', 'shogyochi-to', (150 + h * 31 % 250)::numeric(14, 2), "
                    + "120000 + h * 71 % 131 * 1000, 0, null, true, date '2005-04-01' from bench_shoyu where age >= 30 and h % 50 = 1 "
                    + "union all select h, 4, " + sole + ", a1, a1, '宅地', 'jutaku-yochi', (300 + h * 43 % 300)::numeric(14, 2), "
                    + "40000 + h * 23 % 61 * 500, 6, (240 + h % 120)::numeric(14, 2), true, date '1998-04-01' from bench_shoyu "
                    + "where age >= 30 and h % 100 = 3 "
                    + "union all select h, 5, " + sole + ", a1, a1, '山林', 'sonota', (500 + h * 19 % 2500)::numeric(14, 2), "
                    + "20 + h % 9 * 10, 0, null, false, date '1988-04-01' from bench_shoyu where not jitaku and h % 20 = 7) x");
            st.execute("insert into tochi_rireki (lg_code, tochi_id, version, ido_bi, ido_jiyu, shometsu, shozai, chiban, "
                    + "chimoku_genkyo, chimoku_toki, chiseki, hyokagaku, kazei_kubun, kosu, jutaku_yuka_menseki, shigaika_kuiki, "
                    + "shoyusha, shoyusha_key, daihyosha, zennendo, shorinengappi, shori_at, actor) select '" + CITY + "', "
                    + "'T' || lpad(id::text, 9, '0'), 1, least(ido, date '2024-12-01'), '新規', false, 'みなみ市本町' || (h % 30 + 1) "
                    + "|| '丁目', (h % 3000 + 1) || '番' || s, chimoku, chimoku, chiseki, (chiseki * tanka)::bigint, kubun, kosu, "
                    + "yuka, shigaika, o, k, d, case when s = 1 and h % 5 = 0 then jsonb_build_object('kotei_jutaku', "
                    + "(chiseki * tanka)::bigint / 7) || case when shigaika then jsonb_build_object('toshi_jutaku', "
                    + "(chiseki * tanka)::bigint / 4) else '{}' end when s = 3 then jsonb_build_object('kotei_hijutaku', "
                    + "(chiseki * tanka * 0.62)::bigint, 'toshi_hijutaku', (chiseki * tanka * 0.62)::bigint) end, "
                    + "least(ido, date '2024-12-01'), now(), 'bench' from bench_tochi");
            // sold after 1月1日: the buyer (the next household's head) from 令和8年度
            st.execute("insert into tochi_rireki select r.lg_code, r.tochi_id, 2, date '" + NENDO + "-03-01', '売買', r.shometsu, "
                    + "r.shozai, r.chiban, r.chimoku_genkyo, r.chimoku_toki, r.chiseki, r.hyokagaku, r.kazei_kubun, r.kosu, "
                    + "r.jutaku_yuka_menseki, r.shigaika_kuiki, jsonb_build_array(jsonb_build_object('atenabango', b.a1, "
                    + "'mochibun', '1/1')), b.a1, b.a1, r.zennendo, date '" + NENDO + "-03-05', now(), 'bench' from tochi_rireki r "
                    + "join bench_tochi t "
                    + "on r.tochi_id = 'T' || lpad(t.id::text, 9, '0') join bench_ie b on b.h = t.h + 1 where t.s = 1 and t.h % 100 = 11");
            // houses: the home, the shop, the 共同住宅 (経年減点 in the manner of the 評価基準, not its table)
            st.execute("create temp table bench_kaoku as select row_number() over (order by h, s) as id, * from ("
                    + "select h, 1 as s, " + owners + " as o, " + key + " as k, a1 as d, '居宅' as shurui, '木造' as kozo, false as taika, "
                    + yuka + "::numeric(14, 2) as yuka, " + yuka + "::numeric(14, 2) as kyoju, false as kashiya, " + built + " as built, "
                    + "case when " + yuka + " > 100 then 2 else 1 end as kaisu, 95000 + h % 31 * 1000 as tanka, h % 10 < 9 as shigaika "
                    + "from bench_shoyu where jitaku "
                    + "union all select h, 3, " + sole + ", a1, a1, '店舗', '鉄骨造', true, (100 + h % 200)::numeric(14, 2), 0, false, "
                    + "date '1980-01-01' + (h * 11 % 14600)::int, 2, 80000, true from bench_shoyu where age >= 30 and h % 50 = 1 "
                    + "union all select h, 4, " + sole + ", a1, a1, '共同住宅', '木造', false, (240 + h % 120)::numeric(14, 2), "
                    + "(240 + h % 120)::numeric(14, 2), true, date '1990-01-01' + (h * 7 % 12400)::int, 2, 90000, true "
                    + "from bench_shoyu where age >= 30 and h % 100 = 3) x");
            st.execute("insert into kaoku_rireki (lg_code, kaoku_id, version, ido_bi, ido_jiyu, shometsu, shozai, kaoku_bango, "
                    + "shurui, kozo, taika_kozo, yuka_menseki, kyoju_menseki, kashiya, shinchiku_nengappi, kaisu, hyokagaku, "
                    + "shigaika_kuiki, shoyusha, shoyusha_key, daihyosha, shorinengappi, shori_at, actor) select '" + CITY + "', "
                    + "'K' || lpad(id::text, 9, '0'), 1, built, '新築', false, 'みなみ市本町' || (h % 30 + 1) || '丁目', "
                    + "(h % 3000 + 1) || '番' || s, shurui, kozo, taika, yuka, kyoju, kashiya, built, kaisu, "
                    + "(yuka * tanka * greatest(0.2, 1 - 0.032 * (" + NENDO + " - extract(year from built))))::bigint / 100 * 100, "
                    + "shigaika, o, k, d, built, now(), 'bench' from bench_kaoku");
            // pulled down during 令和6年: gone on 1月1日
            st.execute("insert into kaoku_rireki select r.lg_code, r.kaoku_id, 2, date '" + (NENDO - 1) + "-08-01', '取壊し', true, "
                    + "r.shozai, r.kaoku_bango, r.shurui, r.kozo, r.taika_kozo, r.yuka_menseki, r.kyoju_menseki, r.kashiya, "
                    + "r.shinchiku_nengappi, r.kaisu, r.hyokagaku, r.shigaika_kuiki, r.shoyusha, r.shoyusha_key, r.daihyosha, "
                    + "date '" + (NENDO - 1) + "-08-10', now(), 'bench' from kaoku_rireki r join bench_kaoku bk "
                    + "on r.kaoku_id = 'K' || lpad(bk.id::text, 9, '0') where bk.s = 1 and bk.h % 200 = 17 "
                    + "and bk.built < date '" + (NENDO - 1) + "-08-01'");
            st.execute("analyze");
            return city;
        }
    }

    private static long count(String sql) throws Exception {
        try (Connection c = EmbeddedPostgresResource.ownerConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
