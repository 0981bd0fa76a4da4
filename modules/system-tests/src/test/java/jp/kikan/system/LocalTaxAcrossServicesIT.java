package jp.kikan.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Resident records and local tax as separate processes with their own databases and one OIDC provider:
 * a 転入 in resident records becomes a taxpayer in local tax through the feed (HTTP, client credentials); a 転出
 * after 1月1日 does not move the tax; local tax killed mid-run resumes from its cursor with nothing lost and
 * nothing applied twice; another municipality never sees this one's taxpayers.
 */
class LocalTaxAcrossServicesIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Suite suite;

    @BeforeAll
    static void start() throws Exception {
        suite = Suite.shared(PortalLoginIT.TOKEN_LIFESPAN_S);
    }

    private static HttpResponse<String> get(String token, String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String token, String url, Object body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(Suite.JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Polls local tax until the taxpayer is there (and in the given state); returns the delay. */
    private static Duration awaitTaxpayer(String atenabango, String jotai, Duration timeout) throws Exception {
        Instant start = Instant.now();
        while (Duration.between(start, Instant.now()).compareTo(timeout) < 0) {
            HttpResponse<String> r = get(suite.passwordToken("zeimu"), suite.taxUrl() + "/v1/nozeigimusha/" + atenabango);
            if (r.statusCode() == 200 && Suite.JSON.readTree(r.body()).path("jumin_jotai").asText().equals(jotai)) {
                return Duration.between(start, Instant.now());
            }
            Thread.sleep(50);
        }
        throw new AssertionError(atenabango + " did not reach local tax as " + jotai + " within " + timeout);
    }

    /** A household of two moving in; returns the 宛名番号 of 世帯主 and 妻. */
    private static List<String> tennyu(String uji, String kana, String idobi, String banchi) throws Exception {
        Map<String, Object> body = new java.util.HashMap<>(PortalLoginIT.tennyu(uji, kana));
        body.put("idonengappi", idobi);
        @SuppressWarnings("unchecked")
        Map<String, Object> jusho = new java.util.HashMap<>((Map<String, Object>) body.get("jusho"));
        jusho.put("jusho_banchigohyoki", banchi);
        body.put("jusho", jusho);
        JsonNode moved = suite.post(suite.passwordToken("clerk"), "/v1/ido/tennyu", body);
        return List.of(moved.at("/jumin/0/atenabango").asText(), moved.at("/jumin/1/atenabango").asText());
    }

    @Test
    void aResidentBecomesATaxpayerAndAMoveAfterNewYearsDayDoesNotMoveTheTax() throws Exception {
        // resident since 2025-06-01: on 2026-01-01 (賦課期日 of 令和8年度) a resident here
        List<String> household = tennyu("税田", "ゼイタ", "2025-06-01", "3番地1");
        String resident = household.get(0);
        Duration delay = awaitTaxpayer(resident, "jumin", Duration.ofSeconds(30));
        System.out.printf("feed delay 異動 → local tax: %d ms%n", delay.toMillis());
        // moved here after 1月1日: not taxed here for 令和8年度
        String late = tennyu("遅田", "オソダ", "2026-02-01", "3番地2").get(0);
        awaitTaxpayer(late, "jumin", Duration.ofSeconds(30));

        // the first moves away on 2026-03-31: still taxed here for 令和8年度
        suite.post(suite.passwordToken("clerk"), "/v1/ido/tenshutsu", Map.of("atenabango", household,
                "idonengappi", "2026-03-31", "tenshutsusakijusho", "大阪府大阪市北区梅田1丁目1番1号"));
        awaitTaxpayer(resident, "tenshutsu", Duration.ofSeconds(30));

        String zeimu = suite.passwordToken("zeimu");
        JsonNode p = Suite.JSON.readTree(get(zeimu, suite.taxUrl() + "/v1/nozeigimusha/" + resident + "?nendo=2026").body());
        assertThat(p.path("fukakijitsu_jumin").asBoolean()).isTrue();
        JsonNode q = Suite.JSON.readTree(get(zeimu, suite.taxUrl() + "/v1/nozeigimusha/" + late + "?nendo=2026").body());
        assertThat(q.path("fukakijitsu_jumin").asBoolean()).isFalse();

        Map<String, Object> shinkoku = Map.of("atenabango", resident, "nendo", 2026,
                "shunyu", Map.of("kyuyo_shunyu", 4_000_000), "shiharai", Map.of("shakai_hokenryo", 600_000));
        assertThat(post(zeimu, suite.taxUrl() + "/v1/kojin-juminzei/shinkoku", shinkoku).statusCode()).isEqualTo(201);
        HttpResponse<String> fuka = post(zeimu, suite.taxUrl() + "/v1/kojin-juminzei/fuka",
                Map.of("atenabango", resident, "nendo", 2026));
        assertThat(fuka.statusCode()).as(fuka.body()).isEqualTo(201);
        assertThat(Suite.JSON.readTree(fuka.body()).path("nenzeigaku").asLong()).isPositive();
        HttpResponse<String> refused = post(zeimu, suite.taxUrl() + "/v1/kojin-juminzei/fuka",
                Map.of("atenabango", late, "nendo", 2026));
        assertThat(refused.statusCode()).isEqualTo(422);

        // another municipality's clerk never sees this city's taxpayers
        assertThat(get(suite.passwordToken("zeimu-other-city"), suite.taxUrl() + "/v1/nozeigimusha/" + resident)
                .statusCode()).isEqualTo(404);
        // and a token of resident records' clerk (no tax role) is refused
        assertThat(get(suite.passwordToken("clerk"), suite.taxUrl() + "/v1/nozeigimusha/" + resident).statusCode())
                .isEqualTo(403);
    }

    @Test
    void aConsumerKilledMidRunResumesWithNothingLostAndNothingTwice() throws Exception {
        List<String> household = tennyu("再開", "サイカイ", "2024-04-01", "5番地1");
        String first = household.get(0);
        awaitTaxpayer(first, "jumin", Duration.ofSeconds(30));
        suite.killLocalTax();
        // changes while local tax is down, and while it starts again
        String whileDown = tennyu("停止", "テイシ", "2024-05-01", "5番地2").get(0);
        suite.post(suite.passwordToken("clerk"), "/v1/ido/tenshutsu", Map.of("atenabango", household,
                "idonengappi", "2026-04-30", "tenshutsusakijusho", "東京都千代田区千代田1番1号"));
        suite.startLocalTax();
        awaitTaxpayer(whileDown, "jumin", Duration.ofSeconds(60));
        awaitTaxpayer(first, "tenshutsu", Duration.ofSeconds(60));
        try (var c = suite.taxDatabase(); var st = c.createStatement()) {
            var rs = st.executeQuery("select count(*), count(distinct (lg_code, henko_bango)) from jumin_kiroku");
            rs.next();
            assertThat(rs.getLong(1)).as("each change of the feed taken once").isEqualTo(rs.getLong(2));
            rs = st.executeQuery("select count(*) from feed_dead_letter");
            rs.next();
            assertThat(rs.getLong(1)).isZero();
        }
    }
}
