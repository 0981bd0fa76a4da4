package jp.kikan.platform.quarkus.feed.consumer;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;

/**
 * Keeps a consumer up to date: drains the feed, waits {@code interval}, drains again. A failure (provider
 * down, token refused, an item that failed) waits longer each time — doubling from one second up to
 * {@code maxBackoff}, with jitter so that many consumers do not retry in step — and the first success goes
 * back to the normal interval. Runs on a thread of its own until {@link #stop()}.
 */
public final class FeedPoller implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(FeedPoller.class);

    private final TransactionalFeedConsumer<?> consumer;
    private final Duration interval;
    private final Duration maxBackoff;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile int consecutiveFailures;

    public FeedPoller(TransactionalFeedConsumer<?> consumer, Duration interval, Duration maxBackoff) {
        this.consumer = consumer;
        this.interval = interval;
        this.maxBackoff = maxBackoff;
        this.thread = new Thread(this::loop, "feed-consumer-" + consumer.name());
        this.thread.setDaemon(true);
    }

    public FeedPoller start() {
        thread.start();
        return this;
    }

    /** Failures since the last success (0 while healthy). */
    public int consecutiveFailures() {
        return consecutiveFailures;
    }

    /** How long to wait after the n-th consecutive failure: 1 s, 2 s, 4 s … capped, ±20 % jitter. */
    static Duration backoff(int failures, Duration max) {
        long base = Math.min(max.toMillis(), 1000L << Math.min(failures - 1, 20));
        double jitter = 0.8 + ThreadLocalRandom.current().nextDouble() * 0.4;
        return Duration.ofMillis((long) (base * jitter));
    }

    private void loop() {
        while (running) {
            Duration wait = interval;
            try {
                consumer.drain();
                consecutiveFailures = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                consecutiveFailures++;
                wait = backoff(consecutiveFailures, maxBackoff);
                LOG.warnf("%s: poll failed (%d in a row), next try in %d ms: %s", consumer.name(), consecutiveFailures,
                        wait.toMillis(), e.toString());
            }
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    public void stop() {
        running = false;
        thread.interrupt();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
