package jp.kikan.platform.feed;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * A consumer's own rows in its own database (db/platform V1_0_3 and V1_0_6): the cursor, the marker of each
 * change applied (or given up on), and the failures of a change that has not applied yet. Every method runs
 * on the connection of the caller's transaction and never commits. Shared by {@link JdbcChangeFeedConsumer}
 * and the JTA consumer of kikan-platform-quarkus.
 */
public final class FeedConsumerState {

    private final String consumer;

    public FeedConsumerState(String consumer) {
        this.consumer = consumer;
    }

    public String cursor(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT cursor FROM feed_cursor WHERE consumer = ?")) {
            ps.setString(1, consumer);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    public void storeCursor(Connection c, String cursor) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO feed_cursor (consumer, cursor, updated_at) "
                + "VALUES (?, ?, ?) ON CONFLICT (consumer) DO UPDATE SET cursor = EXCLUDED.cursor, "
                + "updated_at = EXCLUDED.updated_at")) {
            ps.setString(1, consumer);
            ps.setString(2, cursor);
            ps.setTimestamp(3, Timestamp.from(Instant.now()));
            ps.executeUpdate();
        }
    }

    /** @return true if the change was not marked yet (and now is, within the caller's transaction) */
    public boolean mark(Connection c, String changeId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO feed_applied_change (consumer, change_id, applied_at) "
                + "VALUES (?, ?, ?) ON CONFLICT (consumer, change_id) DO NOTHING")) {
            ps.setString(1, consumer);
            ps.setString(2, changeId);
            ps.setTimestamp(3, Timestamp.from(Instant.now()));
            return ps.executeUpdate() == 1;
        }
    }

    /** Counts one more failed attempt of a change and returns how many there have been. */
    public int recordFailure(Connection c, String changeId, String error) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO feed_failure (consumer, change_id, attempts, "
                + "last_error, last_failed_at) VALUES (?, ?, 1, ?, ?) ON CONFLICT (consumer, change_id) DO UPDATE SET "
                + "attempts = feed_failure.attempts + 1, last_error = EXCLUDED.last_error, "
                + "last_failed_at = EXCLUDED.last_failed_at RETURNING attempts")) {
            ps.setString(1, consumer);
            ps.setString(2, changeId);
            ps.setString(3, error);
            ps.setTimestamp(4, Timestamp.from(Instant.now()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    public void deadLetter(Connection c, String changeId, String payload, String error, int attempts) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO feed_dead_letter (consumer, change_id, payload, "
                + "error, attempts, dead_at) VALUES (?, ?, CAST(? AS jsonb), ?, ?, ?)")) {
            ps.setString(1, consumer);
            ps.setString(2, changeId);
            ps.setString(3, payload);
            ps.setString(4, error);
            ps.setInt(5, attempts);
            ps.setTimestamp(6, Timestamp.from(Instant.now()));
            ps.executeUpdate();
        }
    }
}
