package jp.kikan.platform.accesslog;

import java.sql.SQLException;

/** Unchecked wrapper for a database failure; the caller's transaction should be rolled back. */
public class AccessLogException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessLogException(String message, SQLException cause) {
        super(message, cause);
    }
}
