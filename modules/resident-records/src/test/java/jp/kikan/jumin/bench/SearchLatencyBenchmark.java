package jp.kikan.jumin.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import jp.kikan.jumin.application.query.JuminQueryService;
import jp.kikan.jumin.application.query.JuminQueryService.SearchRequest;
import jp.kikan.jumin.demo.DemoCityConfig;
import jp.kikan.jumin.demo.DemoCityLoader;
import jp.kikan.jumin.support.Tokens;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The searches of platform issue §4 one at a time, without load: each term drawn as for
 * {@link ResidentRecordsBenchmark} goes through the service's own search (statements, 支援措置 check, access-log
 * entry, commit) on the 100,000-resident demo city, and the time of each is kept. What a search costs by itself —
 * mean, p50, p95, p99, max per kind and the slowest terms with their hits — is what the load benchmark's tail is
 * made of, measured in a minute rather than in the load's ten.
 *
 * <p>Run: {@code ./mvnw -B -ntp -o -pl modules/resident-records verify -Dtest=SearchLatencyBenchmark
 * -Dexcluded.test.groups= -Dsurefire.failIfNoSpecifiedTests=false}; writes {@code target/search-latency.md}.
 * Knobs: {@code -Dbench.search.residents=} (100000), {@code -Dbench.search.terms=} (per kind, 600).
 */
@QuarkusTest
@Tag("benchmark")
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class SearchLatencyBenchmark {

    private static final long SEED = 20261125L;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    JuminQueryService queries;

    @ConfigProperty(name = "bench.search.residents", defaultValue = "100000")
    int residents;

    @ConfigProperty(name = "bench.search.terms", defaultValue = "600")
    int termsPerKind;

    record Timing(String term, long nanos, long total) {
    }

    @Test
    void searchesOneAtATime() throws Exception {
        String lg = Tokens.CITY;
        DemoCityLoader.LoadResult load = new DemoCityLoader(dataSource).load(DemoCityConfig.demoCity(residents,
                DemoCityConfig.DEFAULT_SEED));
        String visible = BenchDatabase.vacuum(List.of("setai", "jumin", "jumin_rireki", "jumin_sakuin"));
        // the same draw as the load benchmark's: households shuffled first with the same generator
        Random rnd = new Random(SEED);
        Collections.shuffle(rows("select setaibango from jumin where lg_code = '" + lg
                + "' and jumin_jotai = 'jumin' group by setaibango order by setaibango", 1), rnd);
        SearchTerms terms = SearchTerms.draw(rows(SearchTerms.sampleSql(lg, SEED), SearchTerms.SAMPLE_COLUMNS), rnd);
        Caller clerk = new Caller(lg, "clerk", Set.of("jumin-clerk"), "127.0.0.1");

        StringBuilder report = new StringBuilder("# Searches one at a time (platform issue §4)\n\n");
        report.append(String.format(Locale.ROOT, "- city: %s, %s; %d terms per kind after 100 of warm-up; ms per"
                + " search through JuminQueryService.search (statements, 支援措置, access-log entry, commit)%n",
                lg, load.skipped() ? "loaded before" : String.format(Locale.ROOT, "%,d residents loaded in %.1f s",
                        load.loaded(), load.elapsed().toMillis() / 1000.0), termsPerKind));
        report.append("- after the load, VACUUM ANALYZE: ").append(visible).append("\n\n");
        report.append("Kinds taken in turn (one kana, one surname, one birth date, one address, …), so that whatever"
                + " else runs on the machine weighs on each alike; \"÷ birth date\" is a kind's mean over birth date's"
                + " (a search already within §4's goal) in the same run.\n\n");
        report.append("| kind | searches | mean | ÷ birth date | p50 | p95 | p99 | max | slowest (hits) |\n");
        report.append("|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
        List<Kind> kinds = List.of(
                new Kind("kana (2–3 kana, partial)", terms.kana(), t -> new SearchRequest(t, null, null, null, null,
                        false, 20, 0)),
                new Kind("surname", terms.surnames(), t -> new SearchRequest(null, t, null, null, null, false, 20, 0)),
                new Kind("birth date", terms.birthdays(), t -> new SearchRequest(null, null, t, null, null, false, 20,
                        0)),
                new Kind("address", terms.addresses(), t -> new SearchRequest(null, null, null, t, null, false, 20,
                        0)));
        for (int i = 0; i < 100 + termsPerKind; i++) {
            for (Kind k : kinds) {
                k.run(clerk, i, i >= 100);
            }
        }
        double base = kinds.get(2).mean();
        for (Kind k : kinds) {
            report.append(k.row(base));
        }
        System.out.println(report);
        Path out = Path.of("target", "search-latency.md");
        Files.writeString(out, report);
        System.out.println("[bench] written to " + out.toAbsolutePath());
    }

    /** One kind of search: its terms (shuffled), the request for a term, and the times measured. */
    final class Kind {
        final String name;
        final List<String> terms;
        final Function<String, SearchRequest> request;
        final List<Timing> timings = new ArrayList<>();

        Kind(String name, List<String> all, Function<String, SearchRequest> request) {
            this.name = name;
            this.terms = new ArrayList<>(all);
            Collections.shuffle(this.terms, new Random(SEED ^ name.hashCode()));
            this.request = request;
            assertThat(terms).as(name + " terms").hasSizeGreaterThan(100);
        }

        void run(Caller clerk, int i, boolean measured) {
            String t = terms.get(i % terms.size());
            long t0 = System.nanoTime();
            long total = queries.search(clerk, request.apply(t)).total();
            if (measured) {
                timings.add(new Timing(t, System.nanoTime() - t0, total));
            }
        }

        double mean() {
            return timings.stream().mapToLong(Timing::nanos).average().orElse(0) / 1e6;
        }

        String row(double base) {
            List<Timing> sorted = timings.stream().sorted(Comparator.comparingLong(Timing::nanos)).toList();
            StringBuilder slowest = new StringBuilder();
            for (int i = sorted.size() - 1; i >= Math.max(0, sorted.size() - 5); i--) {
                Timing t = sorted.get(i);
                slowest.append(String.format(Locale.ROOT, "%s %.1f (%d) ", t.term(), t.nanos() / 1e6, t.total()));
            }
            return String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %s|%n", name,
                    sorted.size(), mean(), mean() / base, pct(sorted, 0.50), pct(sorted, 0.95), pct(sorted, 0.99),
                    sorted.get(sorted.size() - 1).nanos() / 1e6, slowest);
        }
    }

    private static double pct(List<Timing> sorted, double p) {
        int i = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(i, sorted.size() - 1))).nanos() / 1e6;
    }

    private List<String[]> rows(String sql, int columns) throws SQLException {
        List<String[]> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
                ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                String[] row = new String[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = r.getString(i + 1);
                }
                out.add(row);
            }
        }
        return out;
    }
}
