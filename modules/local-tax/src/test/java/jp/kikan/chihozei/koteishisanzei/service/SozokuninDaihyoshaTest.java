package jp.kikan.chihozei.koteishisanzei.service;

import static jp.kikan.chihozei.koteishisanzei.service.KoteishisanDaichoData.fuka;
import static jp.kikan.chihozei.koteishisanzei.service.KoteishisanDaichoData.jutakuYochi;
import static jp.kikan.chihozei.koteishisanzei.service.KoteishisanDaichoData.owner;
import static jp.kikan.chihozei.koteishisanzei.service.KoteishisanDaichoData.sole;
import static jp.kikan.chihozei.koteishisanzei.service.KoteishisanDaichoData.tochi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
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
 * 相続人代表者 (地方税法第9条・第9条の2): a taxpayer who died after 1月1日 is still assessed; the heirs name one of them
 * to receive the documents, and the notices issued after it — 固定資産税の納税通知書・課税明細書, 個人住民税の納税通知書 —
 * go to that heir, naming the deceased; a certificate keeps the taxpayer's name. Each designation is a version;
 * refusals store nothing.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@Tag("fn:nozeigimusha.sozokunin-daihyosha")
class SozokuninDaihyoshaTest {

    private static final AtomicInteger SERIAL = new AtomicInteger(7300);
    private static final List<String> TABLES = List.of("sozokunin_daihyosha", "nozeigimusha");

    @Inject
    JuminFeed feed;

    /** A resident since 2015; {@code shiboBi} non-null: the feed then records the death on that day. */
    private String resident(String shimei, String kana, String shiboBi) throws Exception {
        String a = Modulus11.withCheckDigit(String.format("%09d", SERIAL.incrementAndGet()));
        ObjectNode item = ResidentFeedServer.jumin(Api.CITY, a, shimei, kana, "1945-05-05", "jumin", "tennyu", "2015-04-01",
                "2015-04-01");
        ResidentFeedServer.publish(item);
        if (shiboBi != null) {
            ObjectNode shibo = item.deepCopy();
            shibo.put("rirekibango", 2);
            shibo.put("jumin_jotai", "shibo");
            shibo.put("idojiyu", "shibo");
            shibo.put("idonengappi", shiboBi);
            shibo.put("shorinengappi", shiboBi);
            ResidentFeedServer.publish(shibo);
        }
        feed.consumer().drain();
        return a;
    }

    private static JsonPath designate(String hisozokunin, String daihyosha, int status) {
        return Api.command(Api.clerk()).body(Map.of("daihyosha", daihyosha, "shitei_kubun", "todokede", "todokedebi", "2025-04-10",
                "riyu", "相続人代表者指定届の受理")).post("/v1/nozeigimusha/" + hisozokunin + "/sozokunin-daihyosha").then()
                .statusCode(status).extract().jsonPath();
    }

    private static String pdfText(String path, Map<String, Object> body, String name) throws Exception {
        Response r = Api.as(Api.clerk()).accept("application/pdf, application/problem+json").contentType("application/json")
                .body(body).post(path);
        r.then().statusCode(200).contentType("application/pdf");
        return Poppler.text(Poppler.write(name, r.asByteArray())).replaceAll("[\\s\u3000]", "");
    }

    @Test
    void shouldSendTheNoticesOfADeceasedTaxpayerToTheRepresentativeOfTheHeirs() throws Exception {
        Poppler.assumeAvailable();
        String shibo = resident("相続　太郎", "ソウゾク　タロウ", "2025-03-10"); // died after 1月1日: taxed for 令和7年度
        String heir = owner("相続　花子", "ソウゾク　ハナコ");           // a 住登外者: the heir lives in 東京都
        tochi(jutakuYochi("2020-04-01", 12_000_000, sole(shibo)));
        fuka(2025, List.of(shibo), null);
        Api.command(Api.clerk()).body(Map.of("atenabango", shibo, "nendo", 2025, "shunyu", Map.of("koteki_nenkin_shunyu", 3_000_000)))
                .post("/v1/kojin-juminzei/shinkoku").then().statusCode(201);
        Api.command(Api.clerk()).body(Map.of("atenabango", shibo, "nendo", 2025)).post("/v1/kojin-juminzei/fuka").then()
                .statusCode(201);
        Api.as(Api.clerk()).get("/v1/nozeigimusha/" + shibo + "/sozokunin-daihyosha").then().statusCode(200)
                .body("daihyosha", equalTo(null)).body("rireki.size()", equalTo(0));

        JsonPath d = designate(shibo, heir, 201);
        assertThat(d.getString("daihyosha")).isEqualTo(heir);
        assertThat(d.getList("rireki.version", Integer.class)).containsExactly(1);

        String meisai = pdfText("/v1/koteishisanzei/shomei", Map.of("yoshiki", "kazei-meisaisho", "nendo", 2025,
                "shoyusha", List.of(shibo)), "koteishisanzei-kazei-meisaisho-sozoku");
        assertThat(meisai).contains("相続花子（故相続太郎相続人代表者", "東京都千代田区1-1");
        String tsuchi = pdfText("/v1/kojin-juminzei/shomei/nozei-tsuchisho", Map.of("atenabango", shibo, "nendo", 2025),
                "nozei-tsuchisho-sozoku");
        assertThat(tsuchi).contains("相続花子（故相続太郎相続人代表者", "東京都千代田区1-1");
        // a certificate is of the taxpayer: the deceased's name, no representative
        String hyoka = pdfText("/v1/koteishisanzei/shomei", Map.of("yoshiki", "hyoka-shomeisho", "nendo", 2025,
                "shoyusha", List.of(shibo)), "koteishisanzei-hyoka-shomeisho-sozoku");
        assertThat(hyoka).contains("相続太郎").doesNotContain("相続人代表者");

        // another heir named later: a new version, the notices follow it
        String other = resident("相続　次郎", "ソウゾク　ジロウ", null);
        assertThat(designate(shibo, other, 201).getList("rireki.daihyosha", String.class)).containsExactly(heir, other);
        assertThat(pdfText("/v1/kojin-juminzei/shomei/nozei-tsuchisho", Map.of("atenabango", shibo, "nendo", 2025),
                "nozei-tsuchisho-sozoku-2")).contains("相続次郎（故相続太郎相続人代表者");
        assertThat(DbSnapshot.count("select count(*) from access_log where action = 'nozeigimusha.sozokunin-daihyosha.shokai' "
                + "and target_id = '" + shibo + "'")).isEqualTo(1);
    }

    @Test
    void shouldRefuseARepresentativeForTheLivingOrTheDeceasedThemselvesAndStoreNothing() throws Exception {
        String living = resident("存命　一郎", "ゾンメイ　イチロウ", null);
        String shibo = resident("故人　一郎", "コジン　イチロウ", "2024-08-01");
        String dead = resident("故人　二郎", "コジン　ジロウ", "2024-09-01");
        var before = DbSnapshot.of(TABLES);
        assertThat(designate(living, shibo, 422).getString("code")).isEqualTo("hisozokunin-shibo");
        assertThat(designate(shibo, shibo, 422).getString("code")).isEqualTo("daihyosha-hisozokunin");
        assertThat(designate(shibo, dead, 422).getString("code")).isEqualTo("daihyosha-shibo");
        designate(shibo, Modulus11.withCheckDigit("000000999"), 404);
        Api.command(Api.clerk()).body(Map.of("daihyosha", living, "shitei_kubun", "todokede", "todokedebi", "2025-02-30",
                "riyu", "x")).post("/v1/nozeigimusha/" + shibo + "/sozokunin-daihyosha").then().statusCode(422)
                .body("code", equalTo("date-exists"));
        assertThat(DbSnapshot.of(TABLES)).isEqualTo(before);
        // another municipality's clerk sees nothing
        Api.as(Api.clerkOf(Api.OTHER_CITY)).get("/v1/nozeigimusha/" + shibo + "/sozokunin-daihyosha").then().statusCode(404);
    }
}
