package jp.kikan.jumin.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import jp.kikan.platform.quarkus.contract.ContractRequest;
import jp.kikan.platform.quarkus.contract.ContractRequestCheck;
import jp.kikan.platform.test.ContractApi;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What the contract check costs per request on the 異動 hot path, which must reach 300 commands/s on two
 * cores: measured single-threaded on the real contract after warm-up, printed, and held to a bound that
 * leaves the budget (≈ 6.7 ms of CPU per command at 300/s on 2 cores) to the command itself. A benchmark
 * (tag "benchmark", run with -Pbench): the warm-up alone takes tens of seconds.
 */
@Tag("benchmark")
class ContractCheckBenchmark {

    private static final ContractRequestCheck CHECK = ContractRequestCheck.fromClasspath(ContractApi.SERVED_CONTRACT);
    private static final Map<String, List<String>> HEADERS = Map.of("Idempotency-Key", List.of("0f8e4c2a-cost-test"),
            "Content-Type", List.of("application/json"), "Accept", List.of("*/*"),
            "Authorization", List.of("Bearer " + "x".repeat(900)));
    private static final String TENKYO = "{\"setaibango\":\"1000000000019\",\"idonengappi\":\"令和6年4月1日\","
            + "\"todokedenengappi\":\"2024-04-02\",\"jusho\":{\"jusho_shikuchosonkodo\":\"999997\","
            + "\"jusho_choazakodo\":\"0001001\",\"jusho_yubinbango\":\"9990001\",\"jusho_todofuken\":\"架空県\","
            + "\"jusho_shikugunchosonmei\":\"みなみ市\",\"jusho_choaza\":\"みなみ町一丁目\",\"jusho_banchigohyoki\":\"1番地2\","
            + "\"jusho_katagaki\":\"みなみハイツ101\"}}";
    private static final String MEMBER = "{\"shimei\":\"𠮷田　一郎\",\"shimei_furigana\":\"ヨシダ　イチロウ\","
            + "\"seinengappi\":\"1980-04-01\",\"seibetsu\":\"1\",\"zokugara\":\"世帯主\",\"honseki\":\"架空県みなみ市1番地\","
            + "\"hittosha\":\"𠮷田　一郎\"}";
    private static final String TENNYU = "{\"tennyu_kubun\":\"kokunai\",\"idonengappi\":\"2024-04-01\",\"jusho\":"
            + "{\"jusho_todofuken\":\"架空県\",\"jusho_shikugunchosonmei\":\"みなみ市\"},\"members\":["
            + String.join(",", MEMBER, MEMBER.replace("世帯主", "妻"), MEMBER.replace("世帯主", "子")) + "]}";

    /**
     * Mean µs per check over {@code n} checks after {@code warmUp} unmeasured ones: the validator's code paths
     * are deep, so the JIT needs tens of thousands of requests before the figure settles (≈ 2 ms → 0.1 ms).
     */
    private static double microsPerCheck(ContractRequest r, int warmUp, int n) {
        assertThat(CHECK.check(r)).as("the sample request is valid").isNull();
        for (int i = 0; i < warmUp; i++) {
            CHECK.check(r);
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            CHECK.check(r);
        }
        return (System.nanoTime() - t0) / 1e3 / n;
    }

    private static ContractRequest post(String path, String json) {
        return new ContractRequest("POST", path, Map.of(), HEADERS, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldCheckARequestInAFractionOfAMillisecond() {
        double tenkyo = microsPerCheck(post("/v1/ido/tenkyo", TENKYO), 40_000, 10_000);
        double tennyu = microsPerCheck(post("/v1/ido/tennyu", TENNYU), 5_000, 5_000);
        double search = microsPerCheck(new ContractRequest("GET", "/v1/jumin",
                Map.of("kana", List.of("ヨシダ"), "limit", List.of("20")), HEADERS, null, null), 10_000, 10_000);
        System.out.printf("contract check cost (1 thread, after warm-up): 転居 %.0f µs, 転入 (3 members) %.0f µs,"
                + " search %.0f µs per request%n", tenkyo, tennyu, search);
        assertThat(tenkyo).as("µs per 転居 check").isLessThan(1000);
        assertThat(search).as("µs per search check").isLessThan(1000);
    }
}
