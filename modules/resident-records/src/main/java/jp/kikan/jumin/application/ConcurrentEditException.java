package jp.kikan.jumin.application;

/** Another clerk is changing the same household right now: the caller retries after reloading. */
public class ConcurrentEditException extends RuntimeException {
    public ConcurrentEditException(String message) {
        super(message);
    }
}
