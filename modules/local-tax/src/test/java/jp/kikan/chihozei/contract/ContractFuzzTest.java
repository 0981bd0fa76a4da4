package jp.kikan.chihozei.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kikan.chihozei.application.JuminFeed;
import jp.kikan.chihozei.support.Api;
import jp.kikan.chihozei.support.ResidentFeedServer;
import jp.kikan.platform.checkdigit.Modulus11;
import jp.kikan.platform.test.ContractApi;
import jp.kikan.platform.test.DbSnapshot;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import jp.kikan.platform.test.fuzz.ContractFuzzer;
import jp.kikan.platform.test.fuzz.FuzzCase;
import jp.kikan.platform.test.fuzz.FuzzRun;
import jp.kikan.platform.test.fuzz.Samples;
import org.junit.jupiter.api.Test;

/**
 * Every operation of contracts/local-tax/v1.yaml fed requests it forbids (fixed seed, bounded per operation), with
 * real tokens and a real taxpayer so that what the contract check lets through reaches the use cases: each must be
 * refused — never 2xx or 5xx — with a response the contract lists, problem+json, and no change to any table.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
class ContractFuzzTest {

    private static final long SEED = 20261201L;
    private static final int MAX_PER_OPERATION = Integer.getInteger("kikan.fuzz.max-per-operation", 100);
    private static final ContractApi CONTRACT = new ContractApi(ContractApi.SERVED_CONTRACT);
    private static final List<String> TABLES = List.of("jumin_kiroku", "nozeigimusha", "jutogai_rireki", "shinkoku", "fuka",
            "kyuyo_hokoku", "koteki_nenkin_hokoku", "kyuyo_hokoku_file", "tosho_fuka_job", "tosho_fuka_partition", "shomei_saiban",
            "shomei_kofu", "parameter_overlay", "hokoku_totsugo", "tochi_rireki", "kaoku_rireki", "koteishisan_fuka",
            "koteishisan_saiban", "koteishisan_shomei_kofu", "koteishisan_tosho_job", "koteishisan_tosho_error", "sharyo",
            "sharyo_rireki", "keijidosha_fuka", "keijidosha_genmen", "sharyo_file", "platform_job", "platform_job_partition",
            "platform_job_error", "kaokushiki", "sozokunin_daihyosha", "shokyaku_shinkoku",
            "tokubetsu_choshu_tsuchisho_kofu");

    @Inject
    JuminFeed feed;

    @Test
    void shouldRefuseEveryRequestTheContractForbidsWithoutChangingAnything() throws Exception {
        String a = Modulus11.withCheckDigit(String.format("%09d", 901));
        ResidentFeedServer.publish(ResidentFeedServer.jumin(Api.CITY, a, "乱打　一郎", "ランダ　イチロウ", "1980-04-01", "jumin",
                "tennyu", "2020-04-01", "2020-04-01"));
        feed.consumer().drain();
        Map<String, Object> names = new java.util.HashMap<>(Map.of("atenabango", a, "nendo", "2025", "shikuchosonkodo", Api.CITY,
                "Idempotency-Key", "fuzz-" + UUID.randomUUID(), "shimei", "試験　花子", "shimei_furigana", "シケン　ハナコ",
                "job_id", UUID.randomUUID().toString(), "file_id", UUID.randomUUID().toString()));
        // 固定資産税: the parcel and house ids; 軽自動車税: the vehicle and 減免 ids, and 初度検査年月 (YYYY-MM or YYYY)
        names.putAll(Map.of("tochi_id", "T000000001", "kaoku_id", "K000000001", "sharyo_id", UUID.randomUUID().toString(),
                "genmen_id", UUID.randomUUID().toString(), "shodo_kensa_nengetsu", "2015-04", "kaokushiki_bango", "1"));
        // 償却資産: a 法人番号 (check digit first) and a 取得年月
        names.put("hojin_bango", "7000012050002");
        names.put("shutoku_nengetsu", "2020-06");
        Samples samples = new Samples(names, name -> name.endsWith("nengappi") || name.endsWith("bi"));
        ContractFuzzer fuzzer = ContractFuzzer.of(ContractApi.SERVED_CONTRACT, samples);
        assertThat(fuzzer.operationIds()).hasSize(66);

        List<FuzzCase> cases = fuzzer.cases(SEED, MAX_PER_OPERATION);
        FuzzRun.Result r = FuzzRun.run(CONTRACT, cases, ContractFuzzTest::tokenFor, () -> DbSnapshot.of(TABLES));
        System.out.printf("contract fuzz (local-tax): %d requests over %d operations, statuses %s%n", cases.size(),
                fuzzer.operationIds().size(), r.byStatus());
        assertThat(r.failures()).as(r.failures().size() + " of " + cases.size() + " requests:\n"
                + String.join("\n", r.failures())).isEmpty();
    }

    private static String tokenFor(String operationId) {
        return switch (operationId) {
            case "searchAccessLog", "verifyAccessLog" -> Api.auditor();
            case "getShotokuJoho" -> Api.kokuhoClient(Api.CITY);
            case "getKojinJuminzeiRenkei" -> jp.kikan.platform.test.TestTokens.serviceClient("kikan-kokuho", Api.CITY,
                    "010:kojin-juminzei-renkei:Read");
            case "loadShikuchosonParameter", "getShikuchosonParameter" -> Api.admin();
            default -> Api.clerk();
        };
    }
}
