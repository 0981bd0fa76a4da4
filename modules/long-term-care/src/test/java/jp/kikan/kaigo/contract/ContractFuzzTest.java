package jp.kikan.kaigo.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kikan.kaigo.application.JuminFeed;
import jp.kikan.kaigo.support.Api;
import jp.kikan.kaigo.support.IncomeServer;
import jp.kikan.kaigo.support.ResidentFeedServer;
import jp.kikan.platform.test.ContractApi;
import jp.kikan.platform.test.DbSnapshot;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import jp.kikan.platform.test.fuzz.ContractFuzzer;
import jp.kikan.platform.test.fuzz.FuzzCase;
import jp.kikan.platform.test.fuzz.FuzzRun;
import jp.kikan.platform.test.fuzz.Samples;
import org.junit.jupiter.api.Test;

/**
 * Every operation of contracts/long-term-care/v1.yaml fed requests it forbids (fixed seed, bounded per operation),
 * with real tokens and a real insured person so that what the contract check lets through reaches the use cases:
 * each must be refused — never 2xx or 5xx — with a response the contract lists, problem+json, and no change to any
 * table.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IncomeServer.class, scope = TestResourceScope.GLOBAL)
class ContractFuzzTest {

    private static final long SEED = 20261202L;
    private static final int MAX_PER_OPERATION = Integer.getInteger("kikan.fuzz.max-per-operation", 100);
    private static final ContractApi CONTRACT = new ContractApi(ContractApi.SERVED_CONTRACT);
    private static final List<String> TABLES = List.of("jumin_kiroku", "jumin", "shikaku_rireki", "shikaku_todokede",
            "hihokensha_bango", "hihokensha_bango_saiban", "kaigo_fuka", "nintei_shinsei", "nintei_tetsuzuki",
            "kaigo_tokubetsu_choshu", "outbox_event", "kaigo_shomei_kofu", "kaigo_shomei_saiban", "platform_job",
            "platform_job_partition", "platform_job_error", "platform_parameter_han");

    @Inject
    JuminFeed feed;

    @Test
    void shouldRefuseEveryRequestTheContractForbidsWithoutChangingAnything() throws Exception {
        String a = Api.bango(9);
        String s = Api.bango(8);
        ResidentFeedServer.publish(ResidentFeedServer.jumin(Api.CITY, a, s, "世帯主", "乱打　一郎", "ランダ　イチロウ", "1955-04-01",
                "jumin", "国内転入", "2020-04-01", "2020-04-01"));
        feed.consumer().drain();
        Map<String, Object> values = new java.util.HashMap<>(Map.of("atenabango", a, "setaibango", s, "nendo", "2025",
                "Idempotency-Key", "fuzz-" + UUID.randomUUID(), "todokede_shubetsu", "tekiyo_jogai_nyusho",
                "seinengappi", "1955-04-01", "jyoritsu", "0.9", "keigen_jyoritsu", "0.285", "job_id",
                UUID.randomUUID().toString(), "hokensha_bango", "01130012"));
        values.put("shikuchosonkodo", Api.CITY);
        Samples samples = new Samples(values, name -> name.endsWith("nengappi") || name.endsWith("bi"));
        ContractFuzzer fuzzer = ContractFuzzer.of(ContractApi.SERVED_CONTRACT, samples);
        assertThat(fuzzer.operationIds()).hasSize(24);

        List<FuzzCase> cases = fuzzer.cases(SEED, MAX_PER_OPERATION);
        FuzzRun.Result r = FuzzRun.run(CONTRACT, cases, ContractFuzzTest::tokenFor, () -> DbSnapshot.of(TABLES));
        System.out.printf("contract fuzz (long-term-care): %d requests over %d operations, statuses %s%n",
                cases.size(), fuzzer.operationIds().size(), r.byStatus());
        assertThat(r.failures()).as(r.failures().size() + " of " + cases.size() + " requests:\n"
                + String.join("\n", r.failures())).isEmpty();
    }

    private static String tokenFor(String operationId) {
        return switch (operationId) {
            case "searchAccessLog", "verifyAccessLog" -> Api.auditor();
            case "loadKaigoHokenshaParameter", "getKaigoHokenshaParameter" -> jp.kikan.platform.test.TestTokens.staff("kaigo-admin1",
                    Api.CITY, "kaigo-admin");
            case "getKaigoHokenryoRenkei" -> jp.kikan.platform.test.TestTokens.serviceClient("kikan-shuno", Api.CITY,
                    "023:kaigo-hokenryo-renkei:Read");
            default -> Api.clerk();
        };
    }
}
