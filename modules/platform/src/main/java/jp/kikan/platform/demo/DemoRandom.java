package jp.kikan.platform.demo;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Deterministic draws: a stream per (seed, key…) — the same seed and 宛名番号 give the same person on every machine
 * and run, whatever order people are generated in. StrictMath, not Math: the results must not depend on the JVM's
 * intrinsics. Every service's demo draws with it, so a draw under the same seed and key — a household's 生活保護 — is the
 * same in local tax, health insurance and long-term care.
 */
public final class DemoRandom {

    private DemoRandom() {
    }

    public static SplittableRandom of(long seed, String... keys) {
        long h = 0xcbf29ce484222325L; // FNV-1a 64: stable across JVMs, unlike String.hashCode's 32 bits
        for (String k : keys) {
            for (byte b : (k == null ? "" : k).getBytes(StandardCharsets.UTF_8)) {
                h = (h ^ (b & 0xff)) * 0x100000001b3L;
            }
            h = (h ^ 0x1f) * 0x100000001b3L;
        }
        return new SplittableRandom(mix(seed ^ mix(h)));
    }

    /** A standard normal draw (Box–Muller). */
    public static double gaussian(SplittableRandom r) {
        double u = 1.0 - r.nextDouble(); // (0, 1]: log is finite
        return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * StrictMath.PI * r.nextDouble());
    }

    /** A log-normal amount in yen with the given median, clamped to [min, max]. */
    public static long lognormal(SplittableRandom r, double median, double sigma, long min, long max) {
        long v = StrictMath.round(median * StrictMath.exp(sigma * gaussian(r)));
        return Math.max(min, Math.min(max, v));
    }

    /** Uniform in [from, to] in steps of {@code step} (e.g. a monthly premium in 1,000 yen steps). */
    public static long between(SplittableRandom r, long from, long to, long step) {
        return from + step * r.nextLong((to - from) / step + 1);
    }

    public static boolean chance(SplittableRandom r, double p) {
        return r.nextDouble() < p;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
