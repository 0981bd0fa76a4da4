package jp.kikan.platform.wareki;

/**
 * A 和暦 date that does not exist (2月30日, 令和元年4月1日, 平成32年, 0年 …) or text that is not a date.
 * Extends {@link IllegalArgumentException} so callers validating input can catch either.
 */
public class InvalidWarekiDateException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidWarekiDateException(String message) {
        super(message);
    }

    public InvalidWarekiDateException(String message, Throwable cause) {
        super(message, cause);
    }
}
