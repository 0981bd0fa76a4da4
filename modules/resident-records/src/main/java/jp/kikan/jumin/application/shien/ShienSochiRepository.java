package jp.kikan.jumin.application.shien;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Port for 支援措置; a measure and its end are separate immutable records. */
public interface ShienSochiRepository {

    List<ShienSochi> of(String lgCode, String atenabango);

    /**
     * 宛名番号 among the given that have a measure blocking the process on the day; with a null process,
     * those with any measure not ended by the day (including one that starts later) — the flag the feed
     * carries, so a consumer blocks from the start date without waiting for another event.
     */
    Set<String> blocked(String lgCode, Collection<String> atenabango, String process, LocalDate day);

    Optional<ShienSochi> find(String lgCode, UUID sochiId);

    void register(String lgCode, ShienSochi sochi, String actor, Instant at);

    void end(String lgCode, UUID sochiId, LocalDate shuryobi, String actor, Instant at);
}
