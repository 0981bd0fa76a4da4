package jp.kikan.platform.job;

import java.time.Instant;

/** A target a job could not process, with the rule it broke and the message for the clerk. */
public record JobError(String targetKey, String rule, String message, Instant recordedAt) {
}
