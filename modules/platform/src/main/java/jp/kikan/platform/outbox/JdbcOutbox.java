package jp.kikan.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Transactional outbox (tables from {@code db/platform/V1_0_2__platform_outbox.sql}).
 *
 * <p><b>Why seq comes from a locked counter row and not from a sequence.</b> A PostgreSQL sequence hands
 * out numbers at call time, so transaction A can take 7, transaction B take 8 and commit first: a consumer
 * reading "after 6" sees 8, moves its cursor to 8, and then 7 commits behind it and is never read. A
 * rolled-back transaction also leaves a hole. Here {@code UPDATE outbox_counter … RETURNING last_seq}
 * takes the counter row's lock and keeps it until the transaction ends. B's UPDATE waits for A: if A
 * commits, B gets 8 and can only commit after 7 is visible; if A rolls back, the increment rolls back too
 * and B gets 7. So seqs are gapless and become visible in seq order: a reader that saw N can never later
 * see a committed N−1 appear, which is why a cursor-based consumer ({@link #readAfter}) loses nothing.
 * The price: writers of one lg_code serialise from their append to their commit — append as late as
 * possible in the transaction and keep it short.
 *
 * <p><b>The caller owns the transaction</b> (it may be JTA-enlisted): this class never calls commit,
 * rollback or setAutoCommit. The event commits or rolls back with the change it describes.
 */
public final class JdbcOutbox {

    public static final int MAX_LIMIT = 1000;
    private static final Pattern LG_CODE = Pattern.compile("[0-9]{6}");

    private final Clock clock;
    private final ObjectMapper mapper;

    public JdbcOutbox(Clock clock, ObjectMapper mapper) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    /** Records the event in the caller's transaction and returns its seq. */
    public long append(Connection c, OutboxEvent e) {
        validate(e);
        try {
            long seq = nextSeq(c, e.lgCode());
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO outbox_event (lg_code, seq, event_type, "
                    + "aggregate_type, aggregate_id, aggregate_version, payload, recorded_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?)")) {
                ps.setString(1, e.lgCode());
                ps.setLong(2, seq);
                ps.setString(3, e.eventType());
                ps.setString(4, e.aggregateType());
                ps.setString(5, e.aggregateId());
                ps.setLong(6, e.aggregateVersion());
                ps.setString(7, mapper.writeValueAsString(e.payload()));
                ps.setObject(8, OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS),
                        ZoneOffset.UTC));
                ps.executeUpdate();
            }
            return seq;
        } catch (SQLException | JsonProcessingException ex) {
            throw new OutboxException("outbox append failed for " + e.lgCode() + " " + e.eventType(), ex);
        }
    }

    /** Up to {@code limit} (capped at {@value #MAX_LIMIT}) committed events with seq &gt; afterSeq, in order. */
    public List<StoredEvent> readAfter(Connection c, String lgCode, long afterSeq, int limit) {
        requireLgCode(lgCode);
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive");
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT lg_code, seq, event_type, aggregate_type, "
                + "aggregate_id, aggregate_version, payload::text, recorded_at FROM outbox_event "
                + "WHERE lg_code = ? AND seq > ? ORDER BY seq LIMIT ?")) {
            ps.setString(1, lgCode);
            ps.setLong(2, afterSeq);
            ps.setInt(3, Math.min(limit, MAX_LIMIT));
            List<StoredEvent> result = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Instant recordedAt = rs.getObject(8, OffsetDateTime.class).toInstant();
                    result.add(new StoredEvent(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getLong(6), mapper.readTree(rs.getString(7)), recordedAt));
                }
            }
            return result;
        } catch (SQLException | JsonProcessingException ex) {
            throw new OutboxException("outbox read failed for " + lgCode, ex);
        }
    }

    /** Highest committed seq of the lg_code, 0 if none. */
    public long latestSeq(Connection c, String lgCode) {
        requireLgCode(lgCode);
        try (PreparedStatement ps = c.prepareStatement("SELECT last_seq FROM outbox_counter WHERE lg_code = ?")) {
            ps.setString(1, lgCode);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        } catch (SQLException ex) {
            throw new OutboxException("outbox latestSeq failed for " + lgCode, ex);
        }
    }

    private static long nextSeq(Connection c, String lgCode) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO outbox_counter (lg_code, last_seq) VALUES (?, 0) ON CONFLICT (lg_code) DO NOTHING")) {
            ps.setString(1, lgCode);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE outbox_counter SET last_seq = last_seq + 1 WHERE lg_code = ? RETURNING last_seq")) {
            ps.setString(1, lgCode);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("outbox_counter row missing for " + lgCode);
                }
                return rs.getLong(1);
            }
        }
    }

    private static void validate(OutboxEvent e) {
        Objects.requireNonNull(e, "event");
        requireLgCode(e.lgCode());
        requireText(e.eventType(), "eventType");
        requireText(e.aggregateType(), "aggregateType");
        requireText(e.aggregateId(), "aggregateId");
        if (e.payload() == null || e.payload().isMissingNode()) {
            throw new IllegalArgumentException("payload is required (use an empty object)");
        }
    }

    private static void requireLgCode(String lgCode) {
        if (lgCode == null || !LG_CODE.matcher(lgCode).matches()) {
            throw new IllegalArgumentException("lgCode must be the 6-digit 全国地方公共団体コード: " + lgCode);
        }
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
    }
}
