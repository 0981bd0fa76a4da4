package jp.kikan.platform.quarkus.command;

/** The result of a command and whether it is the replay of an earlier identical request. */
public record CommandOutcome<R>(R result, boolean replayed) {
}
