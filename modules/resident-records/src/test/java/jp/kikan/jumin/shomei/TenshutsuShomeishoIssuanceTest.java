package jp.kikan.jumin.shomei;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import jp.kikan.jumin.support.Api;
import jp.kikan.jumin.support.Fixtures;
import jp.kikan.jumin.support.Tokens;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** 転出 → 転出証明書; the second issuance is a 再交付 showing the same 転出. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@Tag("fn:certificate.tenshutsu-shomeisho")
@Tag("fn:ido.tenshutsu")
class TenshutsuShomeishoIssuanceTest {

    @Test
    void shouldIssueATenshutsuShomeishoAndMarkTheSecondAsSaikofu() throws Exception {
        JsonPath fam = Fixtures.family(Tokens.clerk(), "𠮷岡", "ヨシオカ", "2021-04-01");
        List<String> all = fam.getList("jumin.atenabango", String.class);
        Api.ido(Tokens.clerk()).body(Map.of("atenabango", all, "idonengappi", "2024-03-20",
                "todokedenengappi", "2024-03-15", "tenshutsusakijusho", "大阪府大阪市北区梅田一丁目1番1号"))
                .post("/v1/ido/tenshutsu").then().statusCode(201);

        // once moved out, the record is a 除票: no 住民票の写し for it
        Api.as(Tokens.clerk()).body(Map.of("atenabango", List.of(all.get(0)), "yoshiki", "kojin"))
                .post("/v1/shomei/juminhyo").then().statusCode(422).body("code", equalTo("johyo"));

        byte[] first = Api.as(Tokens.clerk()).body(Map.of("atenabango", all)).post("/v1/shomei/tenshutsu-shomeisho")
                .then().statusCode(200).contentType("application/pdf").header("X-Saikofu", "false")
                .extract().asByteArray();
        byte[] again = Api.as(Tokens.clerk()).body(Map.of("atenabango", all)).post("/v1/shomei/tenshutsu-shomeisho")
                .then().statusCode(200).header("X-Saikofu", "true").extract().asByteArray();
        String a = JuminhyoIssuanceTest.pdftotext(first);
        String b = JuminhyoIssuanceTest.pdftotext(again);
        if (a != null && b != null) {
            assertThat(a.replaceAll("\\s", "")).contains("転出証明書").contains("𠮷岡").contains("大阪府大阪市北区梅田一丁目1番1号")
                    .contains("令和6年3月20日").doesNotContain("再交付");
            assertThat(b.replaceAll("\\s", "")).contains("再交付");
        }
    }

    @Test
    void shouldRefuseForSomeoneWhoDidNotMoveOut() {
        String head = Fixtures.family(Tokens.clerk(), "定住", "テイジュウ", "2021-04-01").getString("jumin[0].atenabango");
        Api.as(Tokens.clerk()).body(Map.of("atenabango", List.of(head))).post("/v1/shomei/tenshutsu-shomeisho")
                .then().statusCode(422).body("code", equalTo("tenshutsu-required"));
    }
}
