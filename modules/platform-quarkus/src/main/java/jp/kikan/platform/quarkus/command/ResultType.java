package jp.kikan.platform.quarkus.command;

import java.util.Objects;

/**
 * How a command's result is stored: a name, a version and the class. A service that changes a result's
 * shape bumps the version; a replay of a result stored under another version is refused plainly instead
 * of being read into the wrong shape.
 */
public record ResultType<R>(String name, int version, Class<R> type) {

    public ResultType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (version < 1) {
            throw new IllegalArgumentException("version starts at 1");
        }
    }

    public static <R> ResultType<R> of(Class<R> type, int version) {
        return new ResultType<>(type.getSimpleName(), version, type);
    }
}
