package jp.kikan.kokuho.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Map;
import jp.kikan.kokuho.application.JuminFeed;
import jp.kikan.kokuho.support.Api;
import jp.kikan.kokuho.support.IncomeServer;
import jp.kikan.kokuho.support.ResidentFeedServer;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import jp.kikan.platform.test.pdf.Poppler;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 特定同一世帯所属者 and 特定世帯 in the assessment of a household, from this service's records: the husband (世帯主,
 * 総所得金額等 100万) turns 75 on 2025-10-10 and joins 後期高齢者医療 (国保 lost that day), the wife stays insured alone.
 * みなみ市: 医療分 7.2% / 30,000 / 22,000, 支援金分 2.6% / 10,000 / 7,000; 5割 軽減 ≤ 43万 + 30.5万 × 2.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IncomeServer.class, scope = TestResourceScope.GLOBAL)
@Tag("fn:kokuho.hokenzei.fuka")
@Tag("fn:kokuho.hokenzei.keigen")
class TokuteiSetaiFukaTest {

    @Inject
    JuminFeed feed;

    private void publish(String a, String s, String zokugara, String birth, String jiyu, String ido) throws Exception {
        ResidentFeedServer.publish(ResidentFeedServer.jumin(Api.CITY, a, s, zokugara, "特定　世帯", "トクテイ", birth, "jumin", jiyu,
                ido, "2020-04-01"));
        feed.consumer().drain();
    }

    private static JsonPath fuka(String s, int nendo) {
        return Api.command(Api.clerk()).body(Map.of("setaibango", s, "nendo", nendo)).post("/v1/kokuho/fuka").then().statusCode(201)
                .extract().jsonPath();
    }

    private String[] household() throws Exception {
        String otto = Api.bango(21);
        String tsuma = Api.bango(21);
        String s = Api.bango(22);
        publish(otto, s, "世帯主", "1950-10-10", "国内転入", "2020-04-01");
        publish(tsuma, s, "妻", "1958-03-03", "国内転入", "2020-04-01");
        for (int nendo : new int[] {2025, 2026}) {
            IncomeServer.shotoku(otto, nendo, 1_000_000, 0);
            IncomeServer.shotoku(tsuma, nendo, 0, 0);
        }
        return new String[] {otto, tsuma, s};
    }

    @Test
    void shouldHalveTheFlatPartFromTheMonthTheHusbandMovesToKokiAndCountHimForTheReduction() throws Exception {
        String[] h = household();
        // 令和7年度: 4〜9月 2人 (5割) 82,040 / 28,320; 10〜3月 the wife alone, 特定世帯: 15,000 + 11,000 − 5,500 = 20,500 /
        // 5,000 + 3,500 − 1,750 = 6,750 → 医療分 51,200, 支援金分 17,500
        JsonPath r7 = fuka(h[2], 2025);
        assertThat(r7.getInt("kekka.keigen.wari")).isEqualTo(5);
        assertThat(r7.getList("kekka.kubun[0].kikan.tokutei_setai", String.class)).containsExactly(null, "tokutei");
        assertThat(r7.getList("kekka.kubun[0].kikan.tsuki_kara", Integer.class)).containsExactly(4, 10);
        assertThat(r7.getList("kekka.kubun.nengaku", Integer.class)).containsExactly(51_200, 17_500, 0);
        assertThat(r7.getLong("nengaku")).isEqualTo(68_700);

        // 令和8年度: he is a 特定同一世帯所属者 (P = 2, his 100万 in S: 5割) and the household a 特定世帯 all year (6 months on)
        JsonPath r8 = fuka(h[2], 2026);
        assertThat(r8.getBoolean("kekka.gisei_setainushi")).isTrue();
        assertThat(r8.getInt("kekka.keigen.taisho_ninzu")).isEqualTo(2);
        assertThat(r8.getLong("kekka.keigen.hantei_shotoku")).isEqualTo(1_000_000);
        assertThat(r8.getInt("kekka.keigen.wari")).isEqualTo(5);
        assertThat(r8.getList("kekka.kubun[0].kikan.tokutei_setai", String.class)).containsExactly("tokutei");
        assertThat(r8.getList("kekka.kubun[0].kikan.byodowari_tokutei_gengaku", Integer.class)).containsExactly(11_000);
        assertThat(r8.getLong("nengaku")).isEqualTo(20_500 + 6_700);
        assertThat(r8.getString("nozeigimusha_atenabango")).isEqualTo(h[0]);

        // the notice shows the 特定世帯 period and names him among those counted for the reduction
        if (Poppler.missingTools().isEmpty()) {
            java.nio.file.Path pdf = Poppler.write("kokuho-nozei-tsuchisho-tokutei", Api.command(Api.clerk())
                    .body(Map.of("setaibango", h[2], "nendo", 2026)).post("/v1/kokuho/tsuchisho").then().statusCode(200)
                    .extract().asByteArray());
            Poppler.png(pdf, "kokuho-nozei-tsuchisho-tokutei", 110);
            assertThat(Poppler.text(pdf).replaceAll("[\\s\u3000]+", "")).contains("特定世帯", "うち特定同一世帯所属者特定世帯",
                    "擬制世帯主", "該当する被保険者なし", "年税額（区分の合計）27,200円");
        }
    }

    @Test
    void shouldNoLongerCountHimOnceTheHeadOfHouseholdChanged() throws Exception {
        String[] h = household();
        // 世帯主変更 on 2026-02-01: the wife is the head; he is no longer a 特定同一世帯所属者 (佐倉市) — 令和8年度 P = 1,
        // S = 0: 7割, no 特定世帯: 医療分 9,000 + 6,600, 支援金分 3,000 + 2,100
        publish(h[1], h[2], "世帯主", "1958-03-03", "世帯主変更", "2026-02-01");
        publish(h[0], h[2], "夫", "1950-10-10", "世帯主変更", "2026-02-01");
        JsonPath r8 = fuka(h[2], 2026);
        assertThat(r8.getString("nozeigimusha_atenabango")).isEqualTo(h[1]);
        assertThat(r8.getInt("kekka.keigen.taisho_ninzu")).isEqualTo(1);
        assertThat(r8.getInt("kekka.keigen.wari")).isEqualTo(7);
        assertThat(r8.getList("kekka.kubun[0].kikan.tokutei_setai", String.class)).containsExactly((String) null);
        assertThat(r8.getLong("nengaku")).isEqualTo(15_600 + 5_100);
    }
}
