package jp.kikan.jumin.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import jp.kikan.jumin.support.Api;
import jp.kikan.jumin.support.Db;
import jp.kikan.jumin.support.Fixtures;
import jp.kikan.jumin.support.Tokens;
import jp.kikan.platform.test.ContractApi;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import jp.kikan.platform.test.fuzz.ContractFuzzer;
import jp.kikan.platform.test.fuzz.FuzzCase;
import jp.kikan.platform.test.fuzz.Samples;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the contract, fed requests it forbids (a fixed seed, a bounded number per operation),
 * with real tokens and real 宛名番号/世帯番号 so that whatever the contract check lets through reaches the use
 * cases. Every request must be refused — never 2xx, never 5xx — with a response the contract lists and a
 * problem+json body, and must change nothing in the database, the access log included.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class ContractFuzzTest {

    private static final long SEED = 20261201L;
    private static final int MAX_PER_OPERATION = Integer.getInteger("kikan.fuzz.max-per-operation", 100);
    private static final ContractApi CONTRACT = new ContractApi(ContractApi.SERVED_CONTRACT);
    /** Bytes go out exactly as built: no charset added to the content type. */
    private static final RestAssuredConfig AS_BUILT = RestAssuredConfig.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    @Test
    void shouldRefuseEveryRequestTheContractForbidsWithoutChangingAnything() {
        var family = Fixtures.family(Tokens.clerk(), "乱打", "ランダ", "2022-04-01");
        String head = family.getString("jumin[0].atenabango");
        String wife = family.getString("jumin[1].atenabango");
        String setaibango = family.getString("setaibango[0]");
        String sochiId = Api.as(Tokens.supervisor()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("kaishibi", "2022-05-01", "taisho", List.of("ido"))).post("/v1/jumin/" + head + "/shien-sochi")
                .then().statusCode(201).extract().path("sochi_id");
        Samples samples = new Samples(Map.of("atenabango", head, "setaibango", setaibango, "shin_setainushi", wife,
                "gappeisaki_setaibango", setaibango, "henkosaki_setaibango", setaibango, "sochiId", sochiId,
                "Idempotency-Key", "fuzz-" + UUID.randomUUID(), "zokugara", "子", "shimei", "試験　花子",
                "shimei_furigana", "シケン　ハナコ"), name -> name.endsWith("nengappi") || name.endsWith("bi"));
        ContractFuzzer fuzzer = ContractFuzzer.of(ContractApi.SERVED_CONTRACT, samples);
        assertThat(fuzzer.operationIds()).hasSize(26);

        List<FuzzCase> cases = fuzzer.cases(SEED, MAX_PER_OPERATION);
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> byStatus = new TreeMap<>();
        Map<Integer, java.util.Set<String>> otherThan400 = new TreeMap<>();
        long started = System.nanoTime();
        for (FuzzCase c : cases) {
            Map<String, Long> before = Db.everything();
            Response r;
            try {
                r = send(c);
            } catch (RuntimeException e) {
                failures.add(c + " → response not valid against the contract: " + e.getMessage());
                continue;
            }
            int status = r.statusCode();
            byStatus.merge(status, 1, Integer::sum);
            if (status != 400) {
                otherThan400.computeIfAbsent(status, k -> new java.util.TreeSet<>()).add(c.mutation());
            }
            if (status < 400 || status >= 500) {
                failures.add(c + " → " + status + " " + r.asString());
            } else if (!r.contentType().startsWith("application/problem+json")) {
                failures.add(c + " → " + status + " without problem+json (" + r.contentType() + ")");
            }
            Map<String, Long> after = Db.everything();
            if (!after.equals(before)) {
                failures.add(c + " → refused but changed the database: " + before + " → " + after);
            }
        }
        System.out.printf("contract fuzz: %d requests over %d operations in %.1f s, statuses %s%n", cases.size(),
                fuzzer.operationIds().size(), (System.nanoTime() - started) / 1e9, byStatus);
        otherThan400.forEach((status, what) -> System.out.printf("  %d for: %s%n", status, what));
        assertThat(failures).as(failures.size() + " of " + cases.size() + " requests:\n" + String.join("\n", failures))
                .isEmpty();
    }

    private static Response send(FuzzCase c) {
        RequestSpecification spec = CONTRACT.raw(tokenFor(c.operationId())).config(AS_BUILT);
        c.headers().forEach(spec::header);
        if (c.contentType() != null) {
            spec.contentType(c.contentType());
        }
        if (c.body() != null) {
            spec.body(c.body());
        }
        return spec.request(c.method(), c.target());
    }

    /** A caller entitled to the operation, so that the role check is not what refuses the request. */
    private static String tokenFor(String operationId) {
        return switch (operationId) {
            case "listShienSochi", "registerShienSochi", "endShienSochi" -> Tokens.supervisor();
            case "searchAccessLog", "verifyAccessLog" -> Tokens.auditor();
            case "getJuminRenkei", "getJuminRenkeiFile" -> Tokens.renkeiClient(Tokens.CITY);
            default -> Tokens.clerk();
        };
    }
}
