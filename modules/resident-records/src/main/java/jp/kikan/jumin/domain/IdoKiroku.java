package jp.kikan.jumin.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What made a version: 異動事由, 異動日 (when it took effect), 届出日, and 処理日 (when it was
 * processed — set by the system from the business date, never by the caller).
 */
public record IdoKiroku(
        UUID idoId,
        IdoJiyu idojiyu,
        LocalDate idonengappi,
        LocalDate todokedenengappi,
        LocalDate shorinengappi,
        Instant shoriNichiji,
        String sosasha,
        Integer torikeshiRirekibango,
        String biko) {
}
