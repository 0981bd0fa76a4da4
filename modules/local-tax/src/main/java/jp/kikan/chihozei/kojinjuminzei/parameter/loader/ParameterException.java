package jp.kikan.chihozei.kojinjuminzei.parameter.loader;

/** A parameter file is not valid: the message names the file, the path inside it and the problem. */
public class ParameterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ParameterException(String message) {
        super(message);
    }

    public ParameterException(String message, Throwable cause) {
        super(message, cause);
    }
}
