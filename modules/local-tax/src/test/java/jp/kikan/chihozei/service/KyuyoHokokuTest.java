package jp.kikan.chihozei.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import jp.kikan.chihozei.application.JuminFeed;
import jp.kikan.chihozei.support.Api;
import jp.kikan.chihozei.support.ResidentFeedServer;
import jp.kikan.platform.checkdigit.Modulus11;
import jp.kikan.platform.test.DbSnapshot;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** 給与支払報告書 imported in bulk: line errors, matching, the unmatched list, re-import, assessment from the reports. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@Tag("fn:kojin-juminzei.kyuyo-hokoku")
class KyuyoHokokuTest {

    private static final String HEADER = "nendo,shiharaisha_meisho,kojinbango,shimei,shimei_furigana,seinengappi,jusho,"
            + "kyuyo_shunyu,shakai_hokenryo,shokibo_kigyo_kyosai_kakekin\n";

    @Inject
    JuminFeed feed;

    private String resident(int serial, String shimei, String birth) throws Exception {
        String a = Modulus11.withCheckDigit(String.format("%09d", serial));
        ObjectNode item = ResidentFeedServer.jumin(Api.CITY, a, shimei, "テスト", birth, "jumin", "tennyu", "2020-04-01",
                "2020-04-01");
        ResidentFeedServer.publish(item);
        feed.consumer().drain();
        return a;
    }

    private static JsonPath importFile(String name, String csv) {
        return Api.command(Api.clerk()).body(Map.of("file_name", name, "csv", csv))
                .post("/v1/kojin-juminzei/kyuyo-shiharai-hokokusho").then().statusCode(201).extract().jsonPath();
    }

    @Test
    void shouldLoadTheGoodLinesReportTheBadOnesAndChangeNothingOnReimport() throws Exception {
        String a = resident(801, "鈴木　一郎", "1975-07-07");
        String csv = HEADER
                + "2025,株式会社みなみ商事,,鈴木　一郎,スズキ　イチロウ,1975-07-07,架空県みなみ市 中央一丁目1番地,2000000,300000,0\n"
                + "2025,\"有限会社 北, 支店\",,鈴木 一郎,,1975-07-07,架空県みなみ市中央一丁目1番地,1000000,120000,20000\n"
                + "2025,株式会社みなみ商事,,存在　しない,,1990-01-01,架空県みなみ市中央二丁目2番地,3000000,400000,0\n"
                + "2025,株式会社みなみ商事,,鈴木　二郎,,1980-01-01,架空県みなみ市中央一丁目1番地,-5,0,0\n"
                + "2025,株式会社みなみ商事,,鈴木　三郎,,2025-02-30,架空県みなみ市中央一丁目1番地,100,0,0\n";
        JsonPath r = importFile("kyuyo-2025-a.csv", csv);
        assertThat(r.getInt("gyosu")).isEqualTo(5);
        assertThat(r.getInt("torikomi")).isEqualTo(3);
        assertThat(r.getInt("totsugo")).isEqualTo(2);
        assertThat(r.getInt("mitotsugo")).isEqualTo(1);
        assertThat(r.getList("errors.line", Integer.class)).containsExactly(5, 6);
        assertThat(r.getList("errors.field", String.class)).containsExactly("kyuyo_shunyu", "seinengappi");
        assertThat(r.getBoolean("saisoshin")).isFalse();

        String rows = "select (select count(*) from kyuyo_hokoku) * 1000 + (select count(*) from kyuyo_hokoku_file)";
        long before = DbSnapshot.count(rows);
        JsonPath again = importFile("kyuyo-2025-a (copy).csv", csv);
        assertThat(again.getBoolean("saisoshin")).isTrue();
        assertThat(again.getString("file_id")).isEqualTo(r.getString("file_id"));
        assertThat(DbSnapshot.count(rows)).isEqualTo(before);

        JsonPath list = Api.as(Api.clerk()).queryParam("nendo", 2025).get("/v1/kojin-juminzei/kyuyo-shiharai-hokokusho/mitotsugo")
                .then().statusCode(200).extract().jsonPath();
        assertThat(list.getList("items.shimei", String.class)).contains("存在　しない");

        // no 申告: the assessment takes both employers' reports together (300万, 社会保険料 42万 of which 小規模 2万)
        JsonPath fuka = Api.command(Api.clerk()).body(Map.of("atenabango", a, "nendo", 2025)).post("/v1/kojin-juminzei/fuka")
                .then().statusCode(201).extract().jsonPath();
        assertThat(fuka.getInt("shinkoku_version")).isZero();
        long shisan = Api.as(Api.clerk()).body(Map.of("nendo", 2025, "shikuchosonkodo", Api.CITY,
                        "honnin", Map.of("seinengappi", "1975-07-07"), "shunyu", Map.of("kyuyo_shunyu", 3_000_000),
                        "shiharai", Map.of("shakai_hokenryo", 400_000, "shokibo_kigyo_kyosai_kakekin", 20_000)))
                .post("/v1/kojin-juminzei/shisan").then().statusCode(200).extract().jsonPath().getLong("fuka.nenzeigaku");
        assertThat(fuka.getLong("nenzeigaku")).isEqualTo(shisan);
        assertThat(fuka.getLong("fuka.kojo.shokibo_kigyo_kyosai_kakekin")).isEqualTo(20_000);
    }

    @Test
    void shouldRefuseAFileWithoutTheRequiredColumnsAndKeepNothing() {
        JsonPath r = importFile("broken-" + UUID.randomUUID() + ".csv", "nendo,shimei,bango\n2025,山田　花子,1\n");
        assertThat(r.getInt("torikomi")).isZero();
        assertThat(r.getList("errors.field", String.class)).contains("bango", "shiharaisha_meisho", "seinengappi");
    }

    @Test
    void shouldNotMatchAVariantCharacterToItsCommonForm() throws Exception {
        resident(802, "髙橋　花子", "1985-03-03");
        JsonPath r = importFile("kyuyo-2025-b.csv", HEADER
                + "2025,株式会社みなみ商事,,高橋　花子,,1985-03-03,架空県みなみ市中央一丁目1番地,2500000,0,0\n");
        assertThat(r.getInt("mitotsugo")).isEqualTo(1);
    }

    @Test
    void shouldRefuseTheUnmatchedListToAnotherDepartment() {
        Api.badInputAs(jp.kikan.platform.test.TestTokens.staff("jumin", Api.CITY, "jumin-clerk")).queryParam("nendo", 2025)
                .get("/v1/kojin-juminzei/kyuyo-shiharai-hokokusho/mitotsugo").then().statusCode(403)
                .body("status", equalTo(403));
    }
}
