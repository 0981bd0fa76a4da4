package jp.kikan.kokuho.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import jp.kikan.kokuho.application.JuminFeed;
import jp.kikan.kokuho.support.Api;
import jp.kikan.kokuho.support.IncomeServer;
import jp.kikan.kokuho.support.ResidentFeedServer;
import jp.kikan.platform.quarkus.jdbc.Sql;
import jp.kikan.platform.quarkus.job.JobWorkers;
import jp.kikan.platform.test.DbSnapshot;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import jp.kikan.platform.time.BusinessCalendar;
import org.junit.jupiter.api.Test;

/**
 * The demo city's insurance status: a small generated city (households shaped as the demo city's) from the feed, the
 * loader's 届出 through the use case — shares within bounds, the same seed the same 届出, a second run adding nothing —
 * and the 本算定 over it with no error for its households.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IncomeServer.class, scope = TestResourceScope.GLOBAL)
class DemoHokenLoaderTest {

    private static final int NENDO = 2026;
    private static final long SEED = 20261125L;

    @Inject
    JuminFeed feed;

    @Inject
    DemoHokenLoader loader;

    @Inject
    JobWorkers workers;

    @Inject
    AgroalDataSource ds;

    @Inject
    BusinessCalendar calendar;

    private record Person(String atenabango, String setaibango, String zokugara, LocalDate birth) {
    }

    /** Households: singles, couples, families, three generations (as the demo city's shapes), ages spread. */
    private List<Person> city(int households) throws Exception {
        SplittableRandom r = new SplittableRandom(8);
        List<Person> out = new ArrayList<>();
        LocalDate today = LocalDate.of(2026, 12, 1);
        for (int h = 0; h < households; h++) {
            String s = Api.bango(7);
            double x = r.nextDouble();
            int head = 22 + r.nextInt(68);
            out.add(new Person(Api.bango(8), s, "世帯主", today.minusYears(head).minusDays(r.nextInt(365))));
            if (x > 0.35) {
                out.add(new Person(Api.bango(8), s, "妻", today.minusYears(Math.max(20, head - 3)).minusDays(r.nextInt(365))));
            }
            if (x > 0.55 && head < 60) {
                for (int k = 0; k < 1 + r.nextInt(3); k++) {
                    out.add(new Person(Api.bango(8), s, "子", today.minusYears(Math.max(0, head - 26 - r.nextInt(10)))
                            .minusDays(r.nextInt(365))));
                }
            }
        }
        for (Person p : out) {
            ResidentFeedServer.publish(ResidentFeedServer.jumin(Api.CITY, p.atenabango(), p.setaibango(), p.zokugara(),
                    "見本　太郎", "ミホン　タロウ", p.birth().toString(), "jumin", "転居", "2020-05-01", "2015-04-01"));
            IncomeServer.shotoku(p.atenabango(), NENDO, p.zokugara().equals("子") ? 0 : 1_800_000,
                    p.zokugara().equals("子") ? 0 : 2_900_000);
        }
        feed.consumer().drain();
        return out;
    }

    private Map<String, String> recorded(List<Person> city) {
        Map<String, String> out = new HashMap<>();
        Sql.list(ds, "select atenabango, todokede_shubetsu, idonengappi from shikaku_todokede where lg_code = ? "
                + "and atenabango = any (?)", rs -> out.put(rs.getString(1), rs.getString(2) + "@" + rs.getString(3)), Api.CITY,
                city.stream().map(Person::atenabango).toArray(String[]::new));
        return out;
    }

    private Map<String, String> planned(List<Person> city, long seed) {
        DemoHoken g = new DemoHoken(seed, calendar.today());
        Map<String, List<DemoHoken.Hito>> bySetai = new java.util.LinkedHashMap<>();
        for (Person p : city) {
            bySetai.computeIfAbsent(p.setaibango(), k -> new ArrayList<>()).add(new DemoHoken.Hito(p.atenabango(),
                    p.setaibango(), p.zokugara(), p.birth(), LocalDate.of(2015, 4, 1).isBefore(p.birth()) ? p.birth()
                    : LocalDate.of(2015, 4, 1)));
        }
        Map<String, String> out = new HashMap<>();
        bySetai.values().forEach(m -> g.setai(m).values().forEach(t -> out.put(t.atenabango(), t.shubetsu() + "@"
                + t.idonengappi())));
        return out;
    }

    @Test
    void shouldGiveTheCityRealisticInsuranceOnceAndTheHonsanteiAssessesIt() throws Exception {
        List<Person> city = city(160);
        DemoHokenLoader.Kekka first = loader.load(Api.CITY, SEED);
        assertThat(first.refused()).isZero();
        Map<String, String> recorded = recorded(city);
        // the same seed, the same 届出; another seed, others
        assertThat(recorded).isEqualTo(planned(city, SEED));
        assertThat(planned(city, SEED + 1)).isNotEqualTo(recorded);

        LocalDate today = calendar.today();
        List<Person> under75 = city.stream().filter(p -> jp.kikan.platform.time.Nenrei.nenrei(p.birth(), today) < 75).toList();
        long shaho = recorded.values().stream().filter(v -> v.startsWith("shaho_kanyu")).count();
        long hogo = recorded.values().stream().filter(v -> v.startsWith("seikatsu_hogo")).count();
        double shahoShare = (double) shaho / under75.size();
        assertThat(shahoShare).as("社保 among those under 75").isBetween(0.55, 0.85);
        assertThat((double) hogo / city.size()).as("生活保護").isLessThan(0.06);
        long kokuho = DbSnapshot.count("select count(*) from shikaku_rireki r where lg_code = '" + Api.CITY + "' and atenabango in ("
                + quoted(city) + ") and rirekibango = (select max(rirekibango) from shikaku_rireki x where x.lg_code = r.lg_code "
                + "and x.atenabango = r.atenabango) and ido_kubun = 'shutoku'");
        assertThat(kokuho).as("still 国保").isPositive().isLessThan(under75.size() / 2);

        // a second run finds everyone recorded: nothing added
        long rows = DbSnapshot.count("select count(*) from shikaku_todokede");
        DemoHokenLoader.Kekka again = loader.load(Api.CITY, SEED);
        assertThat(again.shaho() + again.hogo() + again.refused()).isZero();
        assertThat(DbSnapshot.count("select count(*) from shikaku_todokede")).isEqualTo(rows);

        // the 本算定 over the demo households: none of them in the errors
        workers.drain("w-before");
        JsonPath started = Api.as(Api.clerk()).contentType("application/json").body(Map.of("nendo", NENDO, "partitions", 2))
                .post("/v1/kokuho/honsantei").then().statusCode(201).extract().jsonPath();
        workers.drain("w-demo");
        String jobId = started.getString("job_id");
        JsonPath p = Api.as(Api.clerk()).get("/v1/kokuho/honsantei/" + jobId).then().statusCode(200).extract().jsonPath();
        assertThat(p.getString("status")).isEqualTo("done");
        List<Map<String, Object>> errors = Api.as(Api.clerk()).queryParam("limit", 1000).get("/v1/kokuho/honsantei/" + jobId
                + "/errors").then().statusCode(200).extract().jsonPath().getList("items");
        TreeSet<String> setai = new TreeSet<>(city.stream().map(Person::setaibango).toList());
        assertThat(errors.stream().filter(e -> setai.contains((String) e.get("setaibango"))).toList()).isEmpty();
        assertThat(DbSnapshot.count("select count(distinct setaibango) from kokuho_fuka where nendo = " + NENDO
                + " and setaibango in (" + String.join(",", setai.stream().map(s -> "'" + s + "'").toList()) + ")"))
                .isPositive();
    }

    private static String quoted(List<Person> city) {
        return String.join(",", city.stream().map(p -> "'" + p.atenabango() + "'").toList());
    }
}
