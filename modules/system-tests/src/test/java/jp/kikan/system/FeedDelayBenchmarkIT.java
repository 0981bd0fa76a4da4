package jp.kikan.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The delay from a 異動 committed in resident records to its effect in local tax (the goal: p99 ≤ 2 s), the
 * services as separate processes as in {@link LocalTaxAcrossServicesIT}. Open model: 転入 are sent at a fixed rate
 * whether or not earlier ones have arrived; each new resident is then looked up in local tax every
 * {@value #CHECK_MS} ms until it is there. Beside it, measured in the same run: the round trip of that lookup (the
 * detection cost) and local tax's poll interval (200 ms in the suite), the floor of any delay.
 * Run with {@code ./mvnw -Pbench -pl modules/system-tests -am verify -Dit.test=FeedDelayBenchmarkIT}.
 */
@Tag("benchmark")
class FeedDelayBenchmarkIT {

    static final int CHECK_MS = 20;
    static final int RATE_PER_S = Integer.getInteger("kikan.bench.feed-delay.rate", 4);
    static final int SECONDS = Integer.getInteger("kikan.bench.feed-delay.seconds", 60);

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Suite suite;

    @BeforeAll
    static void start() throws Exception {
        suite = Suite.shared(PortalLoginIT.TOKEN_LIFESPAN_S);
    }

    record Pending(String atenabango, long committedNanos) {
    }

    /** A user's token, renewed before it expires (the suite's tokens live {@value PortalLoginIT#TOKEN_LIFESPAN_S} s). */
    static final class Token {
        private final String user;
        private String token;
        private long at;

        Token(String user) {
            this.user = user;
        }

        synchronized String get() throws Exception {
            if (token == null || System.nanoTime() - at > TimeUnit.SECONDS.toNanos(PortalLoginIT.TOKEN_LIFESPAN_S / 2)) {
                token = suite.passwordToken(user);
                at = System.nanoTime();
            }
            return token;
        }
    }

    @Test
    void printsTheP99DelayFromAMoveInToLocalTax() throws Exception {
        Token clerk = new Token("clerk");
        Token zeimu = new Token("zeimu");
        ConcurrentLinkedQueue<Pending> pending = new ConcurrentLinkedQueue<>();
        List<Long> delays = Collections.synchronizedList(new ArrayList<>());
        List<Long> lookups = Collections.synchronizedList(new ArrayList<>());
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        int total = RATE_PER_S * SECONDS;
        ScheduledExecutorService senders = Executors.newScheduledThreadPool(4);
        for (int i = 0; i < total; i++) {
            int n = i;
            senders.schedule(() -> {
                try {
                    JsonNode moved = suite.post(clerk.get(), "/v1/ido/tennyu", PortalLoginIT.tennyu("遅延", "チエン"));
                    // the command has committed when it answers: the clock of the delay starts here
                    pending.add(new Pending(moved.at("/jumin/0/atenabango").asText(), System.nanoTime()));
                } catch (Exception e) {
                    failures.add("転入 " + n + ": " + e.getMessage());
                }
            }, i * 1000L / RATE_PER_S, TimeUnit.MILLISECONDS);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS + 60L);
        while (delays.size() + failures.size() < total && System.nanoTime() < deadline) {
            List<Pending> round = new ArrayList<>(pending);
            for (Pending p : round) {
                long t0 = System.nanoTime();
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(suite.taxUrl() + "/v1/nozeigimusha/"
                        + p.atenabango())).header("Authorization", "Bearer " + zeimu.get()).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                long t1 = System.nanoTime();
                lookups.add(t1 - t0);
                if (r.statusCode() == 200) {
                    delays.add(t1 - p.committedNanos());
                    pending.remove(p);
                }
            }
            Thread.sleep(CHECK_MS);
        }
        senders.shutdown();
        assertThat(failures).as("転入 refused").isEmpty();
        assertThat(delays).as("every 転入 reached local tax").hasSize(total);
        List<Long> d = new ArrayList<>(delays);
        Collections.sort(d);
        List<Long> l = new ArrayList<>(lookups);
        Collections.sort(l);
        System.out.printf("%nfeed delay 異動 → local tax (%d 転入 at %d/s, open model): p50 %d ms, p95 %d ms, p99 %d ms, "
                + "max %d ms (goal p99 ≤ 2000 ms)%n", total, RATE_PER_S, ms(d, 0.50), ms(d, 0.95), ms(d, 0.99),
                d.get(d.size() - 1) / 1_000_000);
        System.out.printf("baseline, same run: local tax lookup round trip p50 %d ms, p99 %d ms; consumer poll interval "
                + "200 ms; check interval %d ms%n", ms(l, 0.50), ms(l, 0.99), CHECK_MS);
    }

    private static long ms(List<Long> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1_000_000;
    }
}
