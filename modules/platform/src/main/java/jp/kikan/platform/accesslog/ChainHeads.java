package jp.kikan.platform.accesslog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The heads of a municipality's chains 1…N. An append takes the first head no other transaction holds
 * ({@code FOR UPDATE SKIP LOCKED}) and keeps it until its transaction ends, which makes seq gapless and
 * each prev_hash the hash of the entry before in that chain — while concurrent readers write to other
 * chains instead of queueing. Only when all N are taken does an append wait, on one chosen at random.
 */
final class ChainHeads {

    record Head(int chain, long lastSeq, String lastHash) {
    }

    private final int chains;

    ChainHeads(int chains) {
        if (chains < 1 || chains > 64) {
            throw new IllegalArgumentException("chains must be 1–64: " + chains);
        }
        this.chains = chains;
    }

    Head lockFree(Connection c, String lgCode) throws SQLException {
        Head h = tryLock(c, lgCode);
        if (h == null) {
            // the municipality's first entry: create its heads (idempotent), then lock one
            create(c, lgCode);
            h = tryLock(c, lgCode);
        }
        if (h == null) {
            throw new SQLException("access_log_head rows missing for " + lgCode);
        }
        return h;
    }

    private Head tryLock(Connection c, String lgCode) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT chain, last_seq, last_hash FROM access_log_head "
                + "WHERE lg_code = ? AND chain BETWEEN 1 AND ? ORDER BY chain FOR UPDATE SKIP LOCKED LIMIT 1")) {
            ps.setString(1, lgCode);
            ps.setInt(2, chains);
            Head h = read(ps);
            if (h != null) {
                return h;
            }
        }
        // all taken (or none yet): wait for one chosen at random
        try (PreparedStatement ps = c.prepareStatement("SELECT chain, last_seq, last_hash FROM access_log_head "
                + "WHERE lg_code = ? AND chain = ? FOR UPDATE")) {
            ps.setString(1, lgCode);
            ps.setInt(2, 1 + ThreadLocalRandom.current().nextInt(chains));
            return read(ps);
        }
    }

    void advance(Connection c, String lgCode, int chain, long seq, String hash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE access_log_head SET last_seq = ?, last_hash = ? WHERE lg_code = ? AND chain = ?")) {
            ps.setLong(1, seq);
            ps.setString(2, hash);
            ps.setString(3, lgCode);
            ps.setInt(4, chain);
            ps.executeUpdate();
        }
    }

    private void create(Connection c, String lgCode) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO access_log_head (lg_code, chain, last_seq, "
                + "last_hash) SELECT ?, n, 0, ? FROM generate_series(1, ?) AS n ON CONFLICT DO NOTHING")) {
            ps.setString(1, lgCode);
            ps.setString(2, AccessLogHash.GENESIS);
            ps.setInt(3, chains);
            ps.executeUpdate();
        }
    }

    private static Head read(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? new Head(rs.getInt(1), rs.getLong(2), rs.getString(3)) : null;
        }
    }
}
