package jp.kikan.jumin.accesslog;

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

        // an administrator with database rights rewrites one entry: the chain no longer verifies
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("alter table access_log disable trigger all");
            s.execute("update access_log set actor = 'nobody' where seq = (select min(seq) from access_log "
                    + "where lg_code = '" + Tokens.CITY + "' and target_id = '" + head + "')");
            s.execute("alter table access_log enable trigger all");
        }
        Api.as(Tokens.auditor()).get("/v1/access-log/verification").then().statusCode(200)
                .body("intact", equalTo(false)).body("first_broken_seq", notNullValue());
    }
}
