package jp.kikan.platform.test.feed;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The resident records service's side of the feed, for a consuming service's own tests: a token endpoint (client
 * credentials, client_secret_basic) and {@code GET /v1/renkei/jumin} paging through the items a test publishes.
 * Every page it serves is first held to contracts/resident-records/v1.yaml (a page the real provider could not
 * send fails the test), and only the token it issued is accepted. The real provider, as a separate process, is
 * exercised in modules/system-tests.
 */
public abstract class ResidentFeedServer extends StubProvider {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<ObjectNode> ITEMS = new CopyOnWriteArrayList<>();
    private static final OpenApiInteractionValidator PROVIDER_CONTRACT = OpenApiInteractionValidator
            .createForSpecificationUrl("contracts/resident-records/v1.yaml").build();
    /** @param clientId the consumer's service client (its Basic credentials are {@code clientId:test-secret}) */
    protected ResidentFeedServer(String clientId) {
        super(clientId);
    }

    /** Publishes a change (the provider's 変更番号 is the position in the feed, from 1). */
    public static void publish(ObjectNode item) {
        synchronized (ITEMS) {
            item.put("henko_bango", (long) ITEMS.size() + 1);
            ITEMS.add(item);
        }
    }

    /** A resident's item with the contract's required items, in 世帯 0000000019 as 世帯主. */
    public static ObjectNode jumin(String lgCode, String atenabango, String shimei, String kana, String seinengappi,
            String jotai, String idojiyu, String idonengappi, String juminNattabi) {
        return jumin(lgCode, atenabango, "0000000019", "世帯主", shimei, kana, seinengappi, jotai, idojiyu, idonengappi,
                juminNattabi);
    }

    /** A resident's item with the contract's required items. */
    public static ObjectNode jumin(String lgCode, String atenabango, String setaibango, String zokugara, String shimei,
            String kana, String seinengappi, String jotai, String idojiyu, String idonengappi, String juminNattabi) {
        ObjectNode o = JSON.createObjectNode();
        o.put("henko_shubetsu", "jumin");
        o.put("shikuchosonkodo", lgCode);
        o.put("atenabango", atenabango);
        o.put("rirekibango", 1);
        o.put("setaibango", setaibango);
        o.put("zokugara", zokugara);
        o.put("jumin_shubetsu", "nihonjin");
        o.put("jumin_jotai", jotai);
        o.put("shimei", shimei);
        o.put("shimei_furigana", kana);
        o.put("seinengappi", seinengappi);
        o.put("seibetsu", "1");
        o.put("jusho_todofuken", "架空県");
        o.put("jusho_shikugunchosonmei", "みなみ市");
        o.put("jusho_choaza", "中央一丁目");
        o.put("jusho_banchigohyoki", "1番地");
        o.put("jumintonattanengappi", juminNattabi);
        o.put("idojiyu", idojiyu);
        o.put("idonengappi", idonengappi);
        o.put("shorinengappi", idonengappi);
        o.put("shien_sochi_taisho", false);
        return o;
    }

    @Override
    public Map<String, String> start() {
        String base = serve(Map.of("/v1/renkei/jumin", this::feed));
        return Map.of("kikan.feed-consumers.jumin.url", base + "/v1/renkei/jumin",
                "kikan.feed-consumers.jumin.token-url", base + "/token",
                "kikan.feed-consumers.jumin.auth-method", "client-secret-basic",
                "kikan.feed-consumers.jumin.client-secret", SECRET,
                "kikan.feed-consumers.jumin.enabled", "false");
    }

    private void feed(HttpExchange ex) throws IOException {
        Map<String, String> q = query(ex.getRequestURI().getRawQuery());
        int limit = Integer.parseInt(q.getOrDefault("limit", "100"));
        int from = q.containsKey("cursor") ? Integer.parseInt(q.get("cursor")) : 0;
        List<ObjectNode> items = List.copyOf(ITEMS);
        int to = Math.min(items.size(), from + limit);
        ObjectNode body = JSON.createObjectNode();
        ObjectNode meta = body.putObject("metadata");
        meta.put("title", "住民情報");
        meta.put("detail", "庁内データ連携 (テスト用の提供側)");
        meta.put("mode", from == 0 ? "full" : "diff");
        meta.put("lg_code", items.isEmpty() ? "999997" : items.get(0).get("shikuchosonkodo").asText());
        meta.put("count", to - from);
        meta.put("next_cursor", Integer.toString(to));
        meta.put("has_more", to < items.size());
        body.putObject("_links").putObject("self").put("href", ex.getRequestURI().toString());
        ArrayNode result = body.putArray("result");
        items.subList(from, to).forEach(result::add);
        String json = JSON.writeValueAsString(body);
        ValidationReport report = PROVIDER_CONTRACT.validateResponse("/v1/renkei/jumin", Request.Method.GET,
                SimpleResponse.Builder.ok().withContentType("application/json").withBody(json).build());
        if (report.hasErrors()) {
            throw new AssertionError("a page the resident records contract forbids: " + report.getMessages());
        }
        send(ex, 200, json, "application/json");
    }
}
