package jp.kikan.platform.accesslog;

/**
 * Result of {@link JdbcAccessLog#verify}.
 *
 * @param intact         true if every entry's seal recomputes, every chain links and every head matches
 * @param entriesChecked entries read before the verdict
 * @param chainsChecked  chains of the municipality walked
 * @param brokenChain    the chain found broken, or null
 * @param firstBrokenSeq seq (within {@code brokenChain}) of the first entry found broken — for a deleted
 *                       entry the missing seq — or null
 * @param reason         why the chain is broken, or null
 */
public record ChainVerification(boolean intact, long entriesChecked, int chainsChecked, Integer brokenChain,
                                Long firstBrokenSeq, String reason) {

    static ChainVerification ok(long checked, int chains) {
        return new ChainVerification(true, checked, chains, null, null, null);
    }

    static ChainVerification broken(long checked, int chains, int chain, long seq, String reason) {
        return new ChainVerification(false, checked, chains, chain, seq, reason);
    }
}
