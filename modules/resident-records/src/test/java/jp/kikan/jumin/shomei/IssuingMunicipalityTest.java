package jp.kikan.jumin.shomei;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kikan.jumin.support.Api;
import jp.kikan.jumin.support.Fixtures;
import jp.kikan.jumin.support.Tokens;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A certificate carries the issuing municipality's own name and 首長 (kikan.municipalities), never another's. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@Tag("fn:certificate.juminhyo")
class IssuingMunicipalityTest {

    /** A third fictional municipality (valid check digit) that has no name configured. */
    private static final String UNCONFIGURED = "999962";

    @Test
    void shouldPrintTheIssuingMunicipalitysOwnNameAndShucho() throws Exception {
        String clerk = Tokens.staff("kita-clerk", Tokens.OTHER_CITY, "jumin-clerk");
        String atenabango = moveIn(clerk, Tokens.OTHER_CITY, "きた町");
        byte[] pdf = Api.as(clerk).accept("application/pdf").body(Map.of("atenabango", List.of(atenabango), "yoshiki", "kojin"))
                .post("/v1/shomei/juminhyo").then().statusCode(200).extract().asByteArray();

        String text = JuminhyoIssuanceTest.pdftotext(pdf).replaceAll("\\s", "");
        assertThat(text).contains("架空県きた町").contains("きた町長北花子").doesNotContain("みなみ市長").doesNotContain("南太郎");
    }

    @Test
    void shouldRefuseToIssueForAMunicipalityWhoseNameIsNotConfigured() {
        String clerk = Tokens.staff("unknown-clerk", UNCONFIGURED, "jumin-clerk");
        String atenabango = moveIn(clerk, UNCONFIGURED, "どこか村");
        Api.as(clerk).accept("application/pdf").body(Map.of("atenabango", List.of(atenabango), "yoshiki", "kojin"))
                .post("/v1/shomei/juminhyo").then().statusCode(422).body("code", equalTo("municipality-not-configured"));
    }

    private static String moveIn(String clerk, String lgCode, String shikugunchoson) {
        Map<String, Object> jusho = new HashMap<>(Fixtures.jusho("1番地"));
        jusho.put("jusho_shikuchosonkodo", lgCode);
        jusho.put("jusho_shikugunchosonmei", shikugunchoson);
        return Api.ido(clerk).body(Map.of("tennyu_kubun", "kokunai", "idonengappi", "2024-04-01", "jusho", jusho,
                        "tennyumaejusho", "架空県みなみ市みなみ町一丁目1番地",
                        "members", List.of(Fixtures.person("北　一郎", "キタ　イチロウ", "1970-01-01", "1", "世帯主"))))
                .post("/v1/ido/tennyu").then().statusCode(201).extract().path("jumin[0].atenabango");
    }
}
