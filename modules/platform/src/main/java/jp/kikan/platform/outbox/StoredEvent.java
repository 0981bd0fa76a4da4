package jp.kikan.platform.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** An event as stored, with its per-lg_code sequence number (the consumer's cursor). */
public record StoredEvent(String lgCode, long seq, String eventType, String aggregateType, String aggregateId,
                          long aggregateVersion, JsonNode payload, Instant recordedAt) {
}
