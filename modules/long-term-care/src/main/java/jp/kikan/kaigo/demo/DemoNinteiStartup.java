package jp.kikan.kaigo.demo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import jp.kikan.kaigo.application.JuminFeed;
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
        long deadline = System.nanoTime() + config.maxWait().toNanos();
        String last = null;
        int stable = 0;
        while (true) {
            String[] now = sample();
            long changes = Long.parseLong(now[0]);
            String key = now[0] + "@" + now[1];
            stable = changes > 0 && key.equals(last) ? stable + 1 : 0;
            if (stable >= config.stableChecks()) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                LOG.warnf("demo 認定 %s: %s after %s", config.lgCode(), changes == 0 ? "no residents, nothing loaded"
                        : "the resident feed still moves; loading the residents there are", config.maxWait());
                return changes > 0;
            }
            last = key;
            Thread.sleep(config.settle().toMillis());
        }
    }

    private String[] sample() {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("select (select count(*) from "
                + "jumin_kiroku where lg_code = ?), (select cursor from feed_cursor where consumer = ?)")) {
            ps.setString(1, config.lgCode());
            ps.setString(2, JuminFeed.NAME);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new String[] {Long.toString(rs.getLong(1)), rs.getString(2)};
            }
        } catch (SQLException e) {
            throw new IllegalStateException("demo 認定: cannot read the feed's progress: " + e.getMessage(), e);
        }
    }
}
