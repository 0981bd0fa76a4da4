package jp.kikan.kokuho.demo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jp.kikan.kokuho.application.JuminFeed;
import jp.kikan.platform.quarkus.demo.JuminFeedCatchUp;
import org.jboss.logging.Logger;

/**
 * With {@code kikan.demo.enabled=true}: once the resident feed has caught up, records the demo city's insurance status
 * ({@link DemoHokenLoader}; a restart loads again, which adds only the residents who arrived since). Caught up is
 * watched from outside as local tax's demo does ({@code DemoShotokuStartup}): the number of changes taken and the
 * consumer's stored cursor, looked at every {@code settle}, unchanged for {@code stable-checks} looks in a row — the
 * consumer's own poller is draining it and must not get a second reader. Start-up itself never waits.
 */
@ApplicationScoped
public class DemoHokenStartup {

    private static final Logger LOG = Logger.getLogger(DemoHokenStartup.class);

    @Inject
    DemoConfig config;

    @Inject
    AgroalDataSource ds;

    @Inject
    DemoHokenLoader loader;

    private volatile Thread thread;

    void onStart(@Observes StartupEvent e) {
        if (!config.enabled()) {
            return;
        }
        Thread t = new Thread(this::waitThenLoad, "demo-kokuho");
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
    public DemoHokenLoader.Kekka load() {
        DemoHokenLoader.Kekka k = loader.load(config.lgCode(), config.seed());
        LOG.infof("demo insurance status %s: %d persons in %d households (%d already with a 届出): %d 社会保険の加入, "
                + "%d 生活保護の開始 recorded (%d refused), the others 国保 (75+ 後期高齢者医療) in %d ms (seed %d)", config.lgCode(),
                k.jumin(), k.setai(), k.kison(), k.shaho(), k.hogo(), k.refused(),
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
            LOG.errorf(e, "demo insurance status %s not loaded", config.lgCode());
        }
    }

    /** @return true when the residents have stopped arriving, false when none came before {@code max-wait} */
    private boolean awaitFeed() throws InterruptedException {
        return JuminFeedCatchUp.await(ds, config.lgCode(), JuminFeed.NAME, new JuminFeedCatchUp.Settings(config.settle(),
                config.stableChecks(), config.maxWait()), "demo insurance status");
    }
}
