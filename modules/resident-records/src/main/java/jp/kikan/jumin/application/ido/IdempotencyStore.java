package jp.kikan.jumin.application.ido;

import java.time.Instant;
import java.util.Optional;
import jp.kikan.jumin.application.Caller;

/** Remembers each command by its idempotency key, with its result (the command audit record). */
public interface IdempotencyStore {

    record Stored(String commandType, String requestHash, IdoKekka kekka) {
    }

    String hash(String commandType, Object command);

    /** Serialises requests carrying the same key until the current transaction ends. */
    void claim(String lgCode, String idempotencyKey);

    Optional<Stored> find(String lgCode, String idempotencyKey);

    void save(Caller caller, String idempotencyKey, String commandType, String requestHash, IdoKekka kekka,
            Instant at);
}
