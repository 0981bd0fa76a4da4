package jp.kikan.jumin.demo;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Times generating and loading 100,000 residents into an embedded PostgreSQL. Prints the figures, asserts
 * nothing about time. Run with {@code ./mvnw -Pbench -pl modules/resident-records -am test -Dtest='DemoCity*'
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class DemoCityLoadBenchmarkTest {

    @Test
    void load100k() throws Exception {
        int residents = Integer.getInteger("kikan.demo.bench.residents", 100_000);
        DemoCityConfig cfg = DemoCityConfig.demoCity(residents, DemoCityConfig.DEFAULT_SEED);
        long t0 = System.nanoTime();
        long generated = DemoCityGenerator.residents(cfg).count();
        long genMs = (System.nanoTime() - t0) / 1_000_000;
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            DemoCityLoaderTest.migrate(pg.getPostgresDatabase());
            DemoCityLoader.LoadResult r = new DemoCityLoader(pg.getPostgresDatabase()).load(cfg);
            System.out.printf("[bench] demo city: generated %d residents in %d ms; loaded %d residents / %d households"
                    + " in %d ms%n", generated, genMs, r.loaded(), r.households(), r.elapsed().toMillis());
        }
    }
}
