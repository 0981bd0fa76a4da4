package jp.kikan.chihozei.demo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import jp.kikan.chihozei.application.JuminFeed;
import jp.kikan.chihozei.kojinjuminzei.parameter.loader.ParameterRepository;
import jp.kikan.platform.time.BusinessCalendar;
import jp.kikan.platform.quarkus.demo.JuminFeedCatchUp;
import org.jboss.logging.Logger;

/**
 * With {@code kikan.demo.enabled=true}: once the resident feed has caught up, loads the demo incomes once (a restart
 * loads again, which adds only the residents who have arrived since: the loader skips whoever has data), then the
 * demo land, houses and vehicles ({@link DemoShisanLoader}, idempotent per household).
 *
 * <p>Caught up = the consumer has no more pages. That is watched from outside, not asked: the platform's consumer is
 * not thread-safe and its poller is already draining it ({@code JuminFeed}), so a {@code drain()} here would run a
 * second reader on the same cursor. Instead, a background thread looks every {@code settle} (5 s) at the number of
 * changes taken and the consumer's stored cursor; a drain moves both page after page without pausing, so when neither
 * has moved for {@code stable-checks} looks in a row (15 s, well over the 2 s poll interval) the consumer is idle
 * between polls — it has read everything the provider had. With the feed off (tests, another way of loading the
 * residents) the numbers simply stand still. Start-up itself never waits: the service serves meanwhile.
 */
@ApplicationScoped
public class DemoShotokuStartup {

    private static final Logger LOG = Logger.getLogger(DemoShotokuStartup.class);

    @Inject
    DemoShotokuConfig config;

    @Inject
    AgroalDataSource ds;

    @Inject
    ParameterRepository parameters;

    @Inject
    BusinessCalendar calendar;

    @Inject
    Clock clock;

    @Inject
    DemoShisanLoader shisan;

    private volatile Thread thread;

    void onStart(@Observes StartupEvent e) {
        if (!config.enabled()) {
            return;
        }
        Thread t = new Thread(this::waitThenLoad, "demo-shotoku");
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

    /** Loads now, with the configured municipality, 年度 and seed (outside any transaction: the loader commits). */
    public DemoShotokuLoader.Kekka load() {
        DemoShotokuGenerator generator = new DemoShotokuGenerator(config.seed(), config.lgCode(), parameters);
        DemoShotokuLoader.Kekka k = new DemoShotokuLoader(ds, generator, clock).load(config.lgCode(), config.nendo(),
                calendar.today());
        LOG.infof("demo incomes %s 年度 %d: %d residents on the 賦課期日 (%d already with data): %d 申告, %d 給与支払報告書 "
                + "in %d files, %d adults 未申告, in %d ms (seed %d)", k.lgCode(), k.nendo(), k.jumin(), k.kison(), k.shinkoku(),
                k.hokoku(), k.files(), k.mishinkoku(), k.elapsed().toMillis(), config.seed());
        return k;
    }

    /** Registers the demo land, houses and vehicles (idempotent: a second run replays). */
    public DemoShisanLoader.Kekka loadShisan() {
        DemoShisanLoader.Kekka k = shisan.load(config.lgCode(), config.nendo(), config.seed());
        LOG.infof("demo assets %s: %d households: %d parcels, %d houses, %d vehicles, %d 法人 with a 償却資産申告 registered "
                + "(%d refused) in %d ms", config.lgCode(), k.setai(), k.tochi(), k.kaoku(), k.sharyo(), k.hojin(), k.refused(),
                k.elapsed().toMillis());
        return k;
    }

    private void waitThenLoad() {
        try {
            if (awaitFeed()) {
                load();
                loadShisan();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.errorf(e, "demo incomes %s 年度 %d not loaded", config.lgCode(), config.nendo());
        }
    }

    /** @return true when the residents have stopped arriving, false when none came before {@code max-wait} */
    private boolean awaitFeed() throws InterruptedException {
        return JuminFeedCatchUp.await(ds, config.lgCode(), JuminFeed.NAME, new JuminFeedCatchUp.Settings(config.settle(),
                config.stableChecks(), config.maxWait()), "demo incomes");
    }
}
