package jp.kikan.chihozei.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code kikan.demo.*}: demo incomes for the demo city at start-up (off by default). */
@ConfigMapping(prefix = "kikan.demo")
public interface DemoShotokuConfig {

    @WithDefault("false")
    boolean enabled();

    /** The municipality whose residents get incomes (the demo city 架空県みなみ市). */
    @WithDefault("999997")
    String lgCode();

    /** The 年度 (西暦: 2026 = 令和8年度, incomes of 2025). */
    @WithDefault("2026")
    int nendo();

    /** The same seed gives the same incomes to the same 宛名番号. */
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
