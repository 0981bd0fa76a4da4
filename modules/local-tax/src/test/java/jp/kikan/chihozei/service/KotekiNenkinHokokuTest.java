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
import jp.kikan.chihozei.application.JuminFeed;
import jp.kikan.chihozei.support.Api;
import jp.kikan.chihozei.support.ResidentFeedServer;
import jp.kikan.platform.checkdigit.Modulus11;
import jp.kikan.platform.test.DbSnapshot;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 公的年金等支払報告書 imported in bulk (地方税法第317条の6第4項): line errors, matching, the unmatched list, re-import; a
 * pensioner with no 申告 assessed from the reports alone, salaries and pensions added up, as the engine computes the
 * same incomes in a 試算.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@Tag("fn:kojin-juminzei.koteki-nenkin-hokoku")
class KotekiNenkinHokokuTest {

    private static final String HEADER = "nendo,shiharaisha_meisho,kojinbango,shimei,shimei_furigana,seinengappi,jusho,"
            + "koteki_nenkin_shunyu,shakai_hokenryo\n";
    private static final String JUSHO = "架空県みなみ市中央一丁目1番地";

    @Inject
    JuminFeed feed;

    private String resident(int serial, String shimei, String birth) throws Exception {
        String a = Modulus11.withCheckDigit(String.format("%09d", serial));
        ObjectNode item = ResidentFeedServer.jumin(Api.CITY, a, shimei, "ネンキン", birth, "jumin", "tennyu", "2010-04-01",
                "2010-04-01");
        ResidentFeedServer.publish(item);
        feed.consumer().drain();
        return a;
    }

    private static JsonPath importNenkin(String name, String csv) {
        return Api.command(Api.clerk()).body(Map.of("file_name", name, "csv", csv))
                .post("/v1/kojin-juminzei/koteki-nenkin-shiharai-hokokusho").then().statusCode(201).extract().jsonPath();
    }

    private static long shisanNenzeigaku(String seinengappi, Map<String, Object> shunyu, long shakai) {
        return Api.as(Api.clerk()).body(Map.of("nendo", 2025, "shikuchosonkodo", Api.CITY, "honnin",
                Map.of("seinengappi", seinengappi), "shunyu", shunyu, "shiharai", Map.of("shakai_hokenryo", shakai)))
                .post("/v1/kojin-juminzei/shisan").then().statusCode(200).extract().jsonPath().getLong("fuka.nenzeigaku");
    }

    @Test
    void shouldLoadTheGoodLinesListTheUnmatchedAndChangeNothingOnReimport() throws Exception {
        String a = resident(4_101, "年金　一夫", "1952-02-02");
        String csv = HEADER
                + "2025,日本年金機構,,年金　一夫,,1952-02-02," + JUSHO + ",2000000,100000\n"
                + "2025,日本年金機構,,見知らぬ　人,,1950-05-05," + JUSHO + ",1500000,80000\n"
                + "2025,日本年金機構,,年金　二夫,,1952-02-30," + JUSHO + ",1000000,0\n";
        JsonPath r = importNenkin("nenkin-2025.csv", csv);
        assertThat(r.getInt("gyosu")).isEqualTo(3);
        assertThat(r.getInt("torikomi")).isEqualTo(2);
        assertThat(r.getInt("totsugo")).isEqualTo(1);
        assertThat(r.getList("errors.field", String.class)).containsExactly("seinengappi");

        String rows = "select (select count(*) from koteki_nenkin_hokoku) * 1000 + (select count(*) from kyuyo_hokoku_file)";
        long before = DbSnapshot.count(rows);
        assertThat(importNenkin("nenkin-2025 (2).csv", csv).getBoolean("saisoshin")).isTrue();
        // the same content sent as salary reports is refused, not read as another kind
        Api.command(Api.clerk()).body(Map.of("file_name", "wrong.csv", "csv", csv))
                .post("/v1/kojin-juminzei/kyuyo-shiharai-hokokusho").then().statusCode(409).body("code", equalTo("hokoku-shurui"));
        assertThat(DbSnapshot.count(rows)).isEqualTo(before);

        JsonPath list = Api.as(Api.clerk()).queryParam("nendo", 2025)
                .get("/v1/kojin-juminzei/koteki-nenkin-shiharai-hokokusho/mitotsugo").then().statusCode(200).extract().jsonPath();
        assertThat(list.getList("items.shimei", String.class)).contains("見知らぬ　人");
        assertThat(list.getList("items.shimei", String.class)).doesNotContain("年金　一夫");

        // a pensioner with no 申告 is assessed from the report: 公的年金等控除 by age, the withheld premiums deducted
        JsonPath fuka = Api.command(Api.clerk()).body(Map.of("atenabango", a, "nendo", 2025)).post("/v1/kojin-juminzei/fuka")
                .then().statusCode(201).extract().jsonPath();
        assertThat(fuka.getInt("shinkoku_version")).isZero();
        assertThat(fuka.getLong("fuka.shotoku.koteki_nenkin_shunyu")).isEqualTo(2_000_000);
        assertThat(fuka.getLong("nenzeigaku"))
                .isEqualTo(shisanNenzeigaku("1952-02-02", Map.of("koteki_nenkin_shunyu", 2_000_000), 100_000));
        assertThat(fuka.getString("choshu.hoho")).isEqualTo("futsu_choshu");
    }

    @Test
    void shouldAddTheSalaryAndThePensionReportsOfOnePerson() throws Exception {
        String a = resident(4_111, "両方　貰子", "1958-08-08");
        importNenkin("nenkin-ryoho.csv", HEADER + "2025,企業年金連合会,,両方　貰子,,1958-08-08," + JUSHO + ",1200000,0\n");
        Api.command(Api.clerk()).body(Map.of("file_name", "kyuyo-ryoho.csv", "csv",
                "nendo,shiharaisha_meisho,shimei,seinengappi,jusho,kyuyo_shunyu,shakai_hokenryo\n"
                        + "2025,みなみ市役所,両方　貰子,1958-08-08," + JUSHO + ",1800000,250000\n"))
                .post("/v1/kojin-juminzei/kyuyo-shiharai-hokokusho").then().statusCode(201);
        JsonPath fuka = Api.command(Api.clerk()).body(Map.of("atenabango", a, "nendo", 2025)).post("/v1/kojin-juminzei/fuka")
                .then().statusCode(201).extract().jsonPath();
        assertThat(fuka.getLong("nenzeigaku")).isEqualTo(shisanNenzeigaku("1958-08-08",
                Map.of("kyuyo_shunyu", 1_800_000, "koteki_nenkin_shunyu", 1_200_000), 250_000));
        Api.as(Api.kokuhoClient(Api.CITY)).queryParam("nendo", 2025).get("/v1/shotoku-joho/" + a).then().statusCode(200)
                .body("koteki_nenkin_shunyu", equalTo(1_200_000)).body("kyuyo_shunyu", equalTo(1_800_000))
                .body("mishinkoku", equalTo(false));
    }
}
