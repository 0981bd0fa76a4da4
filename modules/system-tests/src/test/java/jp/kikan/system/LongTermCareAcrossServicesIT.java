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
 * Resident records, local tax and long-term care as separate processes with their own databases: a resident who turns
 * 65 becomes a 第1号被保険者 on the 65歳到達日 (介護保険法第9条・第10条), one moving out or dying loses it the next day
 * (第11条) — through resident records' feed, within seconds; a 更正 in local tax that makes the spouse taxed moves the
 * premium to the 段階 of 本人非課税・世帯課税 on local tax's feed, without a clerk asking.
 */
class LongTermCareAcrossServicesIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int NENDO = 2026;
    private static Suite suite;

    @BeforeAll
    static void start() throws Exception {
        suite = Suite.shared(PortalLoginIT.TOKEN_LIFESPAN_S);
    }

    private static HttpResponse<String> get(String user, String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + suite.passwordToken(user))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
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

    /** Polls long-term care's {@code path} (as the 介護保険課 clerk) until the answer satisfies {@code ok}. */
    private static JsonNode await(String path, Predicate<JsonNode> ok, String what) throws Exception {
        Instant start = Instant.now();
        Duration timeout = Duration.ofSeconds(30);
        while (Duration.between(start, Instant.now()).compareTo(timeout) < 0) {
            HttpResponse<String> r = get("kaigo", suite.kaigoUrl() + path);
            if (r.statusCode() == 200) {
                JsonNode body = Suite.JSON.readTree(r.body());
                if (ok.test(body)) {
                    System.out.printf("%s: %d ms%n", what, Duration.between(start, Instant.now()).toMillis());
                    return body;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError(what + ": not seen in long-term care within " + timeout);
    }

    /** A household moving in on 2020-04-01: the 世帯主 born {@code nushi}, the 妻 born {@code tsuma}. */
    private static List<String> tennyu(String uji, String kana, String nushi, String tsuma, String banchi) throws Exception {
        Map<String, Object> body = new HashMap<>(PortalLoginIT.tennyu(uji, kana));
        body.put("idonengappi", "2020-04-01");
        @SuppressWarnings("unchecked")
        Map<String, Object> jusho = new HashMap<>((Map<String, Object>) body.get("jusho"));
        jusho.put("jusho_banchigohyoki", banchi);
        body.put("jusho", jusho);
        body.put("members", List.of(PortalLoginIT.person(uji + "　一郎", kana + "　イチロウ", nushi, "1", "世帯主"),
                PortalLoginIT.person(uji + "　花子", kana + "　ハナコ", tsuma, "2", "妻")));
        JsonNode moved = suite.post(suite.passwordToken("clerk"), "/v1/ido/tennyu", body);
        return List.of(moved.at("/jumin/0/atenabango").asText(), moved.at("/jumin/1/atenabango").asText());
    }

    @Test
    void aResidentTurning65IsInsuredFromTheDayBeforeTheBirthdayAndMovingOutEndsItTheNextDay() throws Exception {
        // 世帯主 born 1961-11-20: 65歳到達日 2026-11-19 (before the business date); 妻 born 1950-02-02: 65+ on moving in
        List<String> h = tennyu("介護", "カイゴ", "1961-11-20", "1950-02-02", "9番地1");
        JsonNode nushi = await("/v1/hihokensha/" + h.get(0), j -> j.path("hihokensha").asBoolean(), "65歳到達 → 第1号被保険者");
        assertThat(nushi.path("shikaku_shutokubi").asText()).isEqualTo("2026-11-19");
        assertThat(nushi.path("hihokensha_bango").asText()).matches("[0-9]{10}");
        JsonNode tsuma = await("/v1/hihokensha/" + h.get(1), j -> j.path("hihokensha").asBoolean(), "転入 (65歳以上) → 取得");
        assertThat(tsuma.path("shikaku_shutokubi").asText()).isEqualTo("2020-04-01");

        suite.post(suite.passwordToken("clerk"), "/v1/ido/tenshutsu", Map.of("atenabango", h, "idonengappi", "2026-11-30",
                "tenshutsusakijusho", "大阪府大阪市北区梅田1丁目1番1号"));
        JsonNode moved = await("/v1/hihokensha/" + h.get(0), j -> "2026-12-01".equals(j.path("shikaku_soshitsubi").asText()),
                "転出 → 喪失 (翌日)");
        assertThat(moved.path("hihokensha").asBoolean()).isFalse();
        // a 税務課 clerk has no role here
        assertThat(get("zeimu", suite.kaigoUrl() + "/v1/hihokensha/" + h.get(0)).statusCode()).isEqualTo(403);
    }

    @Test
    void aDeathEndsTheQualificationTheNextDay() throws Exception {
        List<String> h = tennyu("死亡", "シボウ", "1948-03-03", "1952-04-04", "9番地2");
        await("/v1/hihokensha/" + h.get(1), j -> j.path("hihokensha").asBoolean(), "転入 → 取得");
        suite.post(suite.passwordToken("clerk"), "/v1/ido/shibo", Map.of("atenabango", h.get(1), "idonengappi", "2026-10-10"));
        await("/v1/hihokensha/" + h.get(1), j -> "2026-10-11".equals(j.path("shikaku_soshitsubi").asText()),
                "死亡 → 喪失 (翌日)");
    }

    /** 申告 and 賦課 in local tax, once the person has reached it through the feed. */
    private static void shinkokuThenFuka(String atenabango, Map<String, Object> shunyu, String riyu) throws Exception {
        Instant start = Instant.now();
        while (get("zeimu", suite.taxUrl() + "/v1/nozeigimusha/" + atenabango).statusCode() != 200) {
            assertThat(Duration.between(start, Instant.now())).as("taxpayer " + atenabango).isLessThan(Duration.ofSeconds(30));
            Thread.sleep(100);
        }
        post("zeimu", suite.taxUrl() + "/v1/kojin-juminzei/shinkoku", Map.of("atenabango", atenabango, "nendo", NENDO,
                "shunyu", shunyu));
        Map<String, Object> fuka = new HashMap<>(Map.of("atenabango", atenabango, "nendo", NENDO));
        if (riyu != null) {
            fuka.put("riyu", riyu);
        }
        post("zeimu", suite.taxUrl() + "/v1/kojin-juminzei/fuka", fuka);
    }

    @Test
    void aTaxCorrectionInLocalTaxMovesThePremiumToAnotherStage() throws Exception {
        List<String> h = tennyu("段階", "ダンカイ", "1950-05-05", "1980-05-05", "9番地3");
        String nushi = h.get(0);
        await("/v1/hihokensha/" + nushi, j -> j.path("hihokensha").asBoolean(), "転入 → 取得");
        // a pension of 70万 and a spouse with no income: 世帯全員非課税, 第1段階
        shinkokuThenFuka(nushi, Map.of("koteki_nenkin_shunyu", 700_000), null);
        shinkokuThenFuka(h.get(1), Map.of("kyuyo_shunyu", 0), null);
        JsonNode tosho = post("kaigo", suite.kaigoUrl() + "/v1/kaigo/fuka", Map.of("atenabango", nushi, "nendo", NENDO));
        assertThat(tosho.path("dankai").asInt()).isEqualTo(1);

        // the spouse's late 申告 (給与 300万) makes the household taxed: 本人非課税・世帯課税 → 第4段階, by itself
        shinkokuThenFuka(h.get(1), Map.of("kyuyo_shunyu", 3_000_000), "期限後申告");
        JsonNode rireki = await("/v1/kaigo/fuka/" + nushi + "?nendo=" + NENDO, j -> j.path("items").size() == 2,
                "local tax 更正 → 介護保険料の更正");
        JsonNode kosei = rireki.path("items").get(1);
        assertThat(kosei.path("kosei").asBoolean()).isTrue();
        assertThat(kosei.path("dankai").asInt()).isEqualTo(4);
        assertThat(kosei.path("sagaku").asLong()).isPositive();
    }
}
