package jp.kikan.platform.problem;

/**
 * Not recorded in the caller's municipality. Another municipality's record is also "not found", so a
 * caller cannot even learn that it exists.
 */
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public NotFoundException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
