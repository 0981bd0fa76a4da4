package jp.kikan.platform.quarkus.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Whether a service's consumer of the resident feed has caught up, for the demo loaders that start once the demo city's
 * residents are in. Watched from outside, not asked: the platform's consumer is not thread-safe and its poller is already
 * draining it, so a drain here would run a second reader on the same cursor. Every {@code settle} this looks at the number
 * of residents taken and the consumer's stored cursor; a drain moves both page after page, so when neither has moved for
 * {@code stableChecks} looks in a row the consumer is idle between polls — it has read everything the provider had. With
 * the feed off (tests, another way of loading the residents) the numbers simply stand still.
 */
public final class JuminFeedCatchUp {

    private static final Logger LOG = Logger.getLogger(JuminFeedCatchUp.class);

    /** The demo's {@code kikan.demo.settle}, {@code stable-checks} and {@code max-wait}. */
    public record Settings(Duration settle, int stableChecks, Duration maxWait) {
    }

    private record Sample(long changes, String cursor) {

        String key() {
            return changes + "@" + cursor;
        }
    }

    private JuminFeedCatchUp() {
    }

    /**
     * @param consumer the consumer's name in feed_cursor
     * @param what     the demo's name for the log ("demo incomes")
     * @return true when the residents have stopped arriving (or still arrive after {@code maxWait}: load those there
     *         are), false when none came before it
     */
    public static boolean await(DataSource ds, String lgCode, String consumer, Settings s, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + s.maxWait().toNanos();
        String last = null;
        int stable = 0;
        while (true) {
            Sample now = sample(ds, lgCode, consumer, what);
            stable = now.changes() > 0 && now.key().equals(last) ? stable + 1 : 0;
            if (stable >= s.stableChecks()) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                if (now.changes() == 0) {
                    LOG.warnf("%s %s: no residents after %s, nothing loaded", what, lgCode, s.maxWait());
                    return false;
                }
                LOG.warnf("%s %s: the resident feed still moves after %s; loading the residents there are", what, lgCode,
                        s.maxWait());
                return true;
            }
            last = now.key();
            Thread.sleep(s.settle().toMillis());
        }
    }

    private static Sample sample(DataSource ds, String lgCode, String consumer, String what) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("select (select count(*) from "
                + "jumin_kiroku where lg_code = ?), (select cursor from feed_cursor where consumer = ?)")) {
            ps.setString(1, lgCode);
            ps.setString(2, consumer);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Sample(rs.getLong(1), rs.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(what + ": cannot read the feed's progress: " + e.getMessage(), e);
        }
    }
}
