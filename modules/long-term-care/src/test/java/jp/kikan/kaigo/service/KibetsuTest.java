package jp.kikan.kaigo.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import jp.kikan.kaigo.application.JuminFeed;
import jp.kikan.kaigo.support.Api;
import jp.kikan.kaigo.support.IncomeServer;
import jp.kikan.kaigo.support.ResidentFeedServer;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 期別 of each 賦課 version over HTTP, contract-validated (business date 2026-12-01, みなみ市's 10 納期 6月〜翌3月): the 当初
 * over the 期 from December on, a 更正 keeping December's 期 and splitting the rest; a past 年度 on one 随時 期.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IncomeServer.class, scope = TestResourceScope.GLOBAL)
@Tag("fn:kaigo.hokenryo.kibetsu")
class KibetsuTest {

    @Inject
    JuminFeed feed;

    private String insured(String shimei) throws Exception {
        String a = Api.bango(6);
        ResidentFeedServer.publish(ResidentFeedServer.jumin(Api.CITY, a, Api.bango(6), "世帯主", shimei, "キベツ　タロウ", "1950-05-05",
                "jumin", "転居", "2010-05-01", "2000-04-01"));
        feed.consumer().drain();
        return a;
    }

    private static JsonPath fuka(String a, int nendo) {
        return Api.command(Api.clerk()).body(Map.of("atenabango", a, "nendo", nendo)).post("/v1/kaigo/fuka").then().statusCode(201)
                .extract().jsonPath();
    }

    @Test
    void shouldSplitTheAssessmentOverTheNokigenLeftAndSpreadACorrectionOverWhatIsNotYetDue() throws Exception {
        String a = insured("期別　太郎");
        IncomeServer.shotoku(a, 2026, 0, 700_000, 0, false);
        JsonPath tosho = fuka(a, 2026);
        assertThat(tosho.getLong("nengaku")).isEqualTo(22_900);
        assertThat(tosho.getString("choshu_hoho")).isEqualTo("futsu_choshu");
        assertThat(tosho.getList("kibetsu.kibetsu", String.class)).containsExactly("第7期", "第8期", "第9期", "第10期");
        assertThat(tosho.getList("kibetsu.nokigen", String.class)).containsExactly("2026-12-25", "2027-01-31", "2027-02-28",
                "2027-03-31");
        // 22,900 ÷ 4 = 5,725 → 5,700, the rest on 第7期
        assertThat(tosho.getList("kibetsu.hokenryogaku", Integer.class)).containsExactly(5_800, 5_700, 5_700, 5_700);
        assertThat(tosho.getList("choshu_konkyo.rule_id", String.class)).contains("futsu-choshu");
        assertThat(tosho.getList("choshu_riyu", String.class)).anyMatch(r -> r.contains("第7期〜第10期"));

        // local tax's 更正: taxed with 150万円 → 第7段階 104,500; 12月 (due) stays, 98,700 over 1月〜3月
        IncomeServer.shotoku(a, 2026, 1_500_000, 0, 0, true);
        JsonPath kosei = fuka(a, 2026);
        assertThat(kosei.getInt("version")).isEqualTo(2);
        assertThat(kosei.getLong("nengaku")).isEqualTo(104_500);
        assertThat(kosei.getList("kosei_sagaku.torai", Boolean.class)).containsExactly(true, false, false, false);
        assertThat(kosei.getList("kosei_sagaku.sagaku", Integer.class)).containsExactly(0, 27_200, 27_200, 27_200);
        assertThat(kosei.getList("kibetsu.hokenryogaku", Integer.class)).containsExactly(5_800, 32_900, 32_900, 32_900);
        assertThat(kosei.getLong("zuiji")).isZero();
        assertThat(kosei.getLong("kanpu")).isZero();
        // both versions in the history, each with its own 期別
        JsonPath h = Api.as(Api.clerk()).queryParam("nendo", 2026).get("/v1/kaigo/fuka/" + a).then().statusCode(200).extract()
                .jsonPath();
        assertThat(h.getList("items.version", Integer.class)).containsExactly(1, 2);
        assertThat(h.getList("items[0].kibetsu.hokenryogaku", Integer.class)).containsExactly(5_800, 5_700, 5_700, 5_700);
        assertThat(h.getList("items[1].kibetsu.hokenryogaku", Integer.class)).containsExactly(5_800, 32_900, 32_900, 32_900);
    }

    @Test
    void shouldPutAPastYearsAssessmentOnOneZuijiInstalment() throws Exception {
        String a = insured("随時　花子");
        IncomeServer.shotoku(a, 2025, 0, 700_000, 0, false);
        JsonPath j = fuka(a, 2025);
        List<Map<String, Object>> ki = j.getList("kibetsu");
        assertThat(ki).hasSize(1);
        assertThat(ki.get(0)).containsEntry("kibetsu", "随時").containsEntry("choshu_kubun", "zuiji")
                .containsEntry("nengetsu", "2027-01").containsEntry("nokigen", "2027-01-31").containsEntry("hokenryogaku", 22_900);
    }
}
