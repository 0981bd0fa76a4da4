package jp.kikan.jumin.application;

/** Not recorded in the caller's municipality (another municipality's record is also "not found"). */
public class NotFoundException extends RuntimeException {
    private final String field;

    public NotFoundException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
