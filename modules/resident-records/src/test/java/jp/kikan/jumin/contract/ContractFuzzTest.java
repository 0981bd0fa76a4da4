package jp.kikan.jumin.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kikan.jumin.support.Api;
import jp.kikan.jumin.support.Db;
import jp.kikan.jumin.support.Fixtures;
import jp.kikan.jumin.support.Tokens;
import jp.kikan.platform.test.ContractApi;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import jp.kikan.platform.test.fuzz.ContractFuzzer;
import jp.kikan.platform.test.fuzz.FuzzCase;
import jp.kikan.platform.test.fuzz.FuzzRun;
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
        long started = System.nanoTime();
        FuzzRun.Result r = FuzzRun.run(CONTRACT, cases, ContractFuzzTest::tokenFor, Db::everything);
        System.out.printf("contract fuzz: %d requests over %d operations in %.1f s, statuses %s%n", cases.size(),
                fuzzer.operationIds().size(), (System.nanoTime() - started) / 1e9, r.byStatus());
        r.otherThan400().forEach((status, what) -> System.out.printf("  %d for: %s%n", status, what));
        assertThat(r.failures()).as(r.failures().size() + " of " + cases.size() + " requests:\n"
                + String.join("\n", r.failures())).isEmpty();
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
