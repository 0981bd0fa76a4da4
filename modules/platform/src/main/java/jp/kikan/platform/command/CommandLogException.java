package jp.kikan.platform.command;

/** The command log could not be read or written (a database failure, never a business refusal). */
public class CommandLogException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CommandLogException(String message, Throwable cause) {
        super(message, cause);
    }
}
