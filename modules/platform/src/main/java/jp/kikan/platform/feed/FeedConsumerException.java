package jp.kikan.platform.feed;

/** Unchecked wrapper for a database failure outside {@code pollOnce}/{@code drain}. */
public class FeedConsumerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FeedConsumerException(String message, Throwable cause) {
        super(message, cause);
    }
}
