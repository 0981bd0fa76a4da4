package jp.kikan.platform.job;

/** A job table could not be read or written (the caller's transaction should roll back). */
public class JobException extends RuntimeException {

    public JobException(String message, Throwable cause) {
        super(message, cause);
    }
}
