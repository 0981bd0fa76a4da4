package jp.kikan.kokuho.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * {@code kikan.demo.*}: the demo city's insurance status at start-up (off by default; the local run sets
 * {@code KIKAN_DEMO_ENABLED=true}, as for resident records' and local tax's demo).
 */
@ConfigMapping(prefix = "kikan.demo")
public interface DemoConfig {

    @WithDefault("false")
    boolean enabled();

    /** The municipality whose residents get an insurance status (the demo city 架空県みなみ市). */
    @WithDefault("999997")
    String lgCode();

    /** The same seed gives the same status to the same 宛名番号 (local tax's demo default: the same 生活保護 households). */
    @WithDefault("20261125")
    long seed();

    /** How often to look whether the resident feed is still bringing residents. */
    @WithDefault("5S")
    Duration settle();

    /** How many looks in a row must find nothing new before the feed counts as caught up. */
    @WithDefault("3")
    int stableChecks();

    /** Give up waiting for residents after this long (nothing is loaded when there are none). */
    @WithDefault("30M")
    Duration maxWait();
}
