package jp.kikan.jumin.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import jp.kikan.jumin.support.Api;
import jp.kikan.jumin.support.Fixtures;
import jp.kikan.jumin.support.Tokens;
import jp.kikan.platform.feed.FeedItem;
import jp.kikan.platform.feed.FeedPage;
import jp.kikan.platform.feed.FeedSource;
import jp.kikan.platform.feed.JdbcChangeFeedConsumer;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A consumer (as local tax would run it) reads the feed over HTTP with the platform's change-feed
 * reader, keeping its cursor and its copy in its own tables. It crashes in the middle of a page,
 * restarts, and ends with exactly the residents' latest versions: nothing lost, nothing doubled.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@Tag("fn:renkei.feed")
class FeedResumeTest {

    /** The consumer keeps its copy and cursor in tables of its own (created by the owner, as its migrations would). */
    private final DataSource ds = EmbeddedPostgresResource.ownerDataSource();

    /** The feed over HTTP, validated against the contract on every page. */
    static final class HttpFeed implements FeedSource<Map<String, Object>> {
        int pages;

        @Override
        public FeedPage<Map<String, Object>> fetch(String cursor, int limit) {
            pages++;
            var req = Api.as(Tokens.renkeiClient(Tokens.CITY)).queryParam("limit", limit);
            if (cursor != null) {
                req.queryParam("cursor", cursor);
            }
            JsonPath page = req.get("/v1/renkei/jumin").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> rows = page.getList("result");
            List<FeedItem<Map<String, Object>>> items = new ArrayList<>();
            for (Map<String, Object> r : rows) {
                items.add(new FeedItem<>(r.get("atenabango") + "#" + r.get("rirekibango") + "#"
                        + r.get("shien_sochi_taisho") + "#" + page.getString("metadata.mode"), r));
            }
            return new FeedPage<>(items, page.getString("metadata.next_cursor"), page.getBoolean("metadata.has_more"));
        }
    }

    @Test
    void shouldResumeAfterACrashWithNothingLostOrDoubled() throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("create table if not exists tax_jumin_copy (atenabango varchar(15) primary key, rirekibango int)");
            // a change applied twice would violate this key and fail the consumer
            s.execute("create table if not exists tax_jumin_applied (atenabango varchar(15), rirekibango int, "
                    + "shien boolean, mode varchar(8), primary key (atenabango, rirekibango, shien, mode))");
        }
        Fixtures.family(Tokens.clerk(), "連携", "レンケイ", "2022-04-01");
        AtomicInteger applied = new AtomicInteger();
        AtomicInteger crashAt = new AtomicInteger(2);

        // idempotent apply: keep the highest 履歴番号 per person
        var handler = (jp.kikan.platform.feed.TransactionalChangeHandler<Map<String, Object>>) (c, item) -> {
            if (applied.incrementAndGet() == crashAt.get()) {
                throw new IllegalStateException("simulated crash of the tax service");
            }
            String atenabango = (String) item.body().get("atenabango");
            int rireki = ((Number) item.body().get("rirekibango")).intValue();
            try (PreparedStatement p = c.prepareStatement("insert into tax_jumin_applied values (?, ?, ?, ?)")) {
                String[] id = item.changeId().split("#");
                p.setString(1, atenabango);
                p.setInt(2, rireki);
                p.setBoolean(3, Boolean.parseBoolean(id[2]));
                p.setString(4, id[3]);
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("insert into tax_jumin_copy (atenabango, rirekibango) values (?, ?) "
                    + "on conflict (atenabango) do update set rirekibango = greatest(tax_jumin_copy.rirekibango, "
                    + "excluded.rirekibango)")) {
                p.setString(1, atenabango);
                p.setInt(2, rireki);
                p.executeUpdate();
            }
        };
        String consumerName = "tax-" + System.nanoTime();
        var first = new JdbcChangeFeedConsumer<>(consumerName, new HttpFeed(), ds, handler, 3);
        assertThatThrownBy(first::drain).hasStackTraceContaining("simulated crash");

        // while the tax service is down, residents keep moving
        JsonPath later = Fixtures.family(Tokens.clerk(), "後続", "コウゾク", "2023-04-01");
        Api.ido(Tokens.clerk()).body(Map.of("setaibango", later.getString("setaibango[0]"), "idonengappi", "2024-04-01",
                "jusho", Fixtures.jusho("10番地"))).post("/v1/ido/tenkyo").then().statusCode(201);

        crashAt.set(-1);
        var restarted = new JdbcChangeFeedConsumer<>(consumerName, new HttpFeed(), ds, handler, 3);
        restarted.drain();

        Map<String, Integer> expected = latestVersionsOfEveryone();
        Map<String, Integer> copy = new HashMap<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select atenabango, rirekibango from tax_jumin_copy")) {
            while (r.next()) {
                copy.put(r.getString(1), r.getInt(2));
            }
        }
        assertThat(copy).isEqualTo(expected);
        // the three new versions of the moved household arrived through the diff, once each
        assertThat(restarted.pollOnce()).isZero();
    }

    private Map<String, Integer> latestVersionsOfEveryone() throws Exception {
        Map<String, Integer> m = new HashMap<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select atenabango, saishin_rirekibango from jumin where lg_code = '"
                        + Tokens.CITY + "'")) {
            while (r.next()) {
                m.put(r.getString(1), r.getInt(2));
            }
        }
        return m;
    }
}
