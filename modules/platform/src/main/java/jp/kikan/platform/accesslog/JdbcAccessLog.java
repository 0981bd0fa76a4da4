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
 * Append-only access log (tables from {@code db/platform/V1_0_5__platform_access_log_chains.sql}): each
 * municipality has several hash chains, each entry is sealed with HMAC-SHA256 under a key held outside the
 * database, and each target of an access is a row of its own.
 *
 * <p><b>The caller owns the transaction.</b> This class never calls commit, rollback or setAutoCommit: the
 * connection may be enlisted in a JTA transaction, and the log entry must commit or roll back together with
 * the access it records. {@link #append} locks the head of one chain until that transaction ends; other
 * transactions take other chains meanwhile (see {@link ChainHeads}).
 *
 * <p>Thread-safe; holds no state besides its configuration.
 */
public final class JdbcAccessLog {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;
    public static final int DEFAULT_CHAINS = 8;
    private static final Pattern LG_CODE = Pattern.compile("[0-9]{6}");

    private final Clock clock;
    private final AccessLogKeys keys;
    private final ChainHeads heads;

    public JdbcAccessLog(Clock clock, AccessLogKeys keys, int chains) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.heads = new ChainHeads(chains);
    }

    public JdbcAccessLog(Clock clock, AccessLogKeys keys) {
        this(clock, keys, DEFAULT_CHAINS);
    }

    /** Appends one entry to a chain no other transaction holds, and returns it as stored. */
    public AccessLogEntry append(Connection c, AccessLogRecord r) {
        Objects.requireNonNull(r, "record");
        requireLgCode(r.lgCode());
        requireText(r.actor(), "actor");
        requireText(r.action(), "action");
        // PostgreSQL keeps microseconds; truncating first makes the sealed value equal the stored one.
        Instant occurredAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        try {
            ChainHeads.Head head = heads.lockFree(c, r.lgCode());
            long seq = head.lastSeq() + 1;
            String keyId = keys.currentId();
            String hash = AccessLogHash.seal(keys.current(), r.lgCode(), head.chain(), seq, occurredAt, r.actor(),
                    r.actorRoles(), r.action(), r.targetType(), r.targetId(), r.targets(), r.detail(),
                    r.clientAddress(), keyId, head.lastHash());
            long id = insertEntry(c, r, head.chain(), seq, occurredAt, keyId, head.lastHash(), hash);
            insertTargets(c, r, head.chain(), seq);
            heads.advance(c, r.lgCode(), head.chain(), seq, hash);
            return new AccessLogEntry(id, r.lgCode(), head.chain(), seq, occurredAt, r.actor(), r.actorRoles(),
                    r.action(), r.targetType(), r.targetId(), r.targets(), r.detail(), r.clientAddress(), keyId,
                    head.lastHash(), hash);
        } catch (SQLException e) {
            throw new AccessLogException("append to access log failed for " + r.lgCode(), e);
        }
    }

    /** Entries of one lg_code matching the query, in the order they were appended. */
    public List<AccessLogEntry> find(Connection c, String lgCode, AccessLogQuery q) {
        requireLgCode(lgCode);
        AccessLogQuery query = q == null ? AccessLogQuery.all(DEFAULT_LIMIT) : q;
        StringBuilder where = new StringBuilder(" WHERE a.lg_code = ?");
        List<Object> params = new ArrayList<>();
        params.add(lgCode);
        if (query.targetId() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM access_log_target t WHERE t.lg_code = a.lg_code"
                    + " AND t.chain = a.chain AND t.seq = a.seq AND t.target_id = ?)");
            params.add(query.targetId());
        }
        if (query.actor() != null) {
            where.append(" AND a.actor = ?");
            params.add(query.actor());
        }
        if (query.from() != null) {
            where.append(" AND a.occurred_at >= ?");
            params.add(OffsetDateTime.ofInstant(query.from(), ZoneOffset.UTC));
        }
        if (query.to() != null) {
            where.append(" AND a.occurred_at < ?");
            params.add(OffsetDateTime.ofInstant(query.to(), ZoneOffset.UTC));
        }
        if (query.afterSeq() != null) {
            where.append(" AND a.id > ?");
            params.add(query.afterSeq());
        }
        int limit = query.limit() <= 0 ? DEFAULT_LIMIT : Math.min(query.limit(), MAX_LIMIT);
        String sql = EntryRows.SELECT + where + " ORDER BY a.id LIMIT " + limit;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            List<AccessLogEntry> result = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(EntryRows.read(rs));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new AccessLogException("query of access log failed for " + lgCode, e);
        }
    }

    /** Recomputes every chain of one lg_code (see {@link ChainVerifier}). */
    public ChainVerification verify(Connection c, String lgCode) {
        requireLgCode(lgCode);
        try {
            return new ChainVerifier(keys).verify(c, lgCode);
        } catch (SQLException e) {
            throw new AccessLogException("verification of access log failed for " + lgCode, e);
        }
    }

    private static long insertEntry(Connection c, AccessLogRecord r, int chain, long seq, Instant occurredAt,
            String keyId, String prevHash, String hash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO access_log (lg_code, chain, seq, occurred_at, "
                + "actor, actor_roles, action, target_type, target_id, detail, client_address, key_id, prev_hash, "
                + "hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            ps.setString(1, r.lgCode());
            ps.setInt(2, chain);
            ps.setLong(3, seq);
            ps.setObject(4, OffsetDateTime.ofInstant(occurredAt, ZoneOffset.UTC));
            ps.setString(5, r.actor());
            ps.setString(6, r.actorRoles());
            ps.setString(7, r.action());
            ps.setString(8, r.targetType());
            ps.setString(9, r.targetId());
            ps.setString(10, r.detail());
            ps.setString(11, r.clientAddress());
            ps.setString(12, keyId);
            ps.setString(13, prevHash);
            ps.setString(14, hash);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** All targets of the entry in one statement. */
    private static void insertTargets(Connection c, AccessLogRecord r, int chain, long seq) throws SQLException {
        if (r.targets().isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO access_log_target (lg_code, chain, seq, ord, "
                + "target_type, target_id) SELECT ?, ?, ?, t.ord - 1, t.type, t.id "
                + "FROM unnest(?::text[], ?::text[]) WITH ORDINALITY AS t(type, id, ord)")) {
            ps.setString(1, r.lgCode());
            ps.setInt(2, chain);
            ps.setLong(3, seq);
            ps.setArray(4, c.createArrayOf("text", r.targets().stream().map(AccessTarget::type).toArray()));
            ps.setArray(5, c.createArrayOf("text", r.targets().stream().map(AccessTarget::id).toArray()));
            ps.executeUpdate();
        }
    }

    static void requireLgCode(String lgCode) {
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
}
