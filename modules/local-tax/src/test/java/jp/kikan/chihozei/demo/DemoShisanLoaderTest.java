package jp.kikan.chihozei.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.kikan.chihozei.application.JuminFeed;
import jp.kikan.chihozei.support.Api;
import jp.kikan.chihozei.support.ResidentFeedServer;
import jp.kikan.platform.quarkus.jdbc.Sql;
import jp.kikan.platform.test.DbSnapshot;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

/**
 * The demo city's land, houses and vehicles: registered through the registers' use cases, the same on every run
 * (a second run replays every command and adds nothing), co-owned homes among them, and assessable by both taxes.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
class DemoShisanLoaderTest {

    @Inject
    JuminFeed feed;

    @Inject
    DemoShisanLoader loader;

    @Inject
    AgroalDataSource ds;

    private String string(String sql) {
        return Sql.one(ds, sql, rs -> rs.getString(1)).orElseThrow();
    }

    @Test
    void shouldRegisterTheCitysAssetsOnceAndTheAssessmentsTakeThem() throws Exception {
        List<List<DemoJinbutsu>> city = DemoShotokuLoaderTest.publish(60, 8_600_000, "86", new ArrayList<>());
        feed.consumer().drain();
        String heads = "'" + String.join("','", city.stream().map(m -> m.get(0).atenabango()).toList()) + "'";
        String count = "select (select count(*) from tochi_rireki where daihyosha in (" + heads + ")) * 1000000 "
                + "+ (select count(*) from kaoku_rireki where daihyosha in (" + heads + ")) * 1000 "
                + "+ (select count(*) from sharyo where shoyusha_atenabango in (" + heads + "))";

        DemoShisanLoader.Kekka first = loader.load(Api.CITY, 2026, 20261125L);
        assertThat(first.refused()).isZero();
        assertThat(first.tochi()).isGreaterThan(10);
        assertThat(first.kaoku()).isGreaterThan(10);
        assertThat(first.sharyo()).isGreaterThan(10);
        assertThat(first.hojin()).isGreaterThanOrEqualTo(3);
        long shinkoku = DbSnapshot.count("select count(*) from shokyaku_shinkoku where lg_code = '" + Api.CITY + "'");
        assertThat(shinkoku).isGreaterThanOrEqualTo(3);
        long rows = DbSnapshot.count(count);
        assertThat(DbSnapshot.count("select count(*) from tochi_rireki where daihyosha in (" + heads + ") "
                + "and jsonb_array_length(shoyusha) = 2")).isPositive();

        // the same seed, the same bodies: every command replays its first result, nothing is registered twice
        DemoShisanLoader.Kekka again = loader.load(Api.CITY, 2026, 20261125L);
        assertThat(again.refused()).isZero();
        assertThat(DbSnapshot.count(count)).isEqualTo(rows);
        assertThat(again.hojin()).isEqualTo(first.hojin());
        assertThat(DbSnapshot.count("select count(*) from shokyaku_shinkoku where lg_code = '" + Api.CITY + "'")).isEqualTo(shinkoku);
        // a demo 法人's 申告 is valued and taxed as the clerk's would be
        String hojin = string("select atenabango from nozeigimusha where lg_code = '" + Api.CITY + "' and hojin_bango like '_9999%' "
                + "order by atenabango limit 1");
        var shokyaku = Api.command(Api.clerk()).body(Map.of("nendo", 2026, "shoyusha", List.of(hojin)))
                .post("/v1/koteishisanzei/fuka").then().statusCode(201).extract().jsonPath();
        assertThat(shokyaku.getList("fuka.shurui.shurui", String.class)).containsExactly("shokyaku-shisan");

        String owner = string("select daihyosha from tochi_rireki where daihyosha in (" + heads + ") "
                + "and jsonb_array_length(shoyusha) = 1 and kazei_kubun = 'jutaku-yochi' order by tochi_id limit 1");
        var kotei = Api.command(Api.clerk()).body(Map.of("nendo", 2026, "shoyusha", List.of(owner)))
                .post("/v1/koteishisanzei/fuka").then().statusCode(201).extract().jsonPath();
        assertThat(kotei.getList("fuka.tochi")).isNotEmpty();
        String driver = string("select shoyusha_atenabango from sharyo where shoyusha_atenabango in (" + heads + ") "
                + "order by hyoshiki_bango limit 1");
        Api.command(Api.clerk()).body(Map.of("atenabango", driver, "nendo", 2026)).post("/v1/keijidoshazei/fuka").then()
                .statusCode(201);
    }
}
