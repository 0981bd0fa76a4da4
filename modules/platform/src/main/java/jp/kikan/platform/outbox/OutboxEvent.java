package jp.kikan.platform.outbox;

import com.fasterxml.jackson.databind.JsonNode;

/** An event to publish with the change that caused it. All members are required. */
public record OutboxEvent(String lgCode, String eventType, String aggregateType, String aggregateId,
                          long aggregateVersion, JsonNode payload) {
}
