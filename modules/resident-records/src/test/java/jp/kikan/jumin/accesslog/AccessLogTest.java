package jp.kikan.jumin.accesslog;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import jp.kikan.jumin.support.Api;
import jp.kikan.jumin.support.Fixtures;
import jp.kikan.jumin.support.Tokens;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Who read whose record, when and from where — and an auditor can tell if anyone altered the log. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@Tag("fn:access-log")
class AccessLogTest {

    @Inject
    AgroalDataSource ds;

    @Test
    void shouldLogEveryReadAndLetAnAuditorDetectTampering() throws Exception {
        String head = Fixtures.family(Tokens.clerk(), "監査", "カンサ", "2022-04-01").getString("jumin[0].atenabango");
        Api.as(Tokens.clerk()).queryParam("include_kojinbango", true).get("/v1/jumin/" + head).then().statusCode(200);
        Api.as(Tokens.clerk()).get("/v1/jumin/" + head + "/rireki").then().statusCode(200);

        Api.as(Tokens.auditor()).queryParam("target_id", head).get("/v1/access-log").then().statusCode(200)
                .body("items.action", hasItem("shokai")).body("items.action", hasItem("rireki"))
                .body("items.find { it.action == 'shokai' }.actor", equalTo("clerk"))
                .body("items.find { it.action == 'shokai' }.client_address", notNullValue())
                .body("items.find { it.action == 'shokai' }.detail", org.hamcrest.Matchers.containsString("kojinbango=true"));
        Api.as(Tokens.auditor()).get("/v1/access-log/verification").then().statusCode(200)
                .body("intact", equalTo(true));

        // the service's own database role cannot rewrite the log, not even by turning the trigger off
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("update access_log set actor = 'nobody'"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.execute("alter table access_log disable trigger all"))
                    .hasMessageContaining("must be owner");
        }
        // the owner of the database can: it rewrites one entry, and the chain no longer verifies
        try (Connection c = EmbeddedPostgresResource.ownerConnection(); Statement s = c.createStatement()) {
            s.execute("alter table access_log disable trigger access_log_append_only");
            s.execute("update access_log set actor = 'nobody' where id = (select min(a.id) from access_log a "
                    + "join access_log_target t on t.lg_code = a.lg_code and t.chain = a.chain and t.seq = a.seq "
                    + "where a.lg_code = '" + Tokens.CITY + "' and t.target_id = '" + head + "')");
            s.execute("alter table access_log enable trigger access_log_append_only");
        }
        Api.as(Tokens.auditor()).get("/v1/access-log/verification").then().statusCode(200)
                .body("intact", equalTo(false)).body("first_broken_seq", notNullValue())
                .body("broken_chain", notNullValue());
    }

    @Test
    void shouldFindEveryEntryThatTouchedAPersonForAnAuditor() {
        var fam = Fixtures.family(Tokens.clerk(), "網羅", "モウラ", "2022-04-01");
        String wife = fam.getString("jumin[1].atenabango");
        // a search that lists her, and a household certificate that prints her among others
        Api.as(Tokens.clerk()).queryParam("kana", "モウラ").get("/v1/jumin").then().statusCode(200);
        Api.as(Tokens.clerk()).body(java.util.Map.of("setaibango", fam.getString("setaibango[0]"), "yoshiki", "setai_renki"))
                .post("/v1/shomei/juminhyo").then().statusCode(200);

        Api.as(Tokens.auditor()).queryParam("target_id", wife).get("/v1/access-log").then().statusCode(200)
                .body("items.action", hasItem("kensaku")).body("items.action", hasItem("hakko"))
                .body("items.find { it.action == 'hakko' }.targets.id", hasItem(wife))
                .body("items.find { it.action == 'hakko' }.targets.size()", equalTo(3));
    }
}
