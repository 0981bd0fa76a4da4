package jp.kikan.platform.command;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** A command accepted earlier under an idempotency key, with the result it returned. */
public record StoredCommand(String lgCode, String actor, String idempotencyKey, String commandType,
        String requestHash, String resultType, int resultVersion, JsonNode result, String clientAddress,
        Instant recordedAt) {
}
