package jp.kikan.chihozei.koteishisanzei.service;

import static jp.kikan.chihozei.koteishisanzei.service.KoteishisanDaichoData.fuka;
import static jp.kikan.chihozei.koteishisanzei.service.KoteishisanDaichoData.jutakuYochi;
import static jp.kikan.chihozei.koteishisanzei.service.KoteishisanDaichoData.kaoku;
import static jp.kikan.chihozei.koteishisanzei.service.KoteishisanDaichoData.kyotaku;
import static jp.kikan.chihozei.koteishisanzei.service.KoteishisanDaichoData.owner;
import static jp.kikan.chihozei.koteishisanzei.service.KoteishisanDaichoData.shares;
import static jp.kikan.chihozei.koteishisanzei.service.KoteishisanDaichoData.sole;
import static jp.kikan.chihozei.koteishisanzei.service.KoteishisanDaichoData.tochi;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jp.kikan.chihozei.support.Api;
import jp.kikan.chihozei.support.ResidentFeedServer;
import jp.kikan.platform.test.DbSnapshot;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import jp.kikan.platform.test.pdf.Poppler;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** 納税通知書・課税明細書 and 評価証明書 as PDF, read back with poppler (target/pdf-preview/), from the stored assessment. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
class KoteishisanShomeiTest {

    private static final String SHOMEI = "/v1/koteishisanzei/shomei";

    private static Response issue(Map<String, Object> body) {
        return Api.as(Api.clerk()).accept("application/pdf, application/problem+json").contentType("application/json").body(body)
                .post(SHOMEI);
    }

    private static String flat(String s) {
        return s.replaceAll("[\\s\u3000]", "");
    }

    @Test
    @Tag("fn:koteishisanzei.kazei-meisaisho")
    void shouldNotifyTheTaxWithEveryParcelAndHouse() throws Exception {
        Poppler.assumeAvailable();
        String a = owner("明細　一郎", "メイサイ　イチロウ");
        tochi(jutakuYochi("2020-04-01", 12_000_000, sole(a)));
        kaoku(kyotaku("2020-04-01", 3_000_000, "1995-04-01", sole(a)));
        long nen = fuka(2025, List.of(a), null).getLong("nenzeigaku");
        Response r = issue(Map.of("yoshiki", "kazei-meisaisho", "nendo", 2025, "shoyusha", List.of(a)));
        r.then().statusCode(200).contentType("application/pdf");
        String hakkoBango = r.header("X-Hakko-Bango");
        Path file = Poppler.write("koteishisanzei-kazei-meisaisho", r.asByteArray());
        String text = flat(Poppler.text(file));
        assertThat(text).contains("納税通知書・課税明細書", "明細一郎", "令和7年度", "12,000,000", "3,000,000", "住宅用地", "第1期",
                "令和7年4月30日", String.format("%,d", nen)).doesNotContain("〓");
        Poppler.assertAllFontsEmbedded(file);
        Poppler.png(file, "koteishisanzei-kazei-meisaisho", 100);
        assertThat(DbSnapshot.count("select count(*) from koteishisan_shomei_kofu where hakko_bango = '" + hakkoBango
                + "' and yoshiki = 'kazei-meisaisho' and length(pdf_sha256) = 64")).isEqualTo(1);
    }

    @Test
    @Tag("fn:koteishisanzei.hyoka-shomeisho")
    void shouldCertifyTheValuesOfACoOwnedParcelToTheRepresentative() throws Exception {
        Poppler.assumeAvailable();
        String a = owner("評価　太郎", "ヒョウカ　タロウ");
        String b = owner("評価　花子", "ヒョウカ　ハナコ");
        Map<String, Object> body = jutakuYochi("2020-04-01", 8_000_000, shares(a, "1/2", b, "1/2"));
        body.put("daihyosha", b);
        tochi(body);
        fuka(2025, List.of(a, b), null);
        Response r = issue(Map.of("yoshiki", "hyoka-shomeisho", "nendo", 2025, "shoyusha", List.of(a, b), "mokuteki", "登記"));
        r.then().statusCode(200).contentType("application/pdf");
        Path file = Poppler.write("koteishisanzei-hyoka-shomeisho", r.asByteArray());
        String text = flat(Poppler.text(file));
        assertThat(text).contains("固定資産評価証明書", "評価花子外1名", "8,000,000", "上記のとおり", "みなみ市長");
        Poppler.png(file, "koteishisanzei-hyoka-shomeisho", 100);
    }

    @Test
    @Tag("fn:koteishisanzei.kouka-shomeisho")
    void shouldCertifyTheValuesAndTheTaxOfTheYear() throws Exception {
        Poppler.assumeAvailable();
        String a = owner("公課　四郎", "コウカ　シロウ");
        tochi(jutakuYochi("2020-04-01", 12_000_000, sole(a)));
        fuka(2024, List.of(a), null);
        Response r = issue(Map.of("yoshiki", "kouka-shomeisho", "nendo", 2024, "shoyusha", List.of(a)));
        r.then().statusCode(200).contentType("application/pdf");
        Path file = Poppler.write("koteishisanzei-kouka-shomeisho", r.asByteArray());
        // 200㎡: 2,000,000 × 1.4% = 28,000, 都計 4,000,000 × 0.3% = 12,000
        assertThat(flat(Poppler.text(file))).contains("固定資産税公課証明書", "公課四郎", "令和6年度", "12,000,000", "2,000,000",
                "4,000,000", "28,000", "12,000", "40,000", "上記のとおり証明します。");
        Poppler.png(file, "koteishisanzei-kouka-shomeisho", 100);
    }

    @Test
    void shouldRefuseWithoutAnAssessmentAndIssueNothing() {
        String a = owner("未賦課　三郎", "ミフカ　サブロウ");
        tochi(jutakuYochi("2020-04-01", 8_000_000, sole(a)));
        long before = DbSnapshot.count("select count(*) from koteishisan_shomei_kofu");
        issue(Map.of("yoshiki", "kazei-meisaisho", "nendo", 2025, "shoyusha", List.of(a))).then().statusCode(404)
                .contentType("application/problem+json");
        assertThat(DbSnapshot.count("select count(*) from koteishisan_shomei_kofu")).isEqualTo(before);
    }
}
