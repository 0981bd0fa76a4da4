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
 * The 軽自動車税（種別割）当初賦課 (keijidoshazei-tosho) of 令和8年度 (賦課期日 令和8年4月1日, 地方税法第463条の16) on a city of
 * {@code kikan.bench.residents} (100,000) residents ({@link BenchCity}) with about 0.4 vehicles a resident
 * ({@code kikan.bench.vehicles-per-resident}) in the register, by the service's own workers (2, one per core) over 8
 * partitions with the service's batch size, beside PostgreSQL's COPY of the same keijidosha_fuka rows into a table of
 * the same shape in the same run: vehicles/s, taxpayers/s and the ratio to COPY. Bench profile only; fails when a
 * taxpayer is not assessed exactly once, never on time. Figures in target/benchmark-results-keijidoshazei-tosho.md.
 *
 * <p>The register, by set-based SQL: owners among the adults (about 1 % with two); classes 軽四輪 乗用 自家用
 * 58 %, 貨物 自家用 14 %, 営業用 3 %, 三輪 1 %, 原付 16 % (50 / 90 / 125cc), 二輪 5 %, ミニカー 1 %, 小型特殊 2 %; the
 * 三輪以上 first inspected 2003–2025 — before 2015-04 at the 旧税率, up to 2013-03 with the 経年車重課 (the electric ones,
 * one in 33, exempt and, when new, with the グリーン化特例), hybrids among them. Changes: 2 % sold before 4月1日 (the
 * buyer's), 1 % sold after it (still the seller's), 1 % scrapped before it (nobody's); 1 % with an approved 減免
 * (障害者).
 */
@QuarkusTest
@TestProfile(KeijidoshazeiToshoBenchmark.ServiceDefaults.class)
@Tag("benchmark")
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
class KeijidoshazeiToshoBenchmark {

    /** The job as the service runs it: its own batch size (500) and lease, not the tests' 3. */
    public static class ServiceDefaults implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kikan.jobs.batch-size", System.getProperty("kikan.bench.batch-size", "500"), "kikan.jobs.lease", "30S");
        }
    }

    private static final String CITY = Api.CITY;
    private static final int NENDO = 2026;
    private static final String KIJITSU = "date '" + NENDO + "-04-01'";
    private static final String WHERE = "lg_code = '" + CITY + "' and nendo = " + NENDO;
    /** The vehicles in force on the 賦課期日 and not scrapped, with their owner (the bench's own reading of V14). */
    private static final String IN_FORCE = "select shoyusha_atenabango from (select distinct on (sharyo_id) shoyusha_atenabango, "
            + "haisha from sharyo_rireki where lg_code = '" + CITY + "' and idobi <= " + KIJITSU + " order by sharyo_id, idobi desc, "
            + "rirekibango desc) v where not haisha";

    @Inject
    JobWorkers jobWorkers;

    @Inject
    JobConfig config;

    @Test
    void shouldPrintTheVehicleRateBesideCopy() throws Exception {
        int residents = Integer.getInteger("kikan.bench.residents", 100_000);
        int workers = Integer.getInteger("kikan.bench.workers", 2);
        int partitions = Integer.getInteger("kikan.bench.partitions", 8);
        double perResident = Double.parseDouble(System.getProperty("kikan.bench.vehicles-per-resident", "0.4"));
        long loadStart = System.nanoTime();
        long[] city = load(residents, perResident);
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        long taxpayers = count("select count(distinct shoyusha_atenabango) from (" + IN_FORCE + ") x");
        long vehicles = count("select count(*) from (" + IN_FORCE + ") x");

        ToshoRun run = ToshoRun.of("/v1/keijidoshazei/tosho-fuka", CITY, NENDO, partitions, workers, taxpayers, jobWorkers);
        double jobSeconds = run.seconds();
        String statements = run.statements();
        // every owner of 4月1日 exactly once (one version, none missing, none twice), with each of its vehicles
        assertThat(count("select count(*) from keijidosha_fuka where " + WHERE)).isEqualTo(taxpayers);
        assertThat(count("select count(distinct atenabango) from keijidosha_fuka where " + WHERE + " and version = 1 and "
                + "atenabango in (" + IN_FORCE + ")")).isEqualTo(taxpayers);
        assertThat(count("select sum(jsonb_array_length(kekka -> 'sharyo')) from keijidosha_fuka where " + WHERE))
                .isEqualTo(vehicles);

        CopyFloor copy = CopyFloor.of("keijidosha_fuka", WHERE);
        new BenchTable("軽自動車税（種別割）当初賦課 benchmark")
                .row("residents / households", "%,d / %,d", city[0], city[1])
                .row("vehicles in force on 4月1日 / their owners (taxpayers)", "%,d / %,d", vehicles, taxpayers)
                .row("of the vehicles: 旧税率 / 経年車重課 / グリーン化特例 (軽課) / 減免", "%,d / %,d / %,d / %,d", rate("kyu"),
                        rate("juka"), rate("keika"), count("select count(*) from keijidosha_fuka f, jsonb_array_elements(f.kekka "
                                + "-> 'sharyo') s where " + WHERE + " and s ->> 'genmen_id' is not null"))
                .row("load (SQL, not part of the job)", "%.1f s", loadSeconds)
                .row("workers / partitions / batch", "%d / %d / %d", workers, partitions, config.batchSize())
                .row("当初賦課 time", "%.1f s", jobSeconds)
                .row("当初賦課 vehicles/s", "%,.0f", vehicles / jobSeconds)
                .row("当初賦課 taxpayers/s", "%,.0f", taxpayers / jobSeconds)
                .row(String.format("COPY of the same %,d keijidosha_fuka rows (same run)", copy.rows()), "%.1f s (%,.0f rows/s)",
                        copy.seconds(), copy.rowsPerSecond())
                .row("ratio job time / COPY time", "%.2f× (goal ≤ 3×)", copy.ratio(jobSeconds))
                .row("stored per taxpayer: row / kekka (算定根拠)", "%,d / %,d B",
                        count("select avg(pg_column_size(f.*))::bigint from keijidosha_fuka f where " + WHERE),
                        count("select avg(pg_column_size(f.kekka))::bigint from keijidosha_fuka f where " + WHERE))
                .after(statements)
                .print("benchmark-results-keijidoshazei-tosho.md");
    }

    /** The vehicles of the run assessed at that 税率の区分 (ZeiritsuKubun: hyojun, kyu, juka, keika), from the stored result. */
    private static long rate(String kubun) throws Exception {
        return count("select count(*) from keijidosha_fuka f, jsonb_array_elements(f.kekka -> 'sharyo') s where " + WHERE
                + " and s -> 'zeigaku' ->> 'zeiritsu_kubun' = '" + kubun + "'");
    }

    /** @return residents, households */
    private static long[] load(int residents, double perResident) throws Exception {
        try (Connection c = EmbeddedPostgresResource.ownerConnection(); Statement st = c.createStatement()) {
            long[] city = BenchCity.load(st, CITY, residents, "5", NENDO + "-04-01");
            long n = Math.round(residents * perResident);
            st.execute("create temp table bench_otona as select row_number() over (order by a) as r, a from bench_hito "
                    + "where b <= date '" + (NENDO - 18) + "-04-01'");
            st.execute("create index on bench_otona (r)");
            st.execute("analyze bench_otona");
            long adults;
            try (ResultSet r = st.executeQuery("select count(*) from bench_otona")) {
                r.next();
                adults = r.getLong(1);
            }
            // the class (v % 100), the 初度検査年月 of a 三輪以上 (2003-01 … 2025-12), the fuel
            st.execute("create temp table bench_kei as select v, md5('kei-' || v)::uuid as id, o.a as owner, "
                    + "case when v % 100 < 58 then 'yonrin_joyo_jikayo' when v % 100 < 72 then 'yonrin_kamotsu_jikayo' "
                    + "when v % 100 < 74 then 'yonrin_kamotsu_eigyoyo' when v % 100 < 75 then 'yonrin_joyo_eigyoyo' "
                    + "when v % 100 < 76 then 'sanrin' when v % 100 < 86 then 'gentsuki_50' when v % 100 < 89 then 'gentsuki_90' "
                    + "when v % 100 < 92 then 'gentsuki_125' when v % 100 < 95 then 'kei_nirin' when v % 100 < 97 then 'nirin_kogata' "
                    + "when v % 100 < 98 then 'minicar' when v % 100 < 99 then 'kogata_tokushu_noko' else 'kogata_tokushu_sonota' end "
                    + "as kubun, case when v % 100 between 76 and 94 then (array[49, 85, 110, 249])[case when v % 100 < 86 then 1 "
                    + "when v % 100 < 89 then 2 when v % 100 < 92 then 3 else 4 end] when v % 100 between 95 and 96 then 400 end "
                    + "as haikiryo, 2003 + (v * 13) % 23 as nen, 1 + (v * 7) % 12 as tsuki, case when v % 33 = 0 then 'denki' "
                    + "when v % 17 = 0 then 'gasoline_denryoku' else 'gasoline' end as nenryo from generate_series(1, " + n + ") v "
                    + "join bench_otona o on o.r = (v::bigint * 7919) % " + adults + " + 1");
            String sanrin = "kubun like 'yonrin%' or kubun = 'sanrin'";
            st.execute("insert into sharyo_rireki (lg_code, sharyo_id, rirekibango, ido_jiyu, idobi, shinkokubi, hyoshiki_bango, "
                    + "shashu_kubun, haikiryo, shodo_kensa_nen, shodo_kensa_tsuki, nenryo, hikenin, green_kubun, "
                    + "shoyusha_atenabango, shiyosha_atenabango, haisha, biko, shorinengappi, shori_at, actor) select '" + CITY
                    + "', id, 1, 'toroku', d, d, 'みなみ ' || v, kubun, haikiryo, case when " + sanrin + " then nen end, "
                    + "case when " + sanrin + " then tsuki end, case when " + sanrin + " then nenryo end, false, "
                    + "case when (" + sanrin + ") and nenryo = 'denki' then 'denki_to' else 'nashi' end, owner, null, false, null, d, "
                    + "now(), 'bench' from (select *, case when " + sanrin + " then make_date(nen, tsuki, 1) else "
                    + "make_date(2008 + v % 18, 4, 2) end as d from bench_kei) k");
            // sold before 4月1日 (2 %), sold after it (1 %), scrapped before it (1 %): version 2
            st.execute("insert into sharyo_rireki select r.lg_code, r.sharyo_id, 2, x.jiyu, x.d, x.d, r.hyoshiki_bango, "
                    + "r.shashu_kubun, r.haikiryo, r.shodo_kensa_nen, r.shodo_kensa_tsuki, r.nenryo, r.hikenin, r.green_kubun, "
                    + "case when x.jiyu = 'meigi_henko' then o.a else r.shoyusha_atenabango end, null, x.jiyu = 'haisha', null, x.d, "
                    + "now(), 'bench' from sharyo_rireki r join bench_kei k on k.id = r.sharyo_id "
                    + "join bench_otona o on o.r = (k.v::bigint * 104729) % " + adults + " + 1 cross join lateral (select "
                    + "case when k.v % 100 in (3, 41) then 'meigi_henko' when k.v % 100 = 59 then 'meigi_henko' else 'haisha' end "
                    + "as jiyu, case when k.v % 100 in (3, 41) then date '" + (NENDO - 1) + "-10-01' when k.v % 100 = 59 then "
                    + "date '" + NENDO + "-05-01' else date '" + NENDO + "-02-01' end as d) x "
                    + "where k.v % 100 in (3, 41, 59, 67) and r.idobi < date '" + (NENDO - 1) + "-10-01'");
            st.execute("insert into sharyo (lg_code, sharyo_id, hyoshiki_bango, shoyusha_atenabango, haisha, rirekibango) "
                    + "select distinct on (sharyo_id) lg_code, sharyo_id, hyoshiki_bango, shoyusha_atenabango, haisha, rirekibango "
                    + "from sharyo_rireki where lg_code = '" + CITY + "' order by sharyo_id, rirekibango desc");
            // an approved 減免 (障害者, 地方税法第463条の23) for 1 % of the vehicles: 申請 then 承認
            st.execute("insert into keijidosha_genmen (lg_code, genmen_id, version, sharyo_id, nendo, riyu, shinseibi, "
                    + "shogaisha_atenabango, techo, biko, jotai, ketteibi, kettei_riyu, shorinengappi, shori_at, actor) "
                    + "select '" + CITY + "', md5('genmen-' || k.v)::uuid, g.version, k.id, " + NENDO + ", 'shogaisha', "
                    + "date '" + NENDO + "-04-10', k.owner, '身体障害者手帳 1級', null, g.jotai, g.ketteibi, g.kettei_riyu, "
                    + "date '" + NENDO + "-04-20', now(), 'bench' from bench_kei k cross join (values (1, 'shinsei', null::date, "
                    + "null), (2, 'shonin', date '" + NENDO + "-04-20', '要件を満たす')) g(version, jotai, ketteibi, kettei_riyu) "
                    + "where k.v % 100 = 23");
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
