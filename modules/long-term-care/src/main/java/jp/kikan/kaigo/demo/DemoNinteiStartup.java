package jp.kikan.kaigo.demo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jp.kikan.kaigo.application.JuminFeed;
import jp.kikan.platform.quarkus.demo.JuminFeedCatchUp;
import org.jboss.logging.Logger;

/**
 * With {@code kikan.demo.enabled=true}: once the resident feed has caught up, records the demo city's 要介護認定 histories and facility stays
 * ({@link DemoNinteiLoader}; a restart loads again, which adds only the residents who arrived since). Caught up is
 * watched from outside as local tax's demo does ({@code DemoShotokuStartup}): the number of changes taken and the
 * consumer's stored cursor, looked at every {@code settle}, unchanged for {@code stable-checks} looks in a row — the
 * consumer's own poller is draining it and must not get a second reader. Start-up itself never waits.
 */
@ApplicationScoped
public class DemoNinteiStartup {

    private static final Logger LOG = Logger.getLogger(DemoNinteiStartup.class);

    @Inject
    DemoConfig config;

    @Inject
    AgroalDataSource ds;

    @Inject
    DemoNinteiLoader loader;

    private volatile Thread thread;

    void onStart(@Observes StartupEvent e) {
        if (!config.enabled()) {
            return;
        }
        Thread t = new Thread(this::waitThenLoad, "demo-kaigo");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    void onStop(@Observes ShutdownEvent e) {
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
    }

    /** Loads now, with the configured municipality and seed. */
    public DemoNinteiLoader.Kekka load() {
        DemoNinteiLoader.Kekka k = loader.load(config.lgCode(), config.seed());
        LOG.infof("demo 認定 %s: %d persons 第1号 (%d already with an application or 届出): %d certified (%d 更新), "
                + "%d applications open, %d 住所地特例, %d 適用除外施設 recorded (%d refused) in %d ms (seed %d)", config.lgCode(),
                k.dai1go(), k.kison(), k.nintei(), k.koshin(), k.open(), k.tokurei(), k.jogai(), k.refused(),
                k.elapsed().toMillis(), config.seed());
        return k;
    }

    private void waitThenLoad() {
        try {
            if (awaitFeed()) {
                load();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.errorf(e, "demo 認定 %s not loaded", config.lgCode());
        }
    }

    /** @return true when the residents have stopped arriving, false when none came before {@code max-wait} */
    private boolean awaitFeed() throws InterruptedException {
        return JuminFeedCatchUp.await(ds, config.lgCode(), JuminFeed.NAME, new JuminFeedCatchUp.Settings(config.settle(),
                config.stableChecks(), config.maxWait()), "demo 認定");
    }
}
