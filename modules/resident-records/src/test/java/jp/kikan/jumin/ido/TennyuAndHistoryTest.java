package jp.kikan.jumin.ido;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.Map;
import jp.kikan.jumin.support.Api;
import jp.kikan.jumin.support.Fixtures;
import jp.kikan.jumin.support.Tokens;
import jp.kikan.platform.checkdigit.Modulus11;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class TennyuAndHistoryTest {

    @Test
    @Tag("fn:ido.tennyu")
    @Tag("fn:records.numbering")
    @Tag("fn:ido.dates")
    void shouldRecordANewHouseholdWithCheckDigitNumbers() {
        JsonPath r = Fixtures.family(Tokens.clerk(), "山田", "ヤマダ", "2024-04-01");
        String setaibango = r.getString("setaibango[0]");
        assertThat(Modulus11.isValid(setaibango)).isTrue();
        assertThat(r.getList("jumin")).hasSize(3);
        r.getList("jumin.atenabango", String.class).forEach(a -> assertThat(Modulus11.isValid(a)).isTrue());
        assertThat(r.getString("idojiyu")).isEqualTo("国内転入");
        assertThat(r.getString("shorinengappi")).isEqualTo(LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).toString());

        Api.as(Tokens.clerk()).get("/v1/setai/" + setaibango).then().statusCode(200)
                .body("members", hasSize(3))
                .body("members[0].zokugara", equalTo("世帯主"))
                .body("members[1].zokugara", equalTo("妻"));
    }

    @Test
    @Tag("fn:inquiry.rireki")
    @Tag("fn:records.rireki")
    @Tag("fn:inquiry.setai")
    @Tag("fn:master.gengo")
    void shouldShowAResidentAsOfAnyPastDate() {
        JsonPath r = Fixtures.family(Tokens.clerk(), "佐藤", "サトウ", "2020-04-01");
        String setaibango = r.getString("setaibango[0]");
        String head = r.getString("jumin[0].atenabango");

        Api.ido(Tokens.clerk()).body(Map.of("setaibango", setaibango, "idonengappi", "令和4年6月1日",
                        "jusho", Fixtures.jusho("9番地9")))
                .post("/v1/ido/tenkyo").then().statusCode(201).body("idojiyu", equalTo("転居"));

        Api.as(Tokens.clerk()).get("/v1/jumin/" + head + "?kijunbi=2021-01-01").then().statusCode(200)
                .body("rirekibango", equalTo(1))
                .body("jusho.jusho_banchigohyoki", equalTo(Fixtures.banchiOf("佐藤")));
        Api.as(Tokens.clerk()).get("/v1/jumin/" + head + "?kijunbi=2022-06-01").then().statusCode(200)
                .body("rirekibango", equalTo(2))
                .body("jusho.jusho_banchigohyoki", equalTo("9番地9"))
                .body("jushoosadametanengappi", equalTo("2022-06-01"));
        Api.as(Tokens.clerk()).get("/v1/jumin/" + head + "?kijunbi=2019-12-31").then().statusCode(404);
        Api.as(Tokens.clerk()).get("/v1/jumin/" + head + "/rireki").then().statusCode(200)
                .body("items", hasSize(2)).body("items[1].idojiyu", equalTo("転居"));
        Api.as(Tokens.clerk()).get("/v1/setai/" + setaibango + "?kijunbi=2021-01-01").then().statusCode(200)
                .body("members", hasSize(3)).body("jusho.jusho_banchigohyoki", equalTo(Fixtures.banchiOf("佐藤")));
    }
}
