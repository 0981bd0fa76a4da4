package jp.kikan.jumin.shien;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

/** Registering and ending a 支援措置 honour the Idempotency-Key: a retry never creates a second measure. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@Tag("fn:shien-sochi")
class ShienSochiIdempotencyTest {

    private static final Map<String, Object> MEASURE = Map.of("kaishibi", "2024-01-01", "taisho", List.of("hakko", "shokai"));

    private static long measuresOf(String atenabango) {
        return Db.count("select count(*) from shien_sochi where atenabango = '" + atenabango + "'");
    }

    @Test
    void shouldReturnTheFirstMeasureWhenARegistrationIsReplayed() {
        String wife = Fixtures.family(Tokens.clerk(), "再送", "サイソウ", "2021-04-01").getString("jumin[1].atenabango");
        String key = UUID.randomUUID().toString();
        String first = Api.as(Tokens.supervisor()).header("Idempotency-Key", key).body(MEASURE)
                .post("/v1/jumin/" + wife + "/shien-sochi").then().statusCode(201)
                .header("Idempotent-Replayed", "false").extract().path("sochi_id");
        Api.as(Tokens.supervisor()).header("Idempotency-Key", key).body(MEASURE)
                .post("/v1/jumin/" + wife + "/shien-sochi").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("sochi_id", equalTo(first));
        assertThat(measuresOf(wife)).isEqualTo(1);
        // the same key for another measure is refused, not silently answered with the first one
        Api.badInputAs(Tokens.supervisor()).header("Idempotency-Key", key)
                .body(Map.of("kaishibi", "2024-01-01", "taisho", List.of("ido")))
                .post("/v1/jumin/" + wife + "/shien-sochi").then().statusCode(422)
                .body("code", equalTo("idempotency-key-reused"));
    }

    @Test
    void shouldCreateOneMeasureForFourConcurrentIdenticalRequests() throws Exception {
        String wife = Fixtures.family(Tokens.clerk(), "同時", "ドウジ", "2021-04-01").getString("jumin[1].atenabango");
        String key = UUID.randomUUID().toString();
        String token = Tokens.supervisor();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<String>> sends = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                sends.add(() -> Api.as(token).header("Idempotency-Key", key).body(MEASURE)
                        .post("/v1/jumin/" + wife + "/shien-sochi").then().statusCode(201).extract().path("sochi_id"));
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(sends)) {
                ids.add(f.get());
            }
            assertThat(ids).as("every request answers with the one measure").containsOnly(ids.get(0));
        } finally {
            pool.shutdownNow();
        }
        assertThat(measuresOf(wife)).isEqualTo(1);
    }

    @Test
    void shouldReturnTheFirstResultWhenAnEndIsReplayedWithItsKey() {
        String wife = Fixtures.family(Tokens.clerk(), "終了", "シュウリョウ", "2021-04-01").getString("jumin[1].atenabango");
        String sochi = Api.as(Tokens.supervisor()).header("Idempotency-Key", UUID.randomUUID().toString()).body(MEASURE)
                .post("/v1/jumin/" + wife + "/shien-sochi").then().statusCode(201).extract().path("sochi_id");
        String key = UUID.randomUUID().toString();
        for (String replayed : List.of("false", "true")) {
            Api.as(Tokens.supervisor()).header("Idempotency-Key", key).body(Map.of("shuryobi", "2024-02-01"))
                    .post("/v1/jumin/" + wife + "/shien-sochi/" + sochi + "/shuryo").then().statusCode(200)
                    .header("Idempotent-Replayed", replayed).body("jotai", equalTo("shuryo"));
        }
        assertThat(Db.count("select count(*) from shien_sochi_shuryo where sochi_id = '" + sochi + "'")).isEqualTo(1);
        // without a key a second end is refused as before
        Api.badInputAs(Tokens.supervisor()).body(Map.of("shuryobi", "2024-02-01"))
                .post("/v1/jumin/" + wife + "/shien-sochi/" + sochi + "/shuryo").then().statusCode(422)
                .body("code", equalTo("already-ended"));
    }
}
