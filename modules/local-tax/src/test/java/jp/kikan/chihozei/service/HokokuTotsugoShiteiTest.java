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
import java.util.List;
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

/**
 * The clerk assigns an unmatched report row to its taxpayer: the row then counts in that person's 課税資料, leaves the
 * unmatched list, and a wrong assignment is corrected by a newer version; what cannot be assigned is refused and
 * nothing is stored.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@Tag("fn:kojin-juminzei.mitotsugo-shitei")
class HokokuTotsugoShiteiTest {

    private static final String JUSHO = "架空県みなみ市中央一丁目1番地";

    @Inject
    JuminFeed feed;

    private String resident(int serial, String shimei, String birth, String lgCode) throws Exception {
        String a = Modulus11.withCheckDigit(String.format("%09d", serial));
        ObjectNode item = ResidentFeedServer.jumin(lgCode, a, shimei, "トツゴウ", birth, "jumin", "tennyu", "2015-04-01",
                "2015-04-01");
        ResidentFeedServer.publish(item);
        feed.consumer().drain();
        return a;
    }

    private static JsonPath importCsv(String path, String name, String csv) {
        return Api.command(Api.clerk()).body(Map.of("file_name", name, "csv", csv)).post("/v1/kojin-juminzei/" + path)
                .then().statusCode(201).extract().jsonPath();
    }

    private static JsonPath shitei(String path, String fileId, int line, String atenabango, int status) {
        return Api.command(Api.clerk()).body(Map.of("atenabango", atenabango, "riyu", "勤務先に確認"))
                .post("/v1/kojin-juminzei/" + path + "/" + fileId + "/gyo/" + line + "/totsugo").then().statusCode(status)
                .extract().jsonPath();
    }

    private static boolean mishinkoku(String a) {
        return Api.as(Api.kokuhoClient(Api.CITY)).queryParam("nendo", 2025).get("/v1/shotoku-joho/" + a).then()
                .statusCode(200).extract().jsonPath().getBoolean("mishinkoku");
    }

    private static List<String> mitotsugoFiles(String path) {
        return Api.as(Api.clerk()).queryParam("nendo", 2025).queryParam("limit", 1000)
                .get("/v1/kojin-juminzei/" + path + "/mitotsugo").then().statusCode(200).extract().jsonPath()
                .getList("items.file_id", String.class);
    }

    @Test
    void shouldCountAnAssignedRowForItsTaxpayerAndCorrectAWrongAssignmentWithANewVersion() throws Exception {
        String a = resident(5_101, "突合　一子", "1977-07-07", Api.CITY);
        String b = resident(5_102, "突合　二子", "1977-07-07", Api.CITY);
        // the report gives an old address: nobody fits by name + birth date + address
        JsonPath r = importCsv("kyuyo-shiharai-hokokusho", "old-address.csv",
                "nendo,shiharaisha_meisho,shimei,seinengappi,jusho,kyuyo_shunyu\n"
                        + "2025,みなみ商会,突合　一子,1977-07-07,東京都千代田区千代田1番1号,2800000\n");
        String fileId = r.getString("file_id");
        assertThat(r.getInt("mitotsugo")).isEqualTo(1);
        assertThat(mitotsugoFiles("kyuyo-shiharai-hokokusho")).contains(fileId);
        assertThat(mishinkoku(a)).isTrue();

        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            Api.as(Api.clerk()).header("Idempotency-Key", key).body(Map.of("atenabango", b))
                    .post("/v1/kojin-juminzei/kyuyo-shiharai-hokokusho/" + fileId + "/gyo/2/totsugo").then().statusCode(200)
                    .body("version", equalTo(1)).body("atenabango", equalTo(b));
        }
        assertThat(mitotsugoFiles("kyuyo-shiharai-hokokusho")).doesNotContain(fileId);
        assertThat(mishinkoku(b)).isFalse();
        // wrong person: corrected by a second version, the first stays on record
        JsonPath fixed = shitei("kyuyo-shiharai-hokokusho", fileId, 2, a, 200);
        assertThat(fixed.getInt("version")).isEqualTo(2);
        assertThat(fixed.getString("mae_atenabango")).isEqualTo(b);
        assertThat(mishinkoku(b)).isTrue();
        assertThat(mishinkoku(a)).isFalse();
        assertThat(DbSnapshot.count("select count(*) from hokoku_totsugo where file_id = '" + fileId + "'")).isEqualTo(2);
        JsonPath fuka = Api.command(Api.clerk()).body(Map.of("atenabango", a, "nendo", 2025)).post("/v1/kojin-juminzei/fuka")
                .then().statusCode(201).extract().jsonPath();
        assertThat(fuka.getLong("fuka.shotoku.kyuyo_shunyu")).isEqualTo(2_800_000);
    }

    @Test
    void shouldAssignAPensionRowToo() throws Exception {
        String a = resident(5_111, "年金　突合", "1950-01-15", Api.CITY);
        JsonPath r = importCsv("koteki-nenkin-shiharai-hokokusho", "nenkin-typo.csv",
                "nendo,shiharaisha_meisho,shimei,seinengappi,jusho,koteki_nenkin_shunyu\n"
                        + "2025,日本年金機構,年金　突号,1950-01-15," + JUSHO + ",1900000\n");
        assertThat(r.getInt("mitotsugo")).isEqualTo(1);
        shitei("koteki-nenkin-shiharai-hokokusho", r.getString("file_id"), 2, a, 200);
        assertThat(mitotsugoFiles("koteki-nenkin-shiharai-hokokusho")).doesNotContain(r.getString("file_id"));
        Api.as(Api.kokuhoClient(Api.CITY)).queryParam("nendo", 2025).get("/v1/shotoku-joho/" + a).then().statusCode(200)
                .body("mishinkoku", equalTo(false));
    }

    @Test
    void shouldRefuseWhatCannotBeAssignedAndStoreNothing() throws Exception {
        String a = resident(5_121, "既突　三郎", "1980-10-10", Api.CITY);
        String other = resident(5_122, "他市　四郎", "1981-11-11", Api.OTHER_CITY);
        JsonPath r = importCsv("kyuyo-shiharai-hokokusho", "matched.csv",
                "nendo,shiharaisha_meisho,shimei,seinengappi,jusho,kyuyo_shunyu\n"
                        + "2025,みなみ商会,既突　三郎,1980-10-10," + JUSHO + ",3100000\n");
        String fileId = r.getString("file_id");
        JsonPath unmatched = importCsv("kyuyo-shiharai-hokokusho", "unmatched.csv",
                "nendo,shiharaisha_meisho,shimei,seinengappi,jusho,kyuyo_shunyu\n"
                        + "2025,みなみ商会,誰か　不明,1966-06-06," + JUSHO + ",1000000\n");
        var before = DbSnapshot.of(List.of("hokoku_totsugo"));
        assertThat(shitei("kyuyo-shiharai-hokokusho", fileId, 2, a, 422).getString("code")).isEqualTo("totsugo-zumi");
        assertThat(shitei("kyuyo-shiharai-hokokusho", fileId, 9, a, 404).getString("errors[0].field")).isEqualTo("line_no");
        assertThat(shitei("koteki-nenkin-shiharai-hokokusho", fileId, 2, a, 404).getString("errors[0].field"))
                .isEqualTo("line_no");
        // another municipality's taxpayer is not found from here
        assertThat(shitei("kyuyo-shiharai-hokokusho", unmatched.getString("file_id"), 2, other, 404)
                .getString("errors[0].field")).isEqualTo("atenabango");
        assertThat(DbSnapshot.of(List.of("hokoku_totsugo"))).isEqualTo(before);
    }
}
