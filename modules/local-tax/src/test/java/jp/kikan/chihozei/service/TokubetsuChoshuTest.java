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
import jp.kikan.chihozei.application.JuminFeed;
import jp.kikan.chihozei.support.Api;
import jp.kikan.chihozei.support.ResidentFeedServer;
import jp.kikan.platform.checkdigit.Modulus11;
import jp.kikan.platform.test.DbSnapshot;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import jp.kikan.platform.test.pdf.Poppler;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 給与所得に係る特別徴収 (地方税法第321条の3〜第321条の6): an employee whose 給与支払報告書 has no 普通徴収切替理由 is
 * collected from the salary in 12 months (6月〜翌年5月, the remainder in 6月); one with a 切替理由 pays by 普通徴収; the
 * employer's notice lists its employees and the monthly totals, and leaves out who is under 支援措置.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@Tag("fn:kojin-juminzei.tokubetsu-choshu")
class TokubetsuChoshuTest {

    private static final String HEADER = "nendo,shiharaisha_meisho,kojinbango,shimei,shimei_furigana,seinengappi,jusho,"
            + "kyuyo_shunyu,shakai_hokenryo,shokibo_kigyo_kyosai_kakekin,shiteibango,futsu_choshu_riyu\n";
    private static final String JUSHO = "架空県みなみ市中央一丁目1番地";

    @Inject
    JuminFeed feed;

    private String resident(int serial, String shimei, String birth, boolean shien) throws Exception {
        String a = Modulus11.withCheckDigit(String.format("%09d", serial));
        ObjectNode item = ResidentFeedServer.jumin(Api.CITY, a, shimei, "トクベツ", birth, "jumin", "tennyu", "2020-04-01",
                "2020-04-01");
        ResidentFeedServer.publish(item);
        if (shien) {
            ObjectNode s = item.deepCopy();
            s.put("henko_shubetsu", "shien_sochi");
            s.put("shien_sochi_taisho", true);
            ResidentFeedServer.publish(s);
        }
        feed.consumer().drain();
        return a;
    }

    private static JsonPath fuka(String a, String riyu) {
        Map<String, Object> body = riyu == null ? Map.of("atenabango", a, "nendo", 2025)
                : Map.of("atenabango", a, "nendo", 2025, "riyu", riyu);
        return Api.command(Api.clerk()).body(body).post("/v1/kojin-juminzei/fuka").then().statusCode(201).extract().jsonPath();
    }

    private static JsonPath tsuchi(String token, String gimusha) {
        return Api.as(token).queryParam("nendo", 2025).queryParam("gimusha", gimusha)
                .get("/v1/kojin-juminzei/tokubetsu-choshu").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void shouldCollectFromTheSalaryInTwelveMonthsWithTheRemainderInJune() throws Exception {
        String a = resident(3_101, "特別　一郎", "1981-05-05", false);
        String b = resident(3_102, "普通　二郎", "1982-06-06", false);
        String csv = HEADER
                + "2025,株式会社みなみ製作所,,特別　一郎,,1981-05-05," + JUSHO + ",3000000,450000,0,0000771234,\n"
                + "2025,株式会社みなみ製作所,,普通　二郎,,1982-06-06," + JUSHO + ",3000000,450000,0,0000771234,普F\n";
        JsonPath r = Api.command(Api.clerk()).body(Map.of("file_name", "tokucho.csv", "csv", csv))
                .post("/v1/kojin-juminzei/kyuyo-shiharai-hokokusho").then().statusCode(201).extract().jsonPath();
        assertThat(r.getInt("totsugo")).isEqualTo(2);

        JsonPath tokucho = fuka(a, null);
        assertThat(tokucho.getString("choshu.hoho")).isEqualTo("kyuyo_tokubetsu_choshu");
        assertThat(tokucho.getString("choshu.tokubetsu_choshu_gimusha.shiteibango")).isEqualTo("0000771234");
        List<Integer> tsuki = tokucho.getList("choshu.kibetsu.zeigaku");
        long nen = tokucho.getLong("nenzeigaku");
        assertThat(nen).isEqualTo(116_500);
        assertThat(tsuki).hasSize(12);
        assertThat(tokucho.getList("choshu.kibetsu.nengetsu", String.class)).startsWith("2025-06").endsWith("2026-05");
        // 116,500 ÷ 12 = 9,708 → 9,700 (100円未満切捨て) × 11, June takes the rest: 116,500 − 106,700 = 9,800
        assertThat(tsuki.get(0)).isEqualTo(9_800);
        assertThat(tsuki.subList(1, 12)).containsOnly(9_700);
        assertThat(tsuki.stream().mapToLong(Integer::longValue).sum()).isEqualTo(nen);

        assertThat(fuka(b, null).getString("choshu.hoho")).isEqualTo("futsu_choshu");
        // the 普通徴収 納税通知書 is not for who is collected from the salary
        Api.as(Api.clerk()).body(Map.of("atenabango", a, "nendo", 2025)).post("/v1/kojin-juminzei/shomei/nozei-tsuchisho")
                .then().statusCode(422).body("code", equalTo("tokubetsu-choshu"));

        JsonPath notice = tsuchi(Api.clerk(), "0000771234");
        assertThat(notice.getList("jugyoin.atenabango", String.class)).containsExactly(a);
        assertThat(notice.getString("gimusha.shiharaisha_meisho")).isEqualTo("株式会社みなみ製作所");
        assertThat(notice.getList("tsukibetsu_gokei.zeigaku", Integer.class)).isEqualTo(tsuki);
        assertThat(notice.getLong("nenzeigaku_gokei")).isEqualTo(nen);
        assertThat(DbSnapshot.count("select count(*) from access_log where action = 'kojin-juminzei.tokubetsu-choshu'"))
                .isPositive();
    }

    @Test
    void shouldKeepTheSalaryCollectionOnACorrectionAndNoticeTheChangedAmounts() throws Exception {
        String a = resident(3_111, "更正　三郎", "1970-01-10", false);
        String csv = HEADER + "2025,みなみ運輸株式会社,,更正　三郎,,1970-01-10," + JUSHO + ",4000000,600000,0,,\n";
        Api.command(Api.clerk()).body(Map.of("file_name", "unyu.csv", "csv", csv))
                .post("/v1/kojin-juminzei/kyuyo-shiharai-hokokusho").then().statusCode(201);
        JsonPath tosho = fuka(a, null);
        assertThat(tosho.getString("choshu.tokubetsu_choshu_gimusha.kagi")).isEqualTo("みなみ運輸株式会社");
        Api.command(Api.clerk()).body(Map.of("atenabango", a, "nendo", 2025, "shunyu", Map.of("kyuyo_shunyu", 4_000_000),
                "shiharai", Map.of("shakai_hokenryo", 600_000, "iryohi", 300_000))).post("/v1/kojin-juminzei/shinkoku")
                .then().statusCode(201);
        JsonPath kosei = fuka(a, "医療費控除の申告");
        assertThat(kosei.getString("choshu.hoho")).isEqualTo("kyuyo_tokubetsu_choshu");
        long diff = kosei.getLong("nenzeigaku") - tosho.getLong("nenzeigaku");
        assertThat(diff).isNegative();
        List<Integer> sagaku = kosei.getList("kosei_sagaku.sagaku");
        // the months already due stay; what is left of the difference goes to those not yet due, else to a 随時 納期
        assertThat(sagaku.stream().mapToLong(Integer::longValue).sum() + kosei.getLong("kosei_zuiji")).isEqualTo(diff);
        JsonPath notice = tsuchi(Api.clerk(), "みなみ運輸株式会社");
        assertThat(notice.getInt("jugyoin[0].fuka_version")).isEqualTo(2);
        assertThat(notice.getString("jugyoin[0].kubun")).isEqualTo("kosei");
    }

    @Test
    void shouldLeaveAProtectedEmployeeOutOfTheEmployersNoticeButForTheShienClerk() throws Exception {
        String a = resident(3_121, "保護　花子", "1985-03-03", true);
        String b = resident(3_122, "同僚　太郎", "1986-04-04", false);
        String csv = HEADER + "2025,みなみ保育園,,保護　花子,,1985-03-03," + JUSHO + ",2500000,380000,0,0000990001,\n"
                + "2025,みなみ保育園,,同僚　太郎,,1986-04-04," + JUSHO + ",2600000,390000,0,0000990001,\n";
        Api.command(Api.clerk()).body(Map.of("file_name", "hoikuen.csv", "csv", csv))
                .post("/v1/kojin-juminzei/kyuyo-shiharai-hokokusho").then().statusCode(201);
        Api.command(Api.shien()).body(Map.of("atenabango", a, "nendo", 2025)).post("/v1/kojin-juminzei/fuka").then().statusCode(201);
        fuka(b, null);
        JsonPath clerk = tsuchi(Api.clerk(), "0000990001");
        assertThat(clerk.getList("jugyoin.atenabango", String.class)).containsExactly(b);
        assertThat(clerk.getInt("yokushi_ninzu")).isEqualTo(1);
        JsonPath shien = tsuchi(Api.shien(), "0000990001");
        assertThat(shien.getList("jugyoin.atenabango", String.class)).containsExactlyInAnyOrder(a, b);
        assertThat(shien.getInt("yokushi_ninzu")).isZero();
        Api.as(Api.clerk()).queryParam("nendo", 2025).queryParam("gimusha", "存在しない事業所")
                .get("/v1/kojin-juminzei/tokubetsu-choshu").then().statusCode(404).body("errors[0].field", equalTo("gimusha"));
    }

    @Test
    void shouldIssueTheEmployersNoticeAsPdfWithEachEmployeesMonthsAndRecordIt() throws Exception {
        Poppler.assumeAvailable();
        String a = resident(3_131, "保護　秋子", "1984-02-02", true);
        String b = resident(3_132, "髙橋　冬彦", "1983-01-01", false);
        String csv = HEADER + "2025,みなみ印刷株式会社,,保護　秋子,,1984-02-02," + JUSHO + ",2500000,380000,0,0000880001,\n"
                + "2025,みなみ印刷株式会社,,髙橋　冬彦,,1983-01-01," + JUSHO + ",3000000,450000,0,0000880001,\n";
        Api.command(Api.clerk()).body(Map.of("file_name", "insatsu.csv", "csv", csv))
                .post("/v1/kojin-juminzei/kyuyo-shiharai-hokokusho").then().statusCode(201);
        Api.command(Api.shien()).body(Map.of("atenabango", a, "nendo", 2025)).post("/v1/kojin-juminzei/fuka").then().statusCode(201);
        long nen = fuka(b, null).getLong("nenzeigaku");
        io.restassured.response.Response r = Api.as(Api.clerk()).body(Map.of("nendo", 2025, "gimusha", "0000880001"))
                .post("/v1/kojin-juminzei/shomei/tokubetsu-choshu-tsuchisho");
        r.then().statusCode(200).contentType("application/pdf");
        String hakkoBango = r.header("X-Hakko-Bango");
        java.nio.file.Path file = Poppler.write("tokubetsu-choshu-tsuchisho", r.asByteArray());
        String text = Poppler.text(file).replaceAll("[\\s\u3000]", "");
        // the clerk's notice: the colleague with 12 months (116,500: 6月 9,800, then 9,700), the protected one only counted
        assertThat(text).contains("特別徴収税額の決定通知書", "特別徴収義務者用", "みなみ印刷株式会社", "0000880001", "髙橋冬彦", b,
                String.format("%,d", nen), "9,800", "9,700", "6月", "5月", "1人の従業員の税額は、別途通知します", "発行番号" + hakkoBango)
                .doesNotContain("保護秋子").doesNotContain("〓");
        Poppler.assertAllFontsEmbedded(file);
        Poppler.png(file, "tokubetsu-choshu-tsuchisho", 80);
        assertThat(DbSnapshot.count("select count(*) from tokubetsu_choshu_tsuchisho_kofu where hakko_bango = '" + hakkoBango
                + "' and gimusha_kagi = '0000880001' and yokushi_ninzu = 1 and jugyoin @> '[{\"atenabango\": \"" + b
                + "\", \"fuka_version\": 1}]' and jsonb_array_length(jugyoin) = 1")).isEqualTo(1);
        assertThat(DbSnapshot.count("select count(*) from access_log where action = 'kojin-juminzei.shomei.tokubetsu-choshu-tsuchisho'"
                + " and detail like '%" + hakkoBango + "%'")).isEqualTo(1);
        // the 支援措置担当 prints both; an employer without employees assessed is 404 and nothing is numbered
        String shien = Poppler.text(Poppler.write("tokubetsu-choshu-tsuchisho-shien", Api.as(Api.shien())
                .body(Map.of("nendo", 2025, "gimusha", "0000880001")).post("/v1/kojin-juminzei/shomei/tokubetsu-choshu-tsuchisho")
                .then().statusCode(200).extract().asByteArray())).replaceAll("[\\s\u3000]", "");
        assertThat(shien).contains("保護秋子", "髙橋冬彦").doesNotContain("別途通知します");
        var before = DbSnapshot.of(List.of("tokubetsu_choshu_tsuchisho_kofu", "shomei_saiban"));
        Api.as(Api.clerk()).body(Map.of("nendo", 2025, "gimusha", "存在しない事業所"))
                .post("/v1/kojin-juminzei/shomei/tokubetsu-choshu-tsuchisho").then().statusCode(404);
        assertThat(DbSnapshot.of(List.of("tokubetsu_choshu_tsuchisho_kofu", "shomei_saiban"))).isEqualTo(before);
    }

    @Test
    void shouldRefuseAnUnknownSwitchReasonByLineAndField() throws Exception {
        String csv = HEADER + "2025,みなみ商店,,誤り　四郎,,1990-09-09," + JUSHO + ",2000000,300000,0,,普Z\n";
        JsonPath r = Api.command(Api.clerk()).body(Map.of("file_name", "bad-kirikae.csv", "csv", csv))
                .post("/v1/kojin-juminzei/kyuyo-shiharai-hokokusho").then().statusCode(201).extract().jsonPath();
        assertThat(r.getList("errors.field", String.class)).containsExactly("futsu_choshu_riyu");
        assertThat(r.getList("errors.line", Integer.class)).containsExactly(2);
        assertThat(r.getInt("torikomi")).isZero();
    }
}
