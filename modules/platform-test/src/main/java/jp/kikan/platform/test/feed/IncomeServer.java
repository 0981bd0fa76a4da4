package jp.kikan.platform.test.feed;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Local tax's side of the income information API, for a consumer's tests (health insurance, long-term care): a token endpoint (client credentials,
 * client_secret_basic), {@code GET /v1/shotoku-joho/{atenabango}?nendo=} answering what a test set, and local tax's feed
 * {@code GET /v1/renkei/kojin-juminzei} carrying the assessment versions a test announced ({@link #announce}). Every
 * answer is first held to contracts/local-tax/v1.yaml, and only the token it issued is accepted. The real provider, as a
 * separate process, belongs in modules/system-tests.
 */
public abstract class IncomeServer extends StubProvider {

    protected static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, ObjectNode> INCOMES = new ConcurrentHashMap<>();
    private static final java.util.List<ObjectNode> FEED = new java.util.concurrent.CopyOnWriteArrayList<>();
    private static final OpenApiInteractionValidator PROVIDER_CONTRACT = OpenApiInteractionValidator
            .createForSpecificationUrl("contracts/local-tax/v1.yaml").build();

    /** @param clientId the consumer's service client, the only one the token endpoint serves */
    protected IncomeServer(String clientId) {
        super(clientId);
    }

    /** The person's income information for a 年度 as local tax answers it (held to the contract when read); replaces. */
    public static ObjectNode put(ObjectNode shotokuJoho) {
        INCOMES.put(shotokuJoho.get("atenabango").asText() + ":" + shotokuJoho.get("nendo").asInt(), shotokuJoho);
        return shotokuJoho;
    }

    /** An answer with the contract's required items, for a test to fill in. */
    protected static ObjectNode base(String atenabango, int nendo) {
        ObjectNode o = JSON.createObjectNode();
        o.put("atenabango", atenabango);
        o.put("nendo", nendo);
        o.put("mishinkoku", false);
        return o;
    }

    /** A person local tax knows but who filed nothing (未申告). */
    public static void mishinkoku(String atenabango, int nendo) {
        ObjectNode o = JSON.createObjectNode();
        o.put("atenabango", atenabango);
        o.put("nendo", nendo);
        o.put("mishinkoku", true);
        o.put("kintowari_kazei", false);
        o.put("shotokuwari_kazei", false);
        INCOMES.put(atenabango + ":" + nendo, o);
    }

    /**
     * Announces on local tax's feed a new version of the person's assessment with the income information set last
     * ({@link #shotoku}), as local tax does after a 更正 or a late 申告; its 変更番号 is the next of the feed.
     */
    public static synchronized long announce(String lgCode, String atenabango, int nendo, int fukaVersion) {
        ObjectNode shotoku = INCOMES.get(atenabango + ":" + nendo).deepCopy();
        shotoku.put("fuka_version", fukaVersion);
        ObjectNode o = JSON.createObjectNode();
        long henko = FEED.size() + 1;
        o.put("henko_bango", henko);
        o.put("shikuchosonkodo", lgCode);
        o.put("atenabango", atenabango);
        o.put("nendo", nendo);
        o.put("zeimoku", "kojin_juminzei");
        o.put("fuka_version", fukaVersion);
        o.put("kubun", fukaVersion == 1 ? "tosho" : "kosei");
        o.put("nenzeigaku", 0);
        o.set("shotoku_joho", shotoku);
        o.putArray("chotei");
        FEED.add(o);
        return henko;
    }

    @Override
    public Map<String, String> start() {
        String base = serve(Map.of("/v1/shotoku-joho/", this::shotoku, "/v1/renkei/kojin-juminzei", this::feed));
        return Map.of("kikan.shotoku-joho.url", base, "kikan.shotoku-joho.token-url", base + "/token",
                "kikan.shotoku-joho.client-secret", SECRET, "kikan.shotoku-joho.auth-method", "client-secret-basic",
                "kikan.feed-consumers.kojin-juminzei.url", base + "/v1/renkei/kojin-juminzei",
                "kikan.feed-consumers.kojin-juminzei.token-url", base + "/token",
                "kikan.feed-consumers.kojin-juminzei.client-secret", SECRET,
                "kikan.feed-consumers.kojin-juminzei.auth-method", "client-secret-basic");
    }

    /** The feed: without a cursor everything so far (mode full), then what was announced after the cursor (diff). */
    private void feed(HttpExchange ex) throws IOException {
        Map<String, String> q = query(ex.getRequestURI().getRawQuery());
        int from = q.containsKey("cursor") ? Integer.parseInt(q.get("cursor")) : 0;
        int limit = q.containsKey("limit") ? Integer.parseInt(q.get("limit")) : 100;
        java.util.List<ObjectNode> all = java.util.List.copyOf(FEED);
        int to = Math.min(all.size(), from + limit);
        ObjectNode page = JSON.createObjectNode();
        ObjectNode meta = page.putObject("metadata");
        meta.put("mode", q.containsKey("cursor") ? "diff" : "full");
        meta.put("count", to - from);
        meta.put("has_more", to < all.size());
        meta.put("next_cursor", String.valueOf(to));
        meta.put("lg_code", all.isEmpty() ? "999997" : all.get(0).get("shikuchosonkodo").asText());
        page.putObject("_links").putObject("self").put("href", ex.getRequestURI().toString());
        page.putArray("result").addAll(all.subList(from, to));
        String json = JSON.writeValueAsString(page);
        ValidationReport report = PROVIDER_CONTRACT.validateResponse("/v1/renkei/kojin-juminzei", Request.Method.GET,
                SimpleResponse.Builder.ok().withContentType("application/json").withBody(json).build());
        if (report.hasErrors()) {
            throw new AssertionError("a feed page the local tax contract forbids: " + report.getMessages());
        }
        send(ex, 200, json, "application/json");
    }

    private void shotoku(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String a = path.substring(path.lastIndexOf('/') + 1);
        String nendo = query(ex.getRequestURI().getRawQuery()).get("nendo");
        ObjectNode o = INCOMES.get(a + ":" + nendo);
        if (o == null) {
            send(ex, 404, "{\"type\":\"https://kikan.jp/problems/not-found\",\"title\":\"見つかりません\",\"status\":404}", "application/problem+json");
            return;
        }
        String json = JSON.writeValueAsString(o);
        ValidationReport report = PROVIDER_CONTRACT.validateResponse("/v1/shotoku-joho/{atenabango}", Request.Method.GET,
                SimpleResponse.Builder.ok().withContentType("application/json").withBody(json).build());
        if (report.hasErrors()) {
            throw new AssertionError("an answer the local tax contract forbids: " + report.getMessages());
        }
        send(ex, 200, json, "application/json");
    }
}
