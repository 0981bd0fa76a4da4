package jp.kikan.jumin.demo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * With {@code kikan.demo.enabled=true}, loads the demo city at startup (after Flyway has migrated, which
 * Quarkus does before StartupEvent when {@code quarkus.flyway.migrate-at-start=true}). Skips when the
 * municipality already has residents, so restarts are cheap. Runs on the startup thread, outside any
 * transaction (the loader manages its own); 10,000 residents take about a second, 100,000 about 10–20 s,
 * 1,000,000 about a minute — startup waits for it.
 */
@ApplicationScoped
public class DemoCityStartup {

    private static final Logger LOG = Logger.getLogger(DemoCityStartup.class);

    private final DemoConfig config;
    private final AgroalDataSource dataSource;

    public DemoCityStartup(DemoConfig config, AgroalDataSource dataSource) {
        this.config = config;
        this.dataSource = dataSource;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        DemoCityConfig cfg = new DemoCityConfig(config.lgCode(), config.todofuken(), config.shikugunchosonmei(),
                config.residents(), config.seed());
        DemoCityLoader.LoadResult result = new DemoCityLoader(dataSource).load(cfg);
        if (result.skipped()) {
            LOG.infof("demo city %s%s (%s): residents already present, not loaded", cfg.todofuken(),
                    cfg.shikugunchosonmei(), cfg.lgCode());
        } else {
            LOG.infof("demo city %s%s (%s): loaded %d residents in %d households in %d ms (seed %d)",
                    cfg.todofuken(), cfg.shikugunchosonmei(), cfg.lgCode(), result.loaded(), result.households(),
                    result.elapsed().toMillis(), cfg.seed());
        }
    }
}
