package jp.kikan.platform.problem;

/**
 * Refused because of a 支援措置 (DV等支援措置 of 総務省「住民基本台帳事務処理要領」): lookup, issuance or
 * change of a protected person by someone not authorised for it. Every service refuses the same way.
 */
public class SuppressedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SuppressedException(String message) {
        super(message);
    }
}
