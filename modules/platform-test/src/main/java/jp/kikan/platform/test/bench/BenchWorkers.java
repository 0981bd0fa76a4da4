package jp.kikan.platform.test.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * A benchmark's job workers: {@code n} threads, each running {@code worker} with its own id ({@code bench-0},
 * {@code bench-1}, …) — typically the service's {@code JobWorkers.drain(id)} — timed from the first start to the last
 * end. A worker's failure fails the benchmark.
 */
public final class BenchWorkers {

    private BenchWorkers() {
    }

    /** Runs the workers to their end; returns the seconds taken. */
    public static double run(int n, Consumer<String> worker) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            long start = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < n; w++) {
                String id = "bench-" + w;
                running.add(pool.submit(() -> worker.accept(id)));
            }
            for (Future<?> f : running) {
                f.get();
            }
            return (System.nanoTime() - start) / 1e9;
        } finally {
            pool.shutdown();
        }
    }
}
