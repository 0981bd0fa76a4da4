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
 * rolled-back transaction also leaves a hole. Here the append advances the counter row
 * ({@code INSERT … ON CONFLICT DO UPDATE … RETURNING last_seq}, in the same statement as the events' insert),
 * which takes the counter row's lock and keeps it until the transaction ends. B's append waits for A: if A
 * commits, B gets 8 and can only commit after 7 is visible; if A rolls back, the increment rolls back too
 * and B gets 7. So seqs are gapless and become visible in seq order: a reader that saw N can never later
 * see a committed N−1 appear, which is why a cursor-based consumer ({@link #readAfter}) loses nothing.
 * The price: writers of one lg_code serialise from their append to their commit — append as late as
 * possible in the transaction, once for all its events ({@link #appendAll}: one statement), and keep
 * what follows it short — or let the commit number the events ({@link #appendAtCommit}), which holds the
 * counter only while the commit runs in the database.
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
        return appendAll(c, List.of(e)).get(0);
    }

    /**
     * Records the events, in this order, in the caller's transaction and returns their seqs (consecutive) — in
     * one statement: the counter row is advanced by the number of events (created on the municipality's first
     * event) and the events are inserted numbered from it, so one round trip takes the counter's lock and the
     * lock is then held only until the commit. All events are of one lg_code.
     */
    public List<Long> appendAll(Connection c, List<OutboxEvent> events) {
        Objects.requireNonNull(events, "events");
        if (events.isEmpty()) {
            return List.of();
        }
        Columns e = columns(events);
        String lgCode = e.lgCode;
        int n = events.size();
        try (PreparedStatement ps = c.prepareStatement(APPEND)) {
            ps.setString(1, lgCode);
            ps.setInt(2, n);
            ps.setString(3, lgCode);
            ps.setInt(4, n);
            ps.setObject(5, OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
            ps.setArray(6, c.createArrayOf("text", e.types));
            ps.setArray(7, c.createArrayOf("text", e.aggregateTypes));
            ps.setArray(8, c.createArrayOf("text", e.aggregateIds));
            ps.setArray(9, c.createArrayOf("int8", e.versions));
            ps.setArray(10, c.createArrayOf("text", e.payloads));
            List<Long> seqs = new ArrayList<>(n);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    seqs.add(rs.getLong(1));
                }
            }
            if (seqs.size() != n) {
                throw new SQLException("outbox append stored " + seqs.size() + " of " + n + " events");
            }
            seqs.sort(null); // seq = counter before + ordinality: ascending seqs are the events in order
            return List.copyOf(seqs);
        } catch (SQLException ex) {
            throw new OutboxException("outbox append failed for " + lgCode + " " + e.types[0], ex);
        }
    }

    /**
     * Records the events, in this order, in the caller's transaction, to be numbered when it commits — in one
     * statement, which locks nothing: the events wait in {@code outbox_pending} and a deferred trigger run
     * inside the COMMIT takes the counter row and numbers them (V1_0_7__platform_outbox_at_commit.sql). So the
     * counter is held only while the commit runs in the database, not across the round trips from the append to
     * the client's commit, and writers of one lg_code no longer queue behind each other's clients. The
     * guarantee is {@link #append}'s: gapless seqs, visible in seq order (= commit order); each transaction's
     * events get consecutive seqs in the order given. Their seqs are known only once committed
     * ({@link #readAfter}). All events are of one lg_code.
     */
    public void appendAtCommit(Connection c, List<OutboxEvent> events) {
        Objects.requireNonNull(events, "events");
        if (events.isEmpty()) {
            return;
        }
        Columns e = columns(events);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO outbox_pending (lg_code, event_type, "
                + "aggregate_type, aggregate_id, aggregate_version, payload, recorded_at) "
                + "SELECT ?, e.event_type, e.aggregate_type, e.aggregate_id, e.aggregate_version, "
                + "CAST(e.payload AS jsonb), ? "
                + "FROM unnest(?::text[], ?::text[], ?::text[], ?::int8[], ?::text[]) WITH ORDINALITY "
                + "AS e(event_type, aggregate_type, aggregate_id, aggregate_version, payload, ord) ORDER BY e.ord")) {
            ps.setString(1, e.lgCode);
            ps.setObject(2, OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
            ps.setArray(3, c.createArrayOf("text", e.types));
            ps.setArray(4, c.createArrayOf("text", e.aggregateTypes));
            ps.setArray(5, c.createArrayOf("text", e.aggregateIds));
            ps.setArray(6, c.createArrayOf("int8", e.versions));
            ps.setArray(7, c.createArrayOf("text", e.payloads));
            ps.executeUpdate();
        } catch (SQLException ex) {
            throw new OutboxException("outbox append failed for " + e.lgCode + " " + e.types[0], ex);
        }
    }

    /** The events as the columns of one multi-row statement, validated and all of one lg_code. */
    private record Columns(String lgCode, String[] types, String[] aggregateTypes, String[] aggregateIds,
            Long[] versions, String[] payloads) {
    }

    private Columns columns(List<OutboxEvent> events) {
        String lgCode = events.get(0).lgCode();
        int n = events.size();
        Columns cols = new Columns(lgCode, new String[n], new String[n], new String[n], new Long[n], new String[n]);
        try {
            for (int i = 0; i < n; i++) {
                OutboxEvent e = events.get(i);
                validate(e);
                if (!e.lgCode().equals(lgCode)) {
                    throw new IllegalArgumentException("events of one append are of one lg_code: " + lgCode + ", "
                            + e.lgCode());
                }
                cols.types[i] = e.eventType();
                cols.aggregateTypes[i] = e.aggregateType();
                cols.aggregateIds[i] = e.aggregateId();
                cols.versions[i] = e.aggregateVersion();
                cols.payloads[i] = mapper.writeValueAsString(e.payload());
            }
        } catch (JsonProcessingException ex) {
            throw new OutboxException("outbox append failed for " + lgCode + ": payload is not JSON", ex);
        }
        return cols;
    }

    /**
     * Advances the counter by n (INSERT … ON CONFLICT DO UPDATE locks the row, also when it is created, and
     * waits for a transaction holding it, then adds to the committed value), then inserts the n events as
     * seqs last_seq − n + 1 … last_seq.
     */
    private static final String APPEND = "WITH counter AS ("
            + "INSERT INTO outbox_counter AS oc (lg_code, last_seq) VALUES (?, ?) "
            + "ON CONFLICT (lg_code) DO UPDATE SET last_seq = oc.last_seq + EXCLUDED.last_seq RETURNING last_seq) "
            + "INSERT INTO outbox_event (lg_code, seq, event_type, aggregate_type, aggregate_id, aggregate_version, "
            + "payload, recorded_at) "
            + "SELECT ?, counter.last_seq - ? + e.ord, e.event_type, e.aggregate_type, e.aggregate_id, "
            + "e.aggregate_version, CAST(e.payload AS jsonb), ? "
            + "FROM counter, unnest(?::text[], ?::text[], ?::text[], ?::int8[], ?::text[]) WITH ORDINALITY "
            + "AS e(event_type, aggregate_type, aggregate_id, aggregate_version, payload, ord) "
            + "RETURNING seq";

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
