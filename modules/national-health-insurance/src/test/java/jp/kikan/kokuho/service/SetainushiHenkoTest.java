package jp.kikan.kokuho.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jp.kikan.kokuho.application.JuminFeed;
import jp.kikan.kokuho.support.Api;
import jp.kikan.kokuho.support.IncomeServer;
import jp.kikan.kokuho.support.ResidentFeedServer;
import jp.kikan.platform.test.DbSnapshot;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import jp.kikan.platform.test.pdf.Poppler;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 世帯主の変更 during the 年度 (business date 2026-12-01, 令和8年度 みなみ市): the father (総所得金額等 200万) hands the
 * household to his son (300万, aged 41: 介護分) on 2026-10-05 — 世帯主変更 in resident records. A year: 医療分 380,080,
 * 支援金分 134,640, 介護分 68,540. The 更正 charges the father April〜September and the son October〜March (the 世帯主 at
 * each month's end), each with his own instalments; a notice for each.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IncomeServer.class, scope = TestResourceScope.GLOBAL)
@Tag("fn:kokuho.hokenzei.fuka")
@Tag("fn:kokuho.hokenzei.tsukiwari")
@Tag("fn:kokuho.hokenzei.tsuchisho")
class SetainushiHenkoTest {

    @Inject
    JuminFeed feed;

    private void publish(String a, String s, String zokugara, String shimei, String birth, String jiyu, String ido) throws Exception {
        ResidentFeedServer.publish(ResidentFeedServer.jumin(Api.CITY, a, s, zokugara, shimei, "ヘンコウ", birth, "jumin", jiyu, ido,
                "2020-04-01"));
        feed.consumer().drain();
    }

    private static JsonPath fuka(String s) {
        return Api.command(Api.clerk()).body(Map.of("setaibango", s, "nendo", 2026)).post("/v1/kokuho/fuka").then().statusCode(201)
                .extract().jsonPath();
    }

    private static Response notice(Map<String, Object> body) {
        return Api.command(Api.clerk()).body(body).post("/v1/kokuho/tsuchisho");
    }

    private static String text(String name, Response r) throws Exception {
        Path pdf = Poppler.write(name, r.asByteArray());
        Poppler.png(pdf, name, 110);
        return Poppler.text(pdf).replaceAll("[\\s\u3000]+", "");
    }

    @Test
    void shouldChargeEachHeadForHisMonthsAsANewVersionWithHisOwnInstalments() throws Exception {
        String chichi = Api.bango(31);
        String ko = Api.bango(31);
        String s = Api.bango(32);
        publish(chichi, s, "世帯主", "変更　父", "1960-01-15", "国内転入", "2020-04-01");
        publish(ko, s, "子", "変更　子", "1985-07-07", "国内転入", "2020-04-01");
        IncomeServer.shotoku(chichi, 2026, 2_000_000, 0);
        IncomeServer.shotoku(ko, 2026, 3_000_000, 4_000_000);
        JsonPath v1 = fuka(s);
        assertThat(v1.getLong("nengaku")).isEqualTo(583_100);
        assertThat(v1.getString("nozeigimusha_atenabango")).isEqualTo(chichi);
        assertThat(v1.getList("kibetsu.zeigaku", Integer.class)).containsExactly(73_500, 72_800, 72_800, 72_800, 72_800, 72_800,
                72_800, 72_800);
        assertThat(v1.get("nozeigimusha_choshu") == null).isTrue();

        publish(ko, s, "世帯主", "変更　子", "1985-07-07", "世帯主変更", "2026-10-05");
        publish(chichi, s, "父", "変更　父", "1960-01-15", "世帯主変更", "2026-10-05");
        // each 6 months: 医療分 190,040 → 190,000, 支援金分 67,320 → 67,300, 介護分 34,270 → 34,200 = 291,500
        JsonPath v2 = fuka(s);
        assertThat(v2.getInt("version")).isEqualTo(2);
        assertThat(v2.getString("nozeigimusha_atenabango")).isEqualTo(ko);
        assertThat(v2.getLong("nengaku")).isEqualTo(583_000);
        assertThat(v2.getLong("sagaku")).isEqualTo(-100);
        assertThat(v2.getList("kekka.nozeigimusha_betsu.nozeigimusha_atenabango", String.class)).containsExactly(chichi, ko);
        assertThat(v2.getList("kekka.nozeigimusha_betsu[0].tsuki", Integer.class)).containsExactly(4, 5, 6, 7, 8, 9);
        assertThat(v2.getList("kekka.nozeigimusha_betsu[1].tsuki", Integer.class)).containsExactly(10, 11, 12, 1, 2, 3);
        assertThat(v2.getList("kekka.nozeigimusha_betsu.nengaku", Integer.class)).containsExactly(291_500, 291_500);
        // the father keeps the 期 due by December (437,500): 146,000 paid too much, January and February 0;
        // the son's 291,500 over January and February
        JsonPath father = new JsonPath(v2.prettify()).setRootPath("nozeigimusha_choshu.find { it.nozeigimusha_atenabango == '"
                + chichi + "' }");
        assertThat(father.getLong("sagaku")).isEqualTo(291_500 - 583_100);
        assertThat(father.getLong("kanpu")).isEqualTo(146_000);
        assertThat(father.getList("kibetsu.zeigaku", Integer.class)).containsExactly(73_500, 72_800, 72_800, 72_800, 72_800, 72_800,
                0, 0);
        JsonPath son = new JsonPath(v2.prettify()).setRootPath("nozeigimusha_choshu.find { it.nozeigimusha_atenabango == '" + ko
                + "' }");
        assertThat(son.getList("kibetsu.zeigaku", Integer.class)).containsExactly(0, 0, 0, 0, 0, 0, 145_800, 145_700);
        assertThat(v2.getList("kibetsu.zeigaku", Integer.class)).containsExactly(73_500, 72_800, 72_800, 72_800, 72_800, 72_800,
                145_800, 145_700);
        assertThat(v2.getLong("kanpu")).isEqualTo(146_000);
        // assessed again with nothing changed: no new version
        assertThat(fuka(s).getInt("version")).isEqualTo(2);

        if (Poppler.missingTools().isEmpty()) {
            String kotext = text("kokuho-nozei-tsuchisho-setainushi-ko", notice(Map.of("setaibango", s, "nendo", 2026)).then()
                    .statusCode(200).extract().response());
            assertThat(kotext).contains("変更子様", "納税義務者である月10月〜3月（6か月）", "年度の途中で世帯主が変わった", "291,500円",
                    "145,800円", "145,700円").doesNotContain("税額変更");
            String chichiText = text("kokuho-nozei-tsuchisho-setainushi-chichi", notice(Map.of("setaibango", s, "nendo", 2026,
                    "nozeigimusha_atenabango", chichi)).then().statusCode(200).extract().response());
            assertThat(chichiText).contains("変更父様", "4月〜9月（6か月）", "（税額変更）", "世帯主（納税義務者）の変更", "583,100円",
                    "291,500円", "−291,600円", "146,000円は納め過ぎ");
        }
        var before = DbSnapshot.of(List.of("kokuho_tsuchisho_kofu"));
        notice(Map.of("setaibango", s, "nendo", 2026, "nozeigimusha_atenabango", Api.bango(31))).then().statusCode(422)
                .body("code", equalTo("nozeigimusha-denai"));
        notice(Map.of("setaibango", s, "nendo", 2026, "version", 1, "nozeigimusha_atenabango", ko)).then().statusCode(422)
                .body("errors[0].field", equalTo("nozeigimusha_atenabango"));
        assertThat(DbSnapshot.of(List.of("kokuho_tsuchisho_kofu"))).isEqualTo(before);
    }
}
