package jp.kikan.kaigo.demo;

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
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import jp.kikan.kaigo.application.JuminFeed;
import jp.kikan.kaigo.support.Api;
import jp.kikan.kaigo.support.IncomeServer;
import jp.kikan.kaigo.support.ResidentFeedServer;
import jp.kikan.platform.quarkus.jdbc.Sql;
import jp.kikan.platform.quarkus.job.JobWorkers;
import jp.kikan.platform.test.DbSnapshot;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import jp.kikan.platform.time.BusinessCalendar;
import org.junit.jupiter.api.Test;

/**
 * The demo city's 要介護認定 histories: a small generated city of residents 65 and over from the feed, the loader's
 * applications and steps through the use cases — the certified share within bounds, the same seed the same
 * applications, a second run adding nothing, the overdue list holding the planned overdue ones — and the 年次賦課 over
 * them with no error for them.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IncomeServer.class, scope = TestResourceScope.GLOBAL)
class DemoNinteiLoaderTest {

    private static final int NENDO = 2026;
    private static final long SEED = 20261125L;

    @Inject
    JuminFeed feed;

    @Inject
    DemoNinteiLoader loader;

    @Inject
    JobWorkers workers;

    @Inject
    AgroalDataSource ds;

    @Inject
    BusinessCalendar calendar;

    private Map<String, LocalDate> city(int n) throws Exception {
        SplittableRandom r = new SplittableRandom(9);
        Map<String, LocalDate> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String a = Api.bango(7);
            LocalDate birth = LocalDate.of(2026, 11, 1).minusYears(66 + r.nextInt(30)).minusDays(r.nextInt(365));
            ResidentFeedServer.publish(ResidentFeedServer.jumin(Api.CITY, a, Api.bango(8), "世帯主", "見本　花子", "ミホン　ハナコ",
                    birth.toString(), "jumin", "転居", "2010-05-01", "2000-04-01"));
            IncomeServer.shotoku(a, NENDO, 400_000, 1_500_000, 400_000, false);
            out.put(a, birth);
        }
        feed.consumer().drain();
        return out;
    }

    private Map<String, List<String>> recorded(Set<String> city) {
        Map<String, List<String>> out = new HashMap<>();
        Sql.list(ds, "select atenabango, shinsei_kubun, shinseibi from nintei_shinsei where lg_code = ? and atenabango = any (?) "
                + "order by shinsei_id", rs -> out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(rs.getString(2) + "@" + rs.getString(3)), Api.CITY, city.toArray(String[]::new));
        return out;
    }

    @Test
    void shouldCertifyARealisticShareOnceAndTheNenjiFukaAssessesThem() throws Exception {
        Map<String, LocalDate> city = city(300);
        DemoNinteiLoader.Kekka first = loader.load(Api.CITY, SEED);
        assertThat(first.refused()).isZero();
        Map<String, List<String>> recorded = recorded(city.keySet());

        // the same seed, the same applications (from the qualification's first day: the 転入 of 2000 or the 65歳到達)
        LocalDate today = calendar.today();
        DemoNintei g = new DemoNintei(SEED, today);
        Map<String, List<String>> planned = new HashMap<>();
        Set<String> overdue = new java.util.TreeSet<>();
        int certified = 0;
        for (var e : city.entrySet()) {
            LocalDate totatsu = e.getValue().plusYears(65).minusDays(1);
            LocalDate kara = totatsu.isAfter(LocalDate.of(2000, 4, 1)) ? totatsu : LocalDate.of(2000, 4, 1);
            DemoNintei.Plan p = g.of(e.getKey(), jp.kikan.platform.time.Nenrei.nenrei(e.getValue(), today), kara);
            for (List<DemoNintei.Step> s : p.shinsei()) {
                planned.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(s.get(0).kekka() + "@" + s.get(0).hi());
                boolean decided = s.get(s.size() - 1).shubetsu().equals("kettei");
                if (!decided && today.isAfter(s.get(0).hi().plusDays(30))) {
                    overdue.add(e.getKey());
                }
            }
            certified += p.shinsei().stream().anyMatch(s -> s.get(s.size() - 1).shubetsu().equals("kettei")) ? 1 : 0;
        }
        assertThat(recorded).isEqualTo(planned);
        assertThat(first.koshin()).isPositive();
        assertThat((double) certified / city.size()).as("certified among 65+").isBetween(0.10, 0.40);
        long inForce = DbSnapshot.count("select count(distinct n.atenabango) from nintei_shinsei n join nintei_tetsuzuki t "
                + "on t.shinsei_id = n.shinsei_id where t.shubetsu = 'kettei' and t.yuko_shuryobi >= '" + today + "' and n.atenabango in ("
                + city.keySet().stream().map(a -> "'" + a + "'").collect(Collectors.joining(",")) + ")");
        assertThat(inForce).isPositive().isLessThanOrEqualTo(certified);
        List<String> chien = Api.as(Api.shien()).get("/v1/kaigo/nintei/chien").then().statusCode(200).extract().jsonPath()
                .getList("items.atenabango", String.class);
        Set<String> listed = new java.util.TreeSet<String>(chien.stream().filter(city::containsKey).toList());
        assertThat(listed).isEqualTo(overdue);

        // a second run: everyone has an application or none is planned — nothing added
        long rows = DbSnapshot.count("select count(*) from nintei_tetsuzuki") + DbSnapshot.count("select count(*) from nintei_shinsei");
        DemoNinteiLoader.Kekka again = loader.load(Api.CITY, SEED);
        assertThat(again.nintei() + again.koshin() + again.open() + again.tokurei() + again.jogai() + again.refused()).isZero();
        assertThat(DbSnapshot.count("select count(*) from nintei_tetsuzuki") + DbSnapshot.count("select count(*) from nintei_shinsei"))
                .isEqualTo(rows);

        // the 年次賦課 over them: none of them in the errors
        workers.drain("w-before");
        JsonPath started = Api.as(Api.clerk()).body(Map.of("nendo", NENDO)).post("/v1/kaigo/nenji-fuka").then().statusCode(201)
                .extract().jsonPath();
        workers.drain("w-demo");
        String jobId = started.getString("job_id");
        assertThat(Api.as(Api.clerk()).get("/v1/kaigo/nenji-fuka/" + jobId).then().statusCode(200).extract().jsonPath()
                .getString("status")).isEqualTo("done");
        List<Map<String, Object>> errors = Api.as(Api.clerk()).queryParam("limit", 1000).get("/v1/kaigo/nenji-fuka/" + jobId
                + "/errors").then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(errors.stream().filter(e -> city.containsKey((String) e.get("atenabango"))).toList()).isEmpty();
    }
}
