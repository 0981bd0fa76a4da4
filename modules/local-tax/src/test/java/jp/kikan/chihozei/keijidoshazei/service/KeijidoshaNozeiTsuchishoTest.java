package jp.kikan.chihozei.keijidoshazei.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.nio.file.Path;
import java.util.Map;
import jp.kikan.chihozei.support.Api;
import jp.kikan.chihozei.support.ResidentFeedServer;
import jp.kikan.platform.test.DbSnapshot;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import jp.kikan.platform.test.pdf.Poppler;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 軽自動車税（種別割）納税通知書 as PDF, read back with poppler (skipped without it, failing under CI=true like ShomeiTest):
 * the vehicles of the stored version with their tax, the 年税額, the 納期限, a 更正's difference; recorded in the 交付履歴.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@Tag("fn:keijidoshazei.nozei-tsuchisho")
class KeijidoshaNozeiTsuchishoTest {

    private static final String PATH = "/v1/keijidoshazei/nozei-tsuchisho";

    private static Response issue(Map<String, Object> body) {
        return Api.as(Api.clerk()).accept("application/pdf, application/problem+json").contentType("application/json").body(body)
                .post(PATH);
    }

    private static String flat(String s) {
        return s.replaceAll("[\\s\u3000]", "");
    }

    @Test
    void shouldPrintEachVehicleTheYearsTaxAndTheDueDateAndACorrectionsDifference() throws Exception {
        Poppler.assumeAvailable();
        String a = Sharyos.owner();
        String bango = Sharyos.bango();
        String car = Sharyos.register(Sharyos.yonrin(a, bango, "2012-03", "2024-05-01"));
        Api.command(Api.clerk()).body(Map.of("atenabango", a, "nendo", 2025)).post("/v1/keijidoshazei/fuka").then().statusCode(201);
        Response r = issue(Map.of("atenabango", a, "nendo", 2025));
        r.then().statusCode(200).contentType("application/pdf");
        String hakkoBango = r.header("X-Hakko-Bango");
        Path file = Poppler.write("keijidosha-nozei-tsuchisho", r.asByteArray());
        String text = flat(Poppler.text(file));
        assertThat(text).contains("軽自動車税（種別割）納税通知書", "令和7年度", flat(bango), "経年車重課", "12,900円", "令和7年5月31日",
                "算定根拠", "発行番号" + hakkoBango).doesNotContain("〓");
        Poppler.assertAllFontsEmbedded(file);
        assertThat(DbSnapshot.count("select count(*) from shomei_kofu where hakko_bango = '" + hakkoBango
                + "' and yoshiki = 'keijidosha-nozei-tsuchisho' and fuka_version = 1")).isEqualTo(1);

        // a 更正 after a change of the vehicle's fuel entered as a correction: the notice shows before, after, difference
        Api.command(Api.clerk()).body(Map.of("ido_jiyu", "henko", "idobi", "2024-05-01", "nenryo", "gasoline_denryoku"))
                .post("/v1/keijidoshazei/sharyo/" + car + "/ido").then().statusCode(200);
        Api.command(Api.clerk()).body(Map.of("atenabango", a, "nendo", 2025, "riyu", "燃料の誤り（ハイブリッド）"))
                .post("/v1/keijidoshazei/fuka").then().statusCode(201).body("sagaku", equalTo(7_200 - 12_900));
        String kosei = flat(Poppler.text(Poppler.write("keijidosha-nozei-tsuchisho-kosei",
                issue(Map.of("atenabango", a, "nendo", 2025)).then().statusCode(200).extract().asByteArray())));
        assertThat(kosei).contains("（税額変更）", "更正前の年税額", "12,900円", "7,200円", "−5,700円", "燃料の誤り");
        issue(Map.of("atenabango", a, "nendo", 2025, "version", 3)).then().statusCode(404);
    }

    @Test
    void shouldRefuseANoticeWithoutAnAssessment() {
        String a = Sharyos.owner();
        issue(Map.of("atenabango", a, "nendo", 2025)).then().statusCode(404);
    }
}
