package jp.kikan.kaigo.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.quarkus.municipality.Municipalities;
import jp.kikan.platform.time.BusinessCalendar;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs the 65歳到達 ({@link NenreiTotatsuShori}) for every municipality this deployment serves, every {@code interval}
 * from startup when enabled (the feed pod, not the API pods): reaching 65 changes nothing in the resident record, so
 * without it a resident with no change around the birthday would become insured only at their next change. The
 * idempotency key is the business date, so the runs of one day after the first replay its result.
 */
@ApplicationScoped
public class NenreiTotatsuJikko {

    private static final Logger LOG = Logger.getLogger(NenreiTotatsuJikko.class);
    static final String ACTOR = "job:nenrei-totatsu";

    @ConfigProperty(name = "kikan.kaigo.nenrei-totatsu.enabled", defaultValue = "false")
    boolean enabled;

    @ConfigProperty(name = "kikan.kaigo.nenrei-totatsu.interval", defaultValue = "1H")
    Duration interval;

    @Inject
    NenreiTotatsuShori shori;

    @Inject
    Municipalities municipalities;

    @Inject
    BusinessCalendar calendar;

    @Inject
    ObjectMapper mapper;

    private volatile ScheduledExecutorService timer;

    void start(@Observes StartupEvent e) {
        if (enabled) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "kaigo-nenrei-totatsu");
                t.setDaemon(true);
                return t;
            });
            timer.scheduleWithFixedDelay(this::runAll, 0, interval.toSeconds(), TimeUnit.SECONDS);
        }
    }

    void stop(@Observes ShutdownEvent e) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    /** One run for each municipality; one that fails is logged and tried again at the next run. */
    public List<NenreiTotatsuShori.Kekka> runAll() {
        List<NenreiTotatsuShori.Kekka> out = new ArrayList<>();
        String kijunbi = calendar.today().toString();
        for (String lg : municipalities.lgCodes()) {
            try {
                out.add(shori.run(new Caller(lg, ACTOR, Set.of(Roles.CLERK), "scheduler"), "nenrei-totatsu:" + kijunbi,
                        mapper.createObjectNode().put("kijunbi", kijunbi)));
            } catch (RuntimeException ex) {
                LOG.warnf(ex, "65歳到達の処理 (%s, %s) に失敗しました。次の実行で再試行します", lg, kijunbi);
            }
        }
        return out;
    }
}
