package jp.kikan.chihozei.kojinjuminzei.parameter.loader;

/**
 * A parameter file is not valid: the message names the file, the path inside it and the problem. Where the problem
 * is at a place of a file, {@link #file()}, {@link #path()} and {@link #problem()} give them apart, so that a set sent
 * in a request (a 試算's inline set, an overlay loaded through the admin API) is refused naming the request's field.
 */
public class ParameterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final String path;
    private final String problem;
    private final boolean missing;

    public ParameterException(String message) {
        this(message, null, null, message, false);
    }

    public ParameterException(String message, Throwable cause) {
        super(message, cause);
        this.file = null;
        this.path = null;
        this.problem = message;
        this.missing = false;
    }

    public ParameterException(String message, String file, String path, String problem, boolean missing) {
        super(message);
        this.file = file;
        this.path = path;
        this.problem = problem;
        this.missing = missing;
    }

    /** The file (as named in its source), or null when the problem is not in one file. */
    public String file() {
        return file;
    }

    /** The path inside the file ({@code parameters.kyuchi.values[0].value}); empty for the file's top; null if unknown. */
    public String path() {
        return path;
    }

    /** What is wrong, without the place. */
    public String problem() {
        return problem;
    }

    /** Whether a required key is missing (the standard's E0001) rather than a value wrong. */
    public boolean missing() {
        return missing;
    }
}
