package jp.kikan.platform.quarkus.accesslog;

import java.time.Instant;
import java.util.List;
import jp.kikan.platform.accesslog.AccessLogEntry;
import jp.kikan.platform.accesslog.AccessTarget;
import jp.kikan.platform.accesslog.ChainVerification;

/**
 * The access log as every service's contract shows it to an auditor (schemas AccessLogEntry and
 * AccessLogVerification). {@code seq} is the entry's place in the municipality's whole log — what
 * {@code after_seq} pages by —, {@code chain}/{@code chain_seq} its place in its hash chain.
 */
public final class AccessLogViews {

    private AccessLogViews() {
    }

    public record Target(String type, String id) {
    }

    public record Entry(long seq, int chain, long chainSeq, Instant occurredAt, String actor, String actorRoles,
            String action, String targetType, String targetId, List<Target> targets, String detail,
            String clientAddress, String keyId, String prevHash, String hash) {
    }

    public record EntryList(List<Entry> items) {
    }

    public record Verification(boolean intact, long entriesChecked, int chainsChecked, Integer brokenChain,
            Long firstBrokenSeq, String reason) {
    }

    public static EntryList of(List<AccessLogEntry> entries) {
        return new EntryList(entries.stream().map(AccessLogViews::of).toList());
    }

    public static Entry of(AccessLogEntry e) {
        return new Entry(e.id(), e.chain(), e.seq(), e.occurredAt(), e.actor(), e.actorRoles(), e.action(),
                e.targetType(), e.targetId(), e.targets().stream().map(AccessLogViews::of).toList(), e.detail(),
                e.clientAddress(), e.keyId(), e.prevHash(), e.hash());
    }

    public static Verification of(ChainVerification v) {
        return new Verification(v.intact(), v.entriesChecked(), v.chainsChecked(), v.brokenChain(),
                v.firstBrokenSeq(), v.reason());
    }

    private static Target of(AccessTarget t) {
        return new Target(t.type(), t.id());
    }
}
