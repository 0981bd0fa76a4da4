package jp.kikan.platform.accesslog;

/** Walks entries in seq order and reports the first break; the stateful half of {@link JdbcAccessLog#verify}. */
final class ChainWalk {

    private long expectedSeq = 1;
    private String expectedPrev = AccessLogHash.GENESIS;
    private long checked;

    /** @return null while intact, else the verdict */
    ChainVerification accept(AccessLogEntry e) {
        if (e.seq() != expectedSeq) {
            // an entry before this one was deleted (or entries were renumbered)
            return ChainVerification.broken(checked, expectedSeq,
                    "entry seq " + expectedSeq + " is missing (next stored seq is " + e.seq() + ")");
        }
        if (!expectedPrev.equals(e.prevHash())) {
            return ChainVerification.broken(checked, e.seq(),
                    "prev_hash of seq " + e.seq() + " does not match the hash of the previous entry");
        }
        String recomputed = AccessLogHash.hashOf(e);
        if (!recomputed.equals(e.hash())) {
            return ChainVerification.broken(checked, e.seq(), "content of seq " + e.seq() + " was altered (hash mismatch)");
        }
        checked++;
        expectedSeq++;
        expectedPrev = e.hash();
        return null;
    }

    /**
     * @param head          the head row read before the walk (null if none)
     * @param firstBeyond   smallest stored seq beyond the head snapshot, 0 if none
     */
    ChainVerification finish(JdbcAccessLog.Head head, long firstBeyond) {
        long lastSeq = expectedSeq - 1;
        if (head == null) {
            if (firstBeyond != 0) {
                return ChainVerification.broken(checked, firstBeyond, "entries exist but access_log_head is missing");
            }
            return ChainVerification.ok(checked);
        }
        if (head.lastSeq() != lastSeq) {
            return ChainVerification.broken(checked, lastSeq + 1,
                    "head says last seq " + head.lastSeq() + " but the chain ends at " + lastSeq);
        }
        if (!head.lastHash().equals(expectedPrev)) {
            return ChainVerification.broken(checked, head.lastSeq(), "head hash does not match the last entry");
        }
        if (firstBeyond != 0 && firstBeyond != head.lastSeq() + 1) {
            return ChainVerification.broken(checked, head.lastSeq() + 1,
                    "entry after the head does not continue it (seq " + firstBeyond + ")");
        }
        return ChainVerification.ok(checked);
    }
}
