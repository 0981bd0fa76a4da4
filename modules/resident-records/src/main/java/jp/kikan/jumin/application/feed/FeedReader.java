package jp.kikan.jumin.application.feed;

import java.util.List;

/** Port: reads the full snapshot and the committed change events of a municipality. */
public interface FeedReader {

    long latestSeq(String lgCode);

    /**
     * Latest versions of everyone recorded, in 宛名番号 order, after the given 宛名番号. Each item's
     * {@code henko_bango} is the number of the last change to that person the data shown includes — never
     * a number whose change the data might not include, so a consumer comparing numbers never skips one.
     */
    List<RenkeiJumin> snapshotAfter(String lgCode, String afterAtenabango, int limit);

    /** Committed change events after a sequence number, in commit order, each numbered. */
    List<RenkeiJumin> changesAfter(String lgCode, long afterSeq, int limit);
}
