package jp.kikan.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Resident records, local tax and national health insurance as separate processes with their own databases: a 転入
 * becomes insured (国民健康保険法 第7条) through resident records' feed; a death ends the qualification the next day
 * (第8条); a 更正 of a member's income in local tax reaches national health insurance on local tax's feed and adds a
 * corrected version of the household's premium with the difference — no clerk asks for it.
 */
class NationalHealthInsuranceAcrossServicesIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int NENDO = 2026;
    private static Suite suite;

    @BeforeAll
    static void start() throws Exception {
        suite = Suite.shared(PortalLoginIT.TOKEN_LIFESPAN_S);
    }

    private static HttpResponse<String> get(String token, String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode post(String user, String url, Object body) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + suite.passwordToken(user)).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(Suite.JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(url + " " + r.body()).isEqualTo(201);
        return Suite.JSON.readTree(r.body());
    }

    /** Polls national health insurance's {@code path} (as the 保険年金課 clerk) until the answer satisfies {@code ok}. */
    private static JsonNode await(String path, Predicate<JsonNode> ok, String what) throws Exception {
        Instant start = Instant.now();
        Duration timeout = Duration.ofSeconds(30);
        while (Duration.between(start, Instant.now()).compareTo(timeout) < 0) {
            HttpResponse<String> r = get(suite.passwordToken("hoken"), suite.kokuhoUrl() + path);
            if (r.statusCode() == 200) {
                JsonNode body = Suite.JSON.readTree(r.body());
                if (ok.test(body)) {
                    System.out.printf("%s: %d ms%n", what, Duration.between(start, Instant.now()).toMillis());
                    return body;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError(what + ": not seen in national health insurance within " + timeout);
    }

    /** A household of two (世帯主 born 1980, 妻 1982) moving in on {@code idobi}; the 宛名番号 of both. */
    private static List<String> tennyu(String uji, String kana, String idobi, String banchi) throws Exception {
        Map<String, Object> body = new HashMap<>(PortalLoginIT.tennyu(uji, kana));
        body.put("idonengappi", idobi);
        @SuppressWarnings("unchecked")
        Map<String, Object> jusho = new HashMap<>((Map<String, Object>) body.get("jusho"));
        jusho.put("jusho_banchigohyoki", banchi);
        body.put("jusho", jusho);
        JsonNode moved = suite.post(suite.passwordToken("clerk"), "/v1/ido/tennyu", body);
        return List.of(moved.at("/jumin/0/atenabango").asText(), moved.at("/jumin/1/atenabango").asText());
    }

    /** 申告 and 賦課 in local tax (the person must have reached local tax through the feed first). */
    private static void shinkokuThenFuka(String atenabango, long kyuyo, String riyu) throws Exception {
        Instant start = Instant.now();
        while (get(suite.passwordToken("zeimu"), suite.taxUrl() + "/v1/nozeigimusha/" + atenabango).statusCode() != 200) {
            assertThat(Duration.between(start, Instant.now())).as("taxpayer " + atenabango).isLessThan(Duration.ofSeconds(30));
            Thread.sleep(100);
        }
        post("zeimu", suite.taxUrl() + "/v1/kojin-juminzei/shinkoku", Map.of("atenabango", atenabango, "nendo", NENDO,
                "shunyu", Map.of("kyuyo_shunyu", kyuyo), "shiharai", Map.of("shakai_hokenryo", kyuyo * 15 / 100)));
        Map<String, Object> fuka = new HashMap<>(Map.of("atenabango", atenabango, "nendo", NENDO));
        if (riyu != null) {
            fuka.put("riyu", riyu);
        }
        post("zeimu", suite.taxUrl() + "/v1/kojin-juminzei/fuka", fuka);
    }

    @Test
    void aTaxCorrectionInLocalTaxRecomputesTheHouseholdsPremium() throws Exception {
        List<String> household = tennyu("国保", "コクホ", "2024-04-01", "7番地1");
        String nushi = household.get(0);
        JsonNode insured = await("/v1/hihokensha/" + nushi, h -> h.path("hihokensha").asBoolean(), "転入 → 資格取得");
        assertThat(insured.path("shikaku_shutokubi").asText()).isEqualTo("2024-04-01");
        String setai = insured.path("setaibango").asText();
        await("/v1/hihokensha/" + household.get(1), h -> h.path("hihokensha").asBoolean(), "妻の資格取得");

        shinkokuThenFuka(nushi, 4_000_000, null);
        shinkokuThenFuka(household.get(1), 1_000_000, null);
        JsonNode tosho = post("hoken", suite.kokuhoUrl() + "/v1/kokuho/fuka", Map.of("setaibango", setai, "nendo", NENDO));
        assertThat(tosho.path("version").asInt()).isEqualTo(1);
        assertThat(tosho.path("nozeigimusha_atenabango").asText()).isEqualTo(nushi);

        // a late 申告 in local tax raises the head's salary by 100万: a 更正 there, then one here by itself
        shinkokuThenFuka(nushi, 5_000_000, "期限後申告");
        JsonNode rireki = await("/v1/kokuho/fuka/" + setai + "?nendo=" + NENDO, h -> h.path("items").size() == 2,
                "local tax 更正 → 国保税の更正");
        JsonNode kosei = rireki.path("items").get(1);
        assertThat(kosei.path("kosei").asBoolean()).isTrue();
        assertThat(kosei.path("sagaku").asLong()).isPositive();
        assertThat(kosei.path("nengaku").asLong()).isEqualTo(tosho.path("nengaku").asLong() + kosei.path("sagaku").asLong());
    }

    @Test
    void aDeathInResidentRecordsEndsTheQualificationTheNextDay() throws Exception {
        List<String> household = tennyu("終了", "シュウリョウ", "2024-04-01", "7番地2");
        String tsuma = household.get(1);
        await("/v1/hihokensha/" + tsuma, h -> h.path("hihokensha").asBoolean(), "転入 → 資格取得");
        suite.post(suite.passwordToken("clerk"), "/v1/ido/shibo", Map.of("atenabango", tsuma, "idonengappi", "2026-06-10"));
        JsonNode ended = await("/v1/hihokensha/" + tsuma, h -> "2026-06-11".equals(h.path("shikaku_soshitsubi").asText()),
                "死亡 → 資格喪失");
        assertThat(ended.path("hihokensha").asBoolean()).isFalse();
        // the head stays insured
        assertThat(Suite.JSON.readTree(get(suite.passwordToken("hoken"), suite.kokuhoUrl() + "/v1/hihokensha/"
                + household.get(0)).body()).path("hihokensha").asBoolean()).isTrue();
        // a clerk of another department has no role here
        assertThat(get(suite.passwordToken("zeimu"), suite.kokuhoUrl() + "/v1/hihokensha/" + tsuma).statusCode())
                .isEqualTo(403);
    }
}
