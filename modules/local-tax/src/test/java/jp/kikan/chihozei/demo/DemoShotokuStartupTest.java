package jp.kikan.chihozei.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kikan.chihozei.application.JuminFeed;
import jp.kikan.chihozei.kojinjuminzei.parameter.loader.ParameterRepository;
import jp.kikan.chihozei.support.Api;
import jp.kikan.chihozei.support.ResidentFeedServer;
import jp.kikan.platform.test.DbSnapshot;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

/**
 * {@code kikan.demo.enabled=true}: the service starts with no residents, waits, and loads the demo incomes once the
 * residents have come from the feed and stopped coming — the whole feed, not its first pages.
 */
@QuarkusTest
@TestProfile(DemoShotokuStartupTest.Enabled.class)
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
class DemoShotokuStartupTest {

    /** Looks every second; three quiet looks in a row mean the feed has caught up. */
    public static class Enabled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kikan.demo.enabled", "true", "kikan.demo.settle", "1S", "kikan.demo.stable-checks", "3");
        }
    }

    @Inject
    JuminFeed feed;

    @Inject
    ParameterRepository parameters;

    @Test
    void loadsOnceTheResidentsHaveArrived() throws Exception {
        Thread.sleep(2_500); // the watcher has looked a few times at a city with nobody yet: nothing may happen
        assertThat(DbSnapshot.count("select count(*) from shinkoku where actor = 'demo'")).isZero();

        List<List<DemoJinbutsu>> city = DemoShotokuLoaderTest.publish(250, 7_500_000, "75", new ArrayList<>());
        feed.consumer().drain();
        Map<String, DemoShotoku> expected = new HashMap<>();
        DemoShotokuGenerator g = new DemoShotokuGenerator(20261125L, Api.CITY, parameters);
        city.forEach(members -> expected.putAll(g.setai(members, 2026)));
        String in = "'" + String.join("','", expected.keySet()) + "'";
        long declarations = expected.values().stream().filter(d -> d.shinkoku() != null).count();
        long reports = expected.values().stream().mapToLong(d -> d.kyuyo().size()).sum();
        String rows = "select (select count(*) from shinkoku where actor = 'demo' and atenabango in (" + in + ")) * 100000 "
                + "+ (select count(*) from kyuyo_hokoku where atenabango in (" + in + "))";
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (DbSnapshot.count(rows) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        // one load, complete: all of this city's residents, as the generator says
        assertThat(DbSnapshot.count(rows)).isEqualTo(declarations * 100000 + reports);
        Thread.sleep(2_000);
        assertThat(DbSnapshot.count(rows)).isEqualTo(declarations * 100000 + reports);
    }
}
