package jp.kikan.platform.accesslog;

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
 * Append-only access log with one SHA-256 hash chain per 地方公共団体 (tables from
 * {@code db/platform/V1_0_1__platform_access_log.sql}).
 *
 * <p><b>The caller owns the transaction.</b> This class never calls commit, rollback or setAutoCommit:
 * the connection may be enlisted in a JTA transaction, and the log entry must commit or roll back together
 * with the access it records. Because {@link #append} locks the chain head until that transaction ends,
 * keep such transactions short.
 *
 * <p>Thread-safe; holds no state besides the clock.
 */
public final class JdbcAccessLog {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;
    private static final Pattern LG_CODE = Pattern.compile("[0-9]{6}");
    private static final String COLUMNS = "lg_code, seq, occurred_at, actor, actor_roles, action, target_type, "
            + "target_id, detail, client_address, prev_hash, hash";

    private final Clock clock;

    public JdbcAccessLog(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Appends one entry. Appends of the same lg_code are serialised by the lock on its head row, which
     * makes seq gapless and each prev_hash the hash of the entry before.
     */
    public AccessLogEntry append(Connection c, AccessLogRecord r) {
        Objects.requireNonNull(r, "record");
        requireLgCode(r.lgCode());
        requireText(r.actor(), "actor");
        requireText(r.action(), "action");
        // PostgreSQL keeps microseconds; truncating first makes the hashed value equal the stored one.
        Instant occurredAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        try {
            Head head = lockHead(c, r.lgCode());
            long seq = head.lastSeq + 1;
            String hash = AccessLogHash.compute(r.lgCode(), seq, occurredAt, r.actor(), r.actorRoles(), r.action(),
                    r.targetType(), r.targetId(), r.detail(), r.clientAddress(), head.lastHash);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO access_log (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, r.lgCode());
                ps.setLong(2, seq);
                ps.setObject(3, OffsetDateTime.ofInstant(occurredAt, ZoneOffset.UTC));
                ps.setString(4, r.actor());
                ps.setString(5, r.actorRoles());
                ps.setString(6, r.action());
                ps.setString(7, r.targetType());
                ps.setString(8, r.targetId());
                ps.setString(9, r.detail());
                ps.setString(10, r.clientAddress());
                ps.setString(11, head.lastHash);
                ps.setString(12, hash);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE access_log_head SET last_seq = ?, last_hash = ? WHERE lg_code = ?")) {
                ps.setLong(1, seq);
                ps.setString(2, hash);
                ps.setString(3, r.lgCode());
                ps.executeUpdate();
            }
            return new AccessLogEntry(r.lgCode(), seq, occurredAt, r.actor(), r.actorRoles(), r.action(),
                    r.targetType(), r.targetId(), r.detail(), r.clientAddress(), head.lastHash, hash);
        } catch (SQLException e) {
            throw new AccessLogException("append to access log failed for " + r.lgCode(), e);
        }
    }

    /** Entries of one lg_code matching the query, ordered by seq. */
    public List<AccessLogEntry> find(Connection c, String lgCode, AccessLogQuery q) {
        requireLgCode(lgCode);
        AccessLogQuery query = q == null ? AccessLogQuery.all(DEFAULT_LIMIT) : q;
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM access_log WHERE lg_code = ?");
        List<Object> params = new ArrayList<>();
        params.add(lgCode);
        if (query.targetId() != null) {
            sql.append(" AND target_id = ?");
            params.add(query.targetId());
        }
        if (query.actor() != null) {
            sql.append(" AND actor = ?");
            params.add(query.actor());
        }
        if (query.from() != null) {
            sql.append(" AND occurred_at >= ?");
            params.add(OffsetDateTime.ofInstant(query.from(), ZoneOffset.UTC));
        }
        if (query.to() != null) {
            sql.append(" AND occurred_at < ?");
            params.add(OffsetDateTime.ofInstant(query.to(), ZoneOffset.UTC));
        }
        if (query.afterSeq() != null) {
            sql.append(" AND seq > ?");
            params.add(query.afterSeq());
        }
        int limit = query.limit() <= 0 ? DEFAULT_LIMIT : Math.min(query.limit(), MAX_LIMIT);
        sql.append(" ORDER BY seq LIMIT ").append(limit);
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            List<AccessLogEntry> result = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(read(rs));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new AccessLogException("query of access log failed for " + lgCode, e);
        }
    }

    /**
     * Recomputes the whole chain of one lg_code. Detects: an altered field (hash mismatch at that seq), a
     * deleted or reordered entry (seq gap / prev_hash mismatch), a deleted tail or forged head (head
     * mismatch). The head is read first and only entries up to it are checked, so entries appended
     * concurrently do not cause false alarms; they are covered by the next run.
     */
    public ChainVerification verify(Connection c, String lgCode) {
        requireLgCode(lgCode);
        try {
            Head head = readHead(c, lgCode);
            long headSeq = head == null ? 0 : head.lastSeq;
            ChainWalk walk = new ChainWalk();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM access_log WHERE lg_code = ? AND seq <= ? ORDER BY seq")) {
                ps.setFetchSize(500); // streams when the caller's transaction is open (pgjdbc needs autocommit off)
                ps.setString(1, lgCode);
                ps.setLong(2, headSeq);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ChainVerification broken = walk.accept(read(rs));
                        if (broken != null) {
                            return broken;
                        }
                    }
                }
            }
            return walk.finish(head, firstSeqBeyond(c, lgCode, headSeq));
        } catch (SQLException e) {
            throw new AccessLogException("verification of access log failed for " + lgCode, e);
        }
    }

    private static Head lockHead(Connection c, String lgCode) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO access_log_head (lg_code, last_seq, last_hash) "
                + "VALUES (?, 0, ?) ON CONFLICT (lg_code) DO NOTHING")) {
            ps.setString(1, lgCode);
            ps.setString(2, AccessLogHash.GENESIS);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT last_seq, last_hash FROM access_log_head WHERE lg_code = ? FOR UPDATE")) {
            ps.setString(1, lgCode);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("access_log_head row vanished for " + lgCode);
                }
                return new Head(rs.getLong(1), rs.getString(2));
            }
        }
    }

    private static Head readHead(Connection c, String lgCode) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT last_seq, last_hash FROM access_log_head WHERE lg_code = ?")) {
            ps.setString(1, lgCode);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Head(rs.getLong(1), rs.getString(2)) : null;
            }
        }
    }

    /** Smallest seq stored beyond the head snapshot (0 if none): such an entry must continue the head. */
    private static long firstSeqBeyond(Connection c, String lgCode, long headSeq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT min(seq) FROM access_log WHERE lg_code = ? AND seq > ?")) {
            ps.setString(1, lgCode);
            ps.setLong(2, headSeq);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long min = rs.getLong(1);
                return rs.wasNull() ? 0 : min;
            }
        }
    }

    private static AccessLogEntry read(ResultSet rs) throws SQLException {
        return new AccessLogEntry(rs.getString("lg_code"), rs.getLong("seq"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                rs.getString("actor_roles"), rs.getString("action"), rs.getString("target_type"),
                rs.getString("target_id"), rs.getString("detail"), rs.getString("client_address"),
                rs.getString("prev_hash"), rs.getString("hash"));
    }

    private static void requireLgCode(String lgCode) {
        // char(6) would blank-pad a shorter value and the stored entry would no longer hash the same
        if (lgCode == null || !LG_CODE.matcher(lgCode).matches()) {
            throw new IllegalArgumentException("lgCode must be the 6-digit 全国地方公共団体コード: " + lgCode);
        }
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required in an access log record");
        }
    }

    record Head(long lastSeq, String lastHash) {
    }
}
