package jp.kikan.jumin.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code kikan.demo.*}: load a demo city at startup (off by default). */
@ConfigMapping(prefix = "kikan.demo")
public interface DemoConfig {

    @WithDefault("false")
    boolean enabled();

    @WithDefault("999997")
    String lgCode();

    @WithDefault("10000")
    int residents();

    @WithDefault("20261125")
    long seed();

    @WithDefault("架空県")
    String todofuken();

    @WithDefault("みなみ市")
    String shikugunchosonmei();
}
