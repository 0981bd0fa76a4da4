package jp.kikan.jumin.feed;

import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import jp.kikan.jumin.support.Api;
import jp.kikan.jumin.support.Fixtures;
import jp.kikan.jumin.support.Tokens;

/**
 * Clerks at work while a consumer reads the feed: 転居 of households, and 支援措置 registered on people
 * (each person at most once, so "active now" is unambiguous) and ended again.
 */
final class ClerkWorkload {

    private final Random random;
    private final List<String> households = new ArrayList<>();
    private final List<String> unprotected = new ArrayList<>();
    private final List<String[]> activeMeasures = new ArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicInteger done = new AtomicInteger();
    private Thread thread;
    private volatile Throwable failure;

    ClerkWorkload(Random random) {
        this.random = random;
    }

    void prepare(int families) {
        for (int i = 0; i < families; i++) {
            JsonPath fam = Fixtures.family(Tokens.clerk(), "連" + UUID.randomUUID().toString().substring(0, 5), "レンケイ",
                    "2022-04-01");
            households.add(fam.getString("setaibango[0]"));
            unprotected.addAll(fam.getList("jumin.atenabango", String.class));
        }
    }

    void start() {
        running.set(true);
        thread = new Thread(() -> {
            try {
                while (running.get()) {
                    step();
                    done.incrementAndGet();
                    Thread.sleep(20);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Throwable t) {
                failure = t;
            }
        }, "clerks");
        thread.start();
    }

    private void step() {
        int r = random.nextInt(10);
        if (r < 6) {
            String setai = households.get(random.nextInt(households.size()));
            Api.ido(Tokens.clerk()).body(Map.of("setaibango", setai, "idonengappi", "2024-06-01",
                    "jusho", Fixtures.jusho(random.nextInt(9000) + "番地"))).post("/v1/ido/tenkyo").then().statusCode(201);
        } else if (r < 8 && !unprotected.isEmpty()) {
            String person = unprotected.remove(random.nextInt(unprotected.size()));
            String id = Api.as(Tokens.supervisor()).header("Idempotency-Key", UUID.randomUUID().toString())
                    .body(Map.of("kaishibi", "2024-01-01", "taisho", List.of("shokai")))
                    .post("/v1/jumin/" + person + "/shien-sochi").then().statusCode(201).extract().path("sochi_id");
            activeMeasures.add(new String[] {person, id});
        } else if (!activeMeasures.isEmpty()) {
            String[] m = activeMeasures.remove(random.nextInt(activeMeasures.size()));
            Api.as(Tokens.supervisor()).body(Map.of("shuryobi", "2024-02-01"))
                    .post("/v1/jumin/" + m[0] + "/shien-sochi/" + m[1] + "/shuryo").then().statusCode(200);
        }
    }

    void stop() throws InterruptedException {
        running.set(false);
        thread.join(30_000);
        if (failure != null) {
            throw new AssertionError("a clerk's request failed", failure);
        }
    }

    int done() {
        return done.get();
    }

    /** The source's truth: atenabango → "rirekibango|shimei|shien" of every resident recorded in the municipality. */
    static Map<String, String> sourceState(DataSource db, String lgCode) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("select h.atenabango, "
                + "h.saishin_rirekibango, r.shimei, exists (select 1 from shien_sochi s where s.lg_code = h.lg_code "
                + "and s.atenabango = h.atenabango and not exists (select 1 from shien_sochi_shuryo e "
                + "where e.lg_code = s.lg_code and e.sochi_id = s.sochi_id and e.shuryobi <= current_date)) "
                + "from jumin h join jumin_rireki r on r.lg_code = h.lg_code and r.atenabango = h.atenabango "
                + "and r.rirekibango = h.saishin_rirekibango where h.lg_code = ?")) {
            ps.setString(1, lgCode);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getInt(2) + "|" + rs.getString(3) + "|" + rs.getBoolean(4));
                }
            }
        }
        return out;
    }
}
