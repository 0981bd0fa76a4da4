package jp.kikan.jumin.ido;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.kikan.jumin.support.Api;
import jp.kikan.jumin.support.Db;
import jp.kikan.jumin.support.Fixtures;
import jp.kikan.jumin.support.Tokens;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Two clerks changing one household: the second is told at once (409) and nothing is half-written. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@Tag("fn:ido.tenkyo")
@Tag("fn:authz")
class ConcurrentEditTest {

    @Inject
    AgroalDataSource ds;

    @Test
    void shouldAnswer409WhileAnotherClerkHoldsTheHousehold() throws Exception {
        String setaibango = Fixtures.family(Tokens.clerk(), "並行", "ヘイコウ", "2022-04-01").getString("setaibango[0]");
        try (Connection other = ds.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement p = other.prepareStatement("select version from setai where setaibango = ? for update")) {
                p.setString(1, setaibango);
                p.executeQuery();
            }
            String before = Db.snapshot();
            Api.ido(Tokens.clerk()).body(Map.of("setaibango", setaibango, "idonengappi", "2024-01-01",
                            "jusho", Fixtures.jusho("30番地")))
                    .post("/v1/ido/tenkyo").then().statusCode(409)
                    .body("code", org.hamcrest.Matchers.equalTo("concurrent-edit"));
            assertThat(Db.snapshot()).isEqualTo(before);
            other.rollback();
        }
    }

    @Test
    void shouldRecordExactlyTheCommandsThatSucceededUnderContention() throws Exception {
        String setaibango = Fixtures.family(Tokens.clerk(), "競合", "キョウゴウ", "2022-04-01").getString("setaibango[0]");
        long versionsBefore = Db.count("select count(*) from jumin_rireki where setaibango = '" + setaibango + "'");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            int n = i;
            Callable<Integer> move = () -> Api.ido(Tokens.clerk()).body(Map.of("setaibango", setaibango,
                            "idonengappi", "2024-02-01", "jusho", Fixtures.jusho((40 + n) + "番地")))
                    .post("/v1/ido/tenkyo").then().extract().statusCode();
            results.add(pool.submit(move));
        }
        int created = 0;
        for (Future<Integer> f : results) {
            int status = f.get();
            assertThat(status).isIn(201, 409);
            if (status == 201) {
                created++;
            }
        }
        pool.shutdown();
        assertThat(created).isPositive();
        long versionsAfter = Db.count("select count(*) from jumin_rireki where setaibango = '" + setaibango + "'");
        // each successful 転居 wrote one version for each of the 3 members, the refused ones nothing
        assertThat(versionsAfter - versionsBefore).isEqualTo(3L * created);
        assertThat(Db.count("select count(distinct jusho_banchigohyoki) from jumin j join jumin_rireki r on "
                + "r.lg_code = j.lg_code and r.atenabango = j.atenabango and r.rirekibango = j.saishin_rirekibango "
                + "where j.setaibango = '" + setaibango + "'")).as("the household moved together").isEqualTo(1);
    }
}
