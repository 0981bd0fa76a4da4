package jp.kikan.kaigo.support;

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
 * Local tax's side of the income information API, for this service's tests: a token endpoint (client credentials,
 * client_secret_basic) and {@code GET /v1/shotoku-joho/{atenabango}?nendo=} answering what a test set. Every answer is
 * first held to contracts/local-tax/v1.yaml, and only the token it issued is accepted. The real provider, as a
 * separate process, belongs in modules/system-tests.
 */
public class IncomeServer extends jp.kikan.platform.test.feed.StubProvider {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, ObjectNode> INCOMES = new ConcurrentHashMap<>();
    private static final OpenApiInteractionValidator PROVIDER_CONTRACT = OpenApiInteractionValidator
            .createForSpecificationUrl("contracts/local-tax/v1.yaml").build();

    public IncomeServer() {
        super("kikan-kaigo");
    }

    /**
     * Sets the person's income information for a 年度 (合計所得金額, 公的年金等の収入と雑所得, 住民税 課税/非課税);
     * replaces an earlier one.
     */
    public static ObjectNode shotoku(String atenabango, int nendo, long gokei, long nenkinShunyu, long nenkinShotoku,
            boolean kazei) {
        ObjectNode o = JSON.createObjectNode();
        o.put("atenabango", atenabango);
        o.put("nendo", nendo);
        o.put("mishinkoku", false);
        o.put("gokei_shotoku_kingaku", gokei);
        o.put("so_shotoku_kingaku_to", gokei);
        o.put("koteki_nenkin_shunyu", nenkinShunyu);
        o.put("koteki_nenkin_shotoku", nenkinShotoku);
        o.put("kintowari_kazei", kazei);
        o.put("shotokuwari_kazei", kazei);
        INCOMES.put(atenabango + ":" + nendo, o);
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

    @Override
    public Map<String, String> start() {
        String base = serve(Map.of("/v1/shotoku-joho/", this::shotoku));
        return Map.of("kikan.shotoku-joho.url", base, "kikan.shotoku-joho.token-url", base + "/token",
                "kikan.shotoku-joho.client-secret", SECRET, "kikan.shotoku-joho.auth-method", "client-secret-basic");
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
