package jp.kikan.kokuho.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kikan.kokuho.application.JuminFeed;
import jp.kikan.kokuho.support.Api;
import jp.kikan.kokuho.support.IncomeServer;
import jp.kikan.kokuho.support.ResidentFeedServer;
import jp.kikan.platform.test.ContractApi;
import jp.kikan.platform.test.DbSnapshot;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import jp.kikan.platform.test.fuzz.ContractFuzzer;
import jp.kikan.platform.test.fuzz.FuzzCase;
import jp.kikan.platform.test.fuzz.FuzzRun;
import jp.kikan.platform.test.fuzz.Samples;
import org.junit.jupiter.api.Test;

/**
 * Every operation of contracts/national-health-insurance/v1.yaml fed requests it forbids (fixed seed, bounded per
 * operation), with real tokens and a real insured person so that what the contract check lets through reaches the
 * use cases: each must be refused — never 2xx or 5xx — with a response the contract lists, problem+json, and no
 * change to any table.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IncomeServer.class, scope = TestResourceScope.GLOBAL)
class ContractFuzzTest {

    private static final long SEED = 20261201L;
    private static final int MAX_PER_OPERATION = Integer.getInteger("kikan.fuzz.max-per-operation", 100);
    private static final ContractApi CONTRACT = new ContractApi(ContractApi.SERVED_CONTRACT);
    private static final List<String> TABLES = List.of("jumin_kiroku", "jumin", "shikaku_rireki", "shikaku_todokede", "kokuho_fuka", "shotoku_fumei",
            "kokuho_setai_bango", "kokuho_hihokensha_bango", "kokuho_shomei_kofu", "kokuho_tsuchisho_kofu", "shikaku_kennai_ido", "outbox_event",
            "platform_job", "platform_job_partition", "platform_job_error", "platform_parameter_han");

    @Inject
    JuminFeed feed;

    @Test
    void shouldRefuseEveryRequestTheContractForbidsWithoutChangingAnything() throws Exception {
        String a = Api.bango(9);
        String s = Api.bango(8);
        ResidentFeedServer.publish(ResidentFeedServer.jumin(Api.CITY, a, s, "世帯主", "乱打　一郎", "ランダ　イチロウ", "1980-04-01",
                "jumin", "国内転入", "2020-04-01", "2020-04-01"));
        feed.consumer().drain();
        Map<String, Object> values = new java.util.HashMap<>(Map.of("atenabango", a, "setaibango", s, "nendo", "2025",
                "Idempotency-Key", "fuzz-" + UUID.randomUUID(), "todokede_shubetsu", "shaho_kanyu", "seinengappi", "1980-04-01",
                "tenshutsusaki_shikuchosonkodo", "999989", "nozeigimusha_atenabango", a, "job_id", UUID.randomUUID().toString(), "shikuchosonkodo", Api.CITY));
        values.put("shotokuwari", "7.20");
        Samples samples = new Samples(values, name -> name.endsWith("nengappi") || name.endsWith("bi"));
        ContractFuzzer fuzzer = ContractFuzzer.of(ContractApi.SERVED_CONTRACT, samples);
        assertThat(fuzzer.operationIds()).hasSize(19);

        List<FuzzCase> cases = fuzzer.cases(SEED, MAX_PER_OPERATION);
        FuzzRun.Result r = FuzzRun.run(CONTRACT, cases, ContractFuzzTest::tokenFor, () -> DbSnapshot.of(TABLES));
        System.out.printf("contract fuzz (national-health-insurance): %d requests over %d operations, statuses %s%n",
                cases.size(), fuzzer.operationIds().size(), r.byStatus());
        assertThat(r.failures()).as(r.failures().size() + " of " + cases.size() + " requests:\n"
                + String.join("\n", r.failures())).isEmpty();
    }

    private static String tokenFor(String operationId) {
        return switch (operationId) {
            case "searchAccessLog", "verifyAccessLog" -> Api.auditor();
            case "loadKokuhoHokenshaParameter", "getKokuhoHokenshaParameter" -> jp.kikan.platform.test.TestTokens.staff("hoken-admin1",
                    Api.CITY, "hoken-admin");
            case "getKokuhoHokenzeiRenkei" -> jp.kikan.platform.test.TestTokens.serviceClient("kikan-shuno", Api.CITY,
                    "024:kokuho-hokenzei-renkei:Read");
            default -> Api.clerk();
        };
    }
}
