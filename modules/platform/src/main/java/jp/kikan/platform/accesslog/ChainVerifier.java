package jp.kikan.platform.accesslog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Walks every chain of a municipality and recomputes each seal. Detects: an altered field or target (seal
 * mismatch at that seq), a deleted or reordered entry (seq gap / prev_hash mismatch), a deleted tail or a
 * forged head (head mismatch), an entry sealed with an unknown key, and an unkeyed entry outside chain 0.
 * Each head is read first and only entries up to it are checked, so entries appended concurrently do not
 * cause false alarms; they are covered by the next run.
 */
final class ChainVerifier {

    private final AccessLogKeys keys;
    private long checked;

    ChainVerifier(AccessLogKeys keys) {
        this.keys = keys;
    }

    ChainVerification verify(Connection c, String lgCode) throws SQLException {
        List<ChainHeads.Head> heads = heads(c, lgCode);
        TreeSet<Integer> chains = new TreeSet<>(chainsWithEntries(c, lgCode));
        heads.forEach(h -> chains.add(h.chain()));
        for (int chain : chains) {
            ChainHeads.Head head = heads.stream().filter(h -> h.chain() == chain).findFirst().orElse(null);
            ChainVerification broken = walk(c, lgCode, chain, head, chains.size());
            if (broken != null) {
                return broken;
            }
        }
        return ChainVerification.ok(checked, chains.size());
    }

    private ChainVerification walk(Connection c, String lgCode, int chain, ChainHeads.Head head, int chains)
            throws SQLException {
        long headSeq = head == null ? 0 : head.lastSeq();
        long expectedSeq = 1;
        String expectedPrev = AccessLogHash.GENESIS;
        try (PreparedStatement ps = c.prepareStatement(EntryRows.SELECT
                + " WHERE a.lg_code = ? AND a.chain = ? AND a.seq <= ? ORDER BY a.seq")) {
            ps.setFetchSize(500); // streams when the caller's transaction is open (pgjdbc needs autocommit off)
            ps.setString(1, lgCode);
            ps.setInt(2, chain);
            ps.setLong(3, headSeq);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    AccessLogEntry e = EntryRows.read(rs);
                    String problem = problem(e, expectedSeq, expectedPrev);
                    if (problem != null) {
                        long at = e.seq() != expectedSeq ? expectedSeq : e.seq();
                        return ChainVerification.broken(checked, chains, chain, at, problem);
                    }
                    checked++;
                    expectedSeq++;
                    expectedPrev = e.hash();
                }
            }
        }
        long lastSeq = expectedSeq - 1;
        long beyond = firstSeqBeyond(c, lgCode, chain, headSeq);
        if (head == null) {
            return beyond == 0 ? null : ChainVerification.broken(checked, chains, chain, beyond,
                    "chain " + chain + " has entries but its head is missing");
        }
        if (head.lastSeq() != lastSeq) {
            return ChainVerification.broken(checked, chains, chain, lastSeq + 1,
                    "head of chain " + chain + " says last seq " + head.lastSeq() + " but the chain ends at " + lastSeq);
        }
        if (!head.lastHash().equals(expectedPrev)) {
            return ChainVerification.broken(checked, chains, chain, head.lastSeq(),
                    "head of chain " + chain + " does not match its last entry");
        }
        if (beyond != 0 && beyond != head.lastSeq() + 1) {
            return ChainVerification.broken(checked, chains, chain, head.lastSeq() + 1,
                    "entry after the head of chain " + chain + " does not continue it (seq " + beyond + ")");
        }
        return null;
    }

    /** Why this entry breaks its chain, or null. */
    private String problem(AccessLogEntry e, long expectedSeq, String expectedPrev) {
        if (e.seq() != expectedSeq) {
            return "entry " + expectedSeq + " of chain " + e.chain() + " is missing (next stored seq is " + e.seq() + ")";
        }
        if (!expectedPrev.equals(e.prevHash())) {
            return "prev_hash of seq " + e.seq() + " in chain " + e.chain() + " does not match the previous entry";
        }
        if (e.keyId() == null && e.chain() != 0) {
            return "seq " + e.seq() + " in chain " + e.chain() + " is not sealed with a key";
        }
        byte[] key = keys.get(e.keyId());
        if (e.keyId() != null && key == null) {
            return "seq " + e.seq() + " in chain " + e.chain() + " is sealed with key '" + e.keyId()
                    + "', which is not configured: it cannot be verified";
        }
        if (!AccessLogHash.expected(e, key).equals(e.hash())) {
            return "content of seq " + e.seq() + " in chain " + e.chain() + " was altered (seal mismatch)";
        }
        return null;
    }

    private static List<ChainHeads.Head> heads(Connection c, String lgCode) throws SQLException {
        List<ChainHeads.Head> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT chain, last_seq, last_hash FROM access_log_head WHERE lg_code = ? ORDER BY chain")) {
            ps.setString(1, lgCode);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ChainHeads.Head(rs.getInt(1), rs.getLong(2), rs.getString(3)));
                }
            }
        }
        return out;
    }

    private static List<Integer> chainsWithEntries(Connection c, String lgCode) throws SQLException {
        List<Integer> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT chain FROM access_log WHERE lg_code = ?")) {
            ps.setString(1, lgCode);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getInt(1));
                }
            }
        }
        return out;
    }

    /** Smallest seq stored beyond the head snapshot (0 if none): such an entry must continue the head. */
    private static long firstSeqBeyond(Connection c, String lgCode, int chain, long headSeq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT min(seq) FROM access_log WHERE lg_code = ? AND chain = ? AND seq > ?")) {
            ps.setString(1, lgCode);
            ps.setInt(2, chain);
            ps.setLong(3, headSeq);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long min = rs.getLong(1);
                return rs.wasNull() ? 0 : min;
            }
        }
    }
}
