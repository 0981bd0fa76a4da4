package jp.kikan.jumin.shomei;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import jp.kikan.jumin.support.Api;
import jp.kikan.jumin.support.Db;
import jp.kikan.jumin.support.Fixtures;
import jp.kikan.jumin.support.Tokens;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** 住民票の写し through the API: a real PDF, read back with poppler, and every issuance logged. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@Tag("fn:certificate.juminhyo")
@Tag("fn:certificate.setai-renki")
@Tag("fn:certificate.hakko-bango")
@Tag("fn:certificate.kofu-rireki")
@Tag("fn:inquiry.kofu-rireki")
@Tag("fn:authz.field-visibility")
class JuminhyoIssuanceTest {

    @Test
    void shouldIssueAHouseholdCertificateWithHakkoBangoAndLogIt() throws Exception {
        JsonPath fam = Fixtures.family(Tokens.clerk(), "𠮷川", "ヨシカワ", "令和2年4月1日");
        String setaibango = fam.getString("setaibango[0]");
        long issuedBefore = Db.count("select count(*) from shomei_kofu");

        var response = Api.as(Tokens.clerk()).accept("application/pdf")
                .body(Map.of("setaibango", setaibango, "yoshiki", "setai_renki", "setainushi_zokugara", true,
                        "mokuteki", "児童手当の申請"))
                .post("/v1/shomei/juminhyo").then().statusCode(200).contentType("application/pdf")
                .header("X-Hakko-Bango", matchesPattern("\\d{8}-\\d{6}")).extract();
        byte[] pdf = response.asByteArray();
        String hakkoBango = response.header("X-Hakko-Bango");
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(Db.count("select count(*) from shomei_kofu")).isEqualTo(issuedBefore + 1);

        String text = pdftotext(pdf);
        if (text != null) {
            String flat = text.replaceAll("\\s", "");
            assertThat(flat).contains("住民票の写し").contains("𠮷川").contains(hakkoBango).contains("世帯主")
                    .contains("令和2年4月1日").contains("この写しは、住民票の原本と相違ないことを証明する。");
        }
        String head = fam.getString("jumin[0].atenabango");
        Api.as(Tokens.clerk()).queryParam("atenabango", head).get("/v1/shomei/kofu-rireki").then().statusCode(200)
                .body("items[0].hakko_bango", equalTo(hakkoBango)).body("items[0].yoshiki", equalTo("setai_renki"))
                .body("items[0].mokuteki", equalTo("児童手当の申請")).body("items[0].issued_by", equalTo("clerk"));
        // every member printed is a target of the issuance: an auditor finds it under each of them
        for (String member : fam.getList("jumin.atenabango", String.class)) {
            Api.as(Tokens.auditor()).queryParam("target_id", member).get("/v1/access-log").then().statusCode(200)
                    .body("items.action", hasItem("hakko"));
        }
        Api.as(Tokens.auditor()).queryParam("actor", "clerk").queryParam("limit", 1000).get("/v1/access-log").then()
                .body("items.detail.findAll { it.contains('" + hakkoBango + "') }.size()", equalTo(1));
    }

    @Test
    void shouldPrintKojinbangoOnlyWhenAskedFor() throws Exception {
        var p = Fixtures.person("番号　表示", "バンゴウ　ヒョウジ", "1990-01-01", "1", "世帯主");
        p.put("kojinbango", "123456789018");
        String atenabango = Api.ido(Tokens.clerk()).body(Map.of("tennyu_kubun", "kokunai", "idonengappi", "2024-04-01",
                "jusho", Fixtures.jusho("50番地"), "members", List.of(p))).post("/v1/ido/tennyu").then().statusCode(201)
                .extract().path("jumin[0].atenabango");
        byte[] without = Api.as(Tokens.clerk()).body(Map.of("atenabango", List.of(atenabango), "yoshiki", "kojin"))
                .post("/v1/shomei/juminhyo").then().statusCode(200).extract().asByteArray();
        byte[] with = Api.as(Tokens.clerk()).body(Map.of("atenabango", List.of(atenabango), "yoshiki", "kojin",
                "kojinbango", true)).post("/v1/shomei/juminhyo").then().statusCode(200).extract().asByteArray();
        String a = pdftotext(without);
        String b = pdftotext(with);
        Assumptions.assumeTrue(a != null && b != null, "poppler-utils (pdftotext) is not installed");
        assertThat(a.replaceAll("\\s", "")).doesNotContain("123456789018");
        assertThat(b.replaceAll("\\s", "")).contains("123456789018");
    }

    /**
     * Issuances at once: each certificate is rendered before its 発行番号 is taken (the counter is not held while
     * a PDF renders), so several race for the same number — each gets one of its own, printed on it, and the
     * day's numbers stay gapless.
     */
    @Test
    void shouldNumberConcurrentIssuancesGaplesslyEachWithItsOwnNumber() throws Exception {
        JsonPath fam = Fixtures.family(Tokens.clerk(), "並行", "ヘイコウ", "令和3年4月1日");
        String setaibango = fam.getString("setaibango[0]");
        String clerk = Tokens.clerk();
        int n = 6;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(n);
        List<java.util.concurrent.Future<Map.Entry<String, byte[]>>> futures = new java.util.ArrayList<>();
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    var r = Api.as(clerk).accept("application/pdf")
                            .body(Map.of("setaibango", setaibango, "yoshiki", "setai_renki"))
                            .post("/v1/shomei/juminhyo").then().statusCode(200).extract();
                    return Map.entry(r.header("X-Hakko-Bango"), r.asByteArray());
                }));
            }
            start.countDown();
            List<Map.Entry<String, byte[]>> issued = new java.util.ArrayList<>();
            for (var f : futures) {
                issued.add(f.get(120, TimeUnit.SECONDS));
            }
            List<String> numbers = issued.stream().map(Map.Entry::getKey).sorted().toList();
            assertThat(numbers).doesNotHaveDuplicates().hasSize(n);
            String day = numbers.get(0).substring(0, 9);
            long first = Long.parseLong(numbers.get(0).substring(9));
            for (int i = 0; i < n; i++) {
                assertThat(numbers.get(i)).isEqualTo(day + String.format("%06d", first + i));
            }
            // no number of the day is missing from this municipality's 交付履歴, before or among these (each
            // municipality has its own counter: other tests issue for another one on the same day)
            assertThat(Db.count("select count(*) from shomei_kofu where lg_code = '" + Tokens.CITY
                    + "' and hakko_bango like '" + day + "%'"))
                    .isEqualTo(first + n - 1);
            for (var e : issued) {
                String text = pdftotext(e.getValue());
                if (text != null) {
                    assertThat(text.replaceAll("\\s", "")).contains(e.getKey());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * pdftotext output, or null when poppler is not installed — except under CI (CI=true, set by .ci/run, which
     * installs poppler-utils), where a missing pdftotext fails the test so the PDF content checks cannot be
     * skipped silently. A pdftotext that runs but cannot read the PDF always fails.
     */
    static String pdftotext(byte[] pdf) throws IOException, InterruptedException {
        Path in = Files.createTempFile("juminhyo", ".pdf");
        Files.write(in, pdf);
        Path out = Files.createTempFile("juminhyo", ".txt");
        try {
            Process p;
            try {
                p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", in.toString(), out.toString())
                        .redirectErrorStream(true).start();
            } catch (IOException e) {
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    fail("pdftotext (Debian package poppler-utils) not found on PATH — CI=true, so the PDF content"
                            + " checks fail instead of being skipped (" + e.getMessage() + ")");
                }
                return null;
            }
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("pdftotext timed out");
            }
            if (p.exitValue() != 0) {
                fail("pdftotext cannot read the PDF (exit " + p.exitValue() + "): " + log);
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(in);
            Files.deleteIfExists(out);
        }
    }
}
