package jp.kikan.platform.accesslog;

/**
 * Result of {@link JdbcAccessLog#verify}.
 *
 * @param intact         true if every entry's hash recomputes, the chain links and the head matches
 * @param entriesChecked entries read before the verdict
 * @param firstBrokenSeq seq of the first entry found broken (for a deleted entry: the missing seq), or null
 * @param reason         why the chain is broken, or null
 */
public record ChainVerification(boolean intact, long entriesChecked, Long firstBrokenSeq, String reason) {

    static ChainVerification ok(long checked) {
        return new ChainVerification(true, checked, null, null);
    }

    static ChainVerification broken(long checked, long seq, String reason) {
        return new ChainVerification(false, checked, seq, reason);
    }
}
