package jp.kikan.platform.problem;

/** Another clerk is changing the same record right now: the caller reloads and tries again. */
public class ConcurrentEditException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConcurrentEditException(String message) {
        super(message);
    }
}
