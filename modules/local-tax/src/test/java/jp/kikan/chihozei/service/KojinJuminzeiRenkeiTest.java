package jp.kikan.chihozei.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import jp.kikan.chihozei.application.JuminFeed;
import jp.kikan.chihozei.support.Api;
import jp.kikan.chihozei.support.RenkeiPages;
import jp.kikan.chihozei.support.RenkeiPages.Read;
import jp.kikan.chihozei.support.ResidentFeedServer;
import jp.kikan.platform.test.DbSnapshot;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import jp.kikan.platform.test.TestTokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * This service's own feed (庁内データ連携 個人住民税): each assessment version with its 所得情報 and 調定, the full snapshot
 * then the diff in commit order, only for clients with the scope, only the caller's municipality, every read logged.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@Tag("fn:renkei.kojin-juminzei")
class KojinJuminzeiRenkeiTest {

    private static final AtomicInteger SERIAL = new AtomicInteger(2_500);
    static final String SCOPE = "010:kojin-juminzei-renkei:Read";

    @Inject
    JuminFeed feed;

    private String resident() throws Exception {
        String a = jp.kikan.platform.checkdigit.Modulus11.withCheckDigit(String.format("%09d", SERIAL.incrementAndGet()));
        ObjectNode item = ResidentFeedServer.jumin(Api.CITY, a, "渡邉　花子", "ワタナベ　ハナコ", "1975-09-30", "jumin",
                "tennyu", "2019-04-01", "2019-04-01");
        ResidentFeedServer.publish(item);
        feed.consumer().drain();
        return a;
    }

    private static void shinkokuThenFuka(String a, long kyuyo, String riyu) {
        Api.command(Api.clerk()).body(Map.of("atenabango", a, "nendo", 2025, "shunyu", Map.of("kyuyo_shunyu", kyuyo),
                "shiharai", Map.of("shakai_hokenryo", 450_000))).post("/v1/kojin-juminzei/shinkoku").then().statusCode(201);
        Map<String, Object> body = riyu == null ? Map.of("atenabango", a, "nendo", 2025)
                : Map.of("atenabango", a, "nendo", 2025, "riyu", riyu);
        Api.command(Api.clerk()).body(body).post("/v1/kojin-juminzei/fuka").then().statusCode(201);
    }

    static String client(String lgCode) {
        return TestTokens.serviceClient("kikan-kokuho", lgCode, SCOPE);
    }

    /** Pages from {@code cursor} (null: the snapshot) until the feed has nothing more. */
    static Read readAll(String token, String cursor) {
        return RenkeiPages.readAll(token, "/v1/renkei/kojin-juminzei", cursor);
    }

    private static List<Map<String, Object>> of(Read r, String a) {
        return r.of(a);
    }

    @Test
    void shouldAnnounceACorrectionAfterTheSnapshotWithItsIncomeAndDifferences() throws Exception {
        String a = resident();
        shinkokuThenFuka(a, 3_000_000, null);
        Read first = readAll(client(Api.CITY), null);
        List<Map<String, Object>> mine = of(first, a);
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0)).containsEntry("fuka_version", 1).containsEntry("kubun", "tosho")
                .containsEntry("nenzeigaku", 116_500).containsEntry("zeimoku", "kojin_juminzei")
                .containsEntry("shikuchosonkodo", Api.CITY);
        assertThat(first.modes()).first().isEqualTo("full");

        // a late 申告: the 更正 reaches the consumer as the next change, with the new income and the differences
        shinkokuThenFuka(a, 3_500_000, "期限後申告");
        Read diff = readAll(client(Api.CITY), first.cursor());
        assertThat(diff.modes()).containsOnly("diff");
        List<Map<String, Object>> changed = of(diff, a);
        assertThat(changed).hasSize(1);
        Map<String, Object> kosei = changed.get(0);
        assertThat(kosei).containsEntry("fuka_version", 2).containsEntry("kubun", "kosei")
                .containsEntry("shikuchosonkodo", Api.CITY);
        @SuppressWarnings("unchecked")
        Map<String, Object> shotoku = (Map<String, Object>) kosei.get("shotoku_joho");
        assertThat(((Number) shotoku.get("gokei_shotoku_kingaku")).longValue()).isGreaterThan(2_020_000);
        assertThat(shotoku).containsEntry("fuka_version", 2).containsEntry("shotokuwari_kazei", true);
        assertThat((List<?>) kosei.get("kosei_sagaku")).isNotEmpty();
        assertThat((List<?>) kosei.get("chotei")).hasSize(1);
        assertThat(((Number) kosei.get("henko_bango")).longValue())
                .isGreaterThan(((Number) mine.get(0).get("henko_bango")).longValue());

        // read again from the same cursor (a consumer that crashed before storing it): the same change again
        assertThat(of(readAll(client(Api.CITY), first.cursor()), a)).isEqualTo(changed);
        // a new consumer's snapshot holds only the latest version: nobody is moved back to the 当初 figures
        List<Map<String, Object>> fresh = of(readAll(client(Api.CITY), null), a);
        assertThat(fresh).hasSize(1);
        assertThat(fresh.get(0)).containsEntry("fuka_version", 2);
    }

    @Test
    void shouldGiveTheFeedOnlyToClientsWithTheScopeAndOnlyTheirMunicipality() throws Exception {
        String a = resident();
        shinkokuThenFuka(a, 2_400_000, null);
        long logged = DbSnapshot.count("select count(*) from access_log where action = 'renkei.kojin-juminzei'");
        assertThat(of(readAll(client(Api.CITY), null), a)).hasSize(1);
        assertThat(DbSnapshot.count("select count(*) from access_log where action = 'renkei.kojin-juminzei'"))
                .isGreaterThan(logged);
        assertThat(of(readAll(client(Api.OTHER_CITY), null), a)).isEmpty();
        Api.badInputAs(Api.clerk()).get("/v1/renkei/kojin-juminzei").then().statusCode(403);
        Api.badInputAs(Api.kokuhoClient(Api.CITY)).get("/v1/renkei/kojin-juminzei").then().statusCode(403);
        Api.badInputAs(client(Api.CITY)).queryParam("cursor", "not-a-cursor").get("/v1/renkei/kojin-juminzei").then()
                .statusCode(400).body("errors[0].field", equalTo("cursor"));
    }
}
