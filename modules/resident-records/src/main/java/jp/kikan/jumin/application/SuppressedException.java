package jp.kikan.jumin.application;

/** Refused because of a 支援措置 (DV等支援措置) on the person. */
public class SuppressedException extends RuntimeException {
    public SuppressedException(String message) {
        super(message);
    }
}
