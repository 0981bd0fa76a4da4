package jp.kikan.bench.gatling;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.jsonFile;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The resident records service under an open-model load (arrivals per second, independent of how fast the
 * service answers), one phase after the other:
 *
 * <ol>
 *   <li>{@code baseline}: {@code GET /q/health/live}, the trivial endpoint every ratio is taken against;</li>
 *   <li>{@code kana}, {@code shimei}, {@code seinengappi}, {@code jusho}: {@code GET /v1/jumin} by a 2–3 kana
 *   part of a reading, a surname, a birth date and an address;</li>
 *   <li>{@code tenkyo}: {@code POST /v1/ido/tenkyo} (転居) of households spread over the city, each with a
 *   fresh Idempotency-Key — last, so that the searches meet the city as a running one is (vacuumed), not
 *   right after ten thousand 異動 in half a minute.</li>
 * </ol>
 *
 * <p>Each phase waits {@code bench.pause-seconds} (5; what the service still does for the phase before is not counted), ramps up for {@code bench.warmup-seconds} (its requests are named "… (warm-up)" and kept out of
 * the figures), then holds {@code bench.rate.<phase>} arrivals per second for {@code bench.seconds}. Every
 * request's status is checked (201 for 転居, 200 otherwise): anything else is a KO, never a success. Besides
 * Gatling's own report, the time window of each measured phase (first request sent, last response received)
 * and its OK/KO counts go to {@code bench.windows} (a properties file), so the benchmark can compute each
 * phase's achieved throughput.
 *
 * <p>Input (system properties, set by the benchmark that started the service): {@code bench.base-url},
 * {@code bench.token} (bearer token of a clerk), {@code bench.data} (folder with {@code tenkyo.json},
 * {@code kana.json}, {@code shimei.json}, {@code seinengappi.json}, {@code jusho.json}), {@code bench.windows}.
 */
public class ResidentRecordsSimulation extends Simulation {

    static final List<String> PHASES = List.of("baseline", "kana", "shimei", "seinengappi", "jusho", "tenkyo");

    private static final Map<String, Window> WINDOWS = new LinkedHashMap<>();

    static {
        PHASES.forEach(p -> {
            WINDOWS.put(p, new Window());
            WINDOWS.put(p + ".warmup", new Window());
        });
    }

    /** When a phase's first request left and its last response came back, and how many were OK / KO. */
    static final class Window {
        final AtomicLong first = new AtomicLong(Long.MAX_VALUE);
        final AtomicLong last = new AtomicLong(Long.MIN_VALUE);
        final AtomicLong ok = new AtomicLong();
        final AtomicLong ko = new AtomicLong();
        /** Response times (ms, as Gatling measures them) of the OK requests. */
        final java.util.concurrent.ConcurrentLinkedQueue<Integer> okMillis = new java.util.concurrent.ConcurrentLinkedQueue<>();

        double percentile(double p) {
            int[] sorted = okMillis.stream().mapToInt(Integer::intValue).sorted().toArray();
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int idx = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(idx, sorted.length - 1))];
        }
    }

    private final String token = required("bench.token");
    private final Path data = Path.of(required("bench.data"));
    private final int warmup = Integer.getInteger("bench.warmup-seconds", 5);
    private final int seconds = Integer.getInteger("bench.seconds", 30);
    private final java.time.Duration pause = java.time.Duration.ofSeconds(Integer.getInteger("bench.pause-seconds", 5));

    private final HttpProtocolBuilder protocol = http.baseUrl(required("bench.base-url"))
            .acceptHeader("application/json")
            // one pool of keep-alive connections for all virtual users, as a portal's browsers or a client's pool
            .shareConnections()
            .disableCaching();

    {
        List<PopulationBuilder> phases = new ArrayList<>();
        phases.addAll(phase("baseline", rate("baseline", 1000), name -> http(name).get("/q/health/live")
                .check(responseTimeInMillis().saveAs("rt"), status().is(200)), null));
        for (String param : List.of("kana", "shimei", "seinengappi", "jusho")) {
            phases.addAll(phase(param, rate(param, rate("search", 100)), name -> http(name).get("/v1/jumin")
                    .header("Authorization", "Bearer " + token)
                    .queryParam(param, "#{term}")
                    .check(responseTimeInMillis().saveAs("rt"), status().is(200)), feeder(param)));
        }
        phases.addAll(phase("tenkyo", rate("tenkyo", 320), name -> http(name).post("/v1/ido/tenkyo")
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", session -> java.util.UUID.randomUUID().toString())
                .body(StringBody("#{body}"))
                .check(responseTimeInMillis().saveAs("rt"), status().is(201)), feeder("tenkyo")));
        PopulationBuilder chain = phases.get(0);
        for (int i = 1; i < phases.size(); i++) {
            chain = chain.andThen(phases.get(i));
        }
        setUp(chain).protocols(protocol);
    }

    /** The warm-up (ramp to the rate) and the measured part (the rate held) of one phase. */
    private List<PopulationBuilder> phase(String phase, double rate, Function<String, HttpRequestActionBuilder> request,
            FeederBuilder<Object> feeder) {
        ScenarioBuilder warmScenario = scenario(phase + " warm-up")
                .exec(timed(WINDOWS.get(phase + ".warmup"), request.apply(phase + " (warm-up)"), feeder));
        ScenarioBuilder measuredScenario = scenario(phase).exec(timed(WINDOWS.get(phase), request.apply(phase), feeder));
        // a pause first, so that what the service still does for the phase before is not counted in this one
        ScenarioBuilder idle = scenario(phase + " pause").exec(io.gatling.javaapi.core.CoreDsl.pause(pause));
        return List.of(
                idle.injectOpen(atOnceUsers(1)),
                warmScenario.injectOpen(rampUsersPerSec(Math.max(1, rate / 10)).to(rate).during(warmup)),
                measuredScenario.injectOpen(constantUsersPerSec(rate).during(seconds)));
    }

    /** One request, its outcome and response time counted in the window. */
    private static ChainBuilder timed(Window w, HttpRequestActionBuilder request, FeederBuilder<Object> feeder) {
        return (feeder == null ? io.gatling.javaapi.core.CoreDsl.exec(session -> session)
                : io.gatling.javaapi.core.CoreDsl.feed(feeder))
                .exec(session -> {
                    w.first.accumulateAndGet(System.currentTimeMillis(), Math::min);
                    return session;
                })
                .exec(request)
                .exec(session -> {
                    w.last.accumulateAndGet(System.currentTimeMillis(), Math::max);
                    if (session.isFailed()) {
                        w.ko.incrementAndGet();
                    } else {
                        w.ok.incrementAndGet();
                        w.okMillis.add(session.getInt("rt"));
                    }
                    return session;
                });
    }

    private FeederBuilder<Object> feeder(String name) {
        return jsonFile(data.resolve(name + ".json").toString()).circular();
    }

    @Override
    public void after() {
        StringBuilder sb = new StringBuilder();
        WINDOWS.forEach((phase, w) -> sb.append(String.format(Locale.ROOT,
                "%1$s.first=%2$d%n%1$s.last=%3$d%n%1$s.ok=%4$d%n%1$s.ko=%5$d%n%1$s.rate=%6$s%n"
                        + "%1$s.p50=%7$.0f%n%1$s.p95=%8$.0f%n%1$s.p99=%9$.0f%n%1$s.max=%10$.0f%n", phase, w.first.get(),
                w.last.get(), w.ok.get(), w.ko.get(), rateText(phase), w.percentile(50), w.percentile(95),
                w.percentile(99), w.percentile(100))));
        sb.append("seconds=").append(seconds).append('\n').append("warmup-seconds=").append(warmup).append('\n');
        try {
            Files.writeString(Path.of(required("bench.windows")), sb.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String rateText(String phase) {
        double r = switch (phase.replace(".warmup", "")) {
            case "baseline" -> rate("baseline", 1000);
            case "tenkyo" -> rate("tenkyo", 320);
            default -> rate(phase.replace(".warmup", ""), rate("search", 100));
        };
        return String.valueOf(r);
    }

    private static double rate(String phase, double fallback) {
        String v = System.getProperty("bench.rate." + phase);
        return v == null || v.isBlank() ? fallback : Double.parseDouble(v);
    }

    private static String required(String key) {
        String v = System.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException("system property " + key + " is required");
        }
        return v;
    }
}
