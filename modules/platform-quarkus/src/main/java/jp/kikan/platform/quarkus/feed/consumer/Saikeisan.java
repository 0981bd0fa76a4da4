package jp.kikan.platform.quarkus.feed.consumer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.List;
import java.util.function.BiConsumer;
import jp.kikan.platform.problem.RuleViolationException;
import org.jboss.logging.Logger;

/**
 * Re-runs a service's own command for each record that another service's change affects (a 更正 of income in local tax
 * → the premiums that used it). Each run is its own transaction with an idempotency key made of the feed, the change's
 * 変更番号 and the record, so a re-delivered change replays the stored result instead of running twice; a record the
 * command refuses (e.g. another income still unknown) is logged and left as it is, and does not hold back the feed.
 */
public final class Saikeisan {

    private static final Logger LOG = Logger.getLogger(Saikeisan.class);

    private Saikeisan() {
    }

    /** @param command runs the command for a record with the idempotency key given */
    public static void rerun(String feed, long henkoBango, List<String> records, BiConsumer<String, String> command) {
        for (String r : records) {
            String key = feed + ":" + henkoBango + ":" + r;
            try {
                QuarkusTransaction.requiringNew().run(() -> command.accept(key, r));
            } catch (RuleViolationException e) {
                LOG.infof("%s の変更 %d による再計算を保留 (%s): %s", feed, henkoBango, r, e.getMessage());
            }
        }
    }
}
