package jp.kikan.jumin.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kikan.jumin.domain.JuminVersion;

/** Port for resident versions of one municipality. Implementations never update or delete a version. */
public interface JuminRepository {

    Optional<JuminVersion> latest(String lgCode, String atenabango);

    Optional<JuminVersion> asOf(String lgCode, String atenabango, LocalDate kijunbi);

    List<JuminVersion> history(String lgCode, String atenabango);

    /** 宛名番号 of everyone a given 異動 wrote a version for. */
    List<String> personsOfIdo(String lgCode, java.util.UUID idoId);

    /** Latest versions of everyone currently recorded in the household (residents only), in one query. */
    List<JuminVersion> currentMembers(String lgCode, String setaibango);

    /** {@link #currentMembers(String, String)} of several households in one query; a household without any is absent. */
    Map<String, List<JuminVersion>> currentMembers(String lgCode, Collection<String> setaibango);

    /** The household's members as of a date (each member's version in effect that day). */
    List<JuminVersion> membersAsOf(String lgCode, String setaibango, LocalDate kijunbi);

    boolean setaiExists(String lgCode, String setaibango);

    /**
     * Locks the households for this transaction without waiting (one statement).
     *
     * @return how many of them exist (and are now locked)
     * @throws ConcurrentEditException when another transaction holds one of them
     */
    int lockSetai(String lgCode, Collection<String> setaibango);

    void createSetai(String lgCode, String setaibango);

    String nextAtenabango(String lgCode);

    String nextSetaibango(String lgCode);

    /**
     * Appends a version and moves the head to it. The writes of one 異動 go to the database together (batched)
     * before its events are announced, or before a query that reads what they change.
     */
    void append(String lgCode, JuminVersion version);

    /**
     * Records the change events of the given versions (outbox) in the current transaction, numbered in commit
     * order when it commits. Called once, last.
     */
    void announce(String lgCode, List<JuminVersion> versions);

    /** The current 世帯主's name (世帯主氏名) of each of these households that has one. */
    java.util.Map<String, String> setainushiShimei(String lgCode, java.util.Collection<String> setaibango);

    SearchPage search(String lgCode, SearchCriteria criteria);

    record SearchCriteria(String kanaKey, String shimeiKey, LocalDate seinengappi, String jushoKey,
            String atenabango, boolean includeRemoved, int limit, int offset) {
    }

    /** {@code total} is exact up to {@link #COUNT_CAP}; beyond it, it is COUNT_CAP + 1 ("more than"). */
    record SearchPage(long total, List<JuminVersion> items) {
        public static final int COUNT_CAP = 1000;
    }
}
