package jp.kikan.jumin.application.feed;

import java.util.List;

/** Port: reads the full snapshot and the committed change events of a municipality. */
public interface FeedReader {

    long latestSeq(String lgCode);

    /** Latest versions of everyone recorded, in 宛名番号 order, after the given 宛名番号. */
    List<RenkeiJumin> snapshotAfter(String lgCode, String afterAtenabango, int limit);

    /** Committed change events after a sequence number, in commit order. */
    List<Change> changesAfter(String lgCode, long afterSeq, int limit);

    record Change(long seq, RenkeiJumin jumin) {
    }
}
