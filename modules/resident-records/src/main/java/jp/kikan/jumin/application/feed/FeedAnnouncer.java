package jp.kikan.jumin.application.feed;

/** Announces changes that are not a new version (支援措置 start/end) so consumers re-read the flag. */
public interface FeedAnnouncer {

    void shienSochiChanged(String lgCode, String atenabango);
}
