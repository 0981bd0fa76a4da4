package jp.kikan.platform.outbox;

/** Unchecked wrapper for a database or JSON failure; the caller's transaction should be rolled back. */
public class OutboxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OutboxException(String message, Throwable cause) {
        super(message, cause);
    }
}
