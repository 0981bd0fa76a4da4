package jp.kikan.jumin.application.shien;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A DV等支援措置 on a person: which processes it blocks (発行, 照会, 異動), from when; it does not
 * end by itself at its planned end date (住民記録 1.0 §3.1: 終了日到来で自動解除しない).
 */
public record ShienSochi(UUID sochiId, String atenabango, LocalDate kaishibi, LocalDate shuryoyoteibi,
        LocalDate shuryobi, Set<String> taisho, String biko) {

    public static final String HAKKO = "hakko";
    public static final String SHOKAI = "shokai";
    public static final String IDO = "ido";
    /** The processes a measure can block, spelled exactly so (contract enum ShienSochiRequest.taisho). */
    public static final Set<String> PROCESSES = Set.of(HAKKO, SHOKAI, IDO);

    /**
     * A measure holds only processes it can block: one that named " hakko " would be stored, shown as in
     * force, and block nothing — so it cannot be built.
     */
    public ShienSochi {
        taisho = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(taisho)); // in the order given
        if (taisho.isEmpty() || !PROCESSES.containsAll(taisho)) {
            throw new IllegalArgumentException("支援措置の抑止対象が正しくありません: " + taisho);
        }
    }

    public boolean isActiveOn(LocalDate day) {
        return !kaishibi.isAfter(day) && (shuryobi == null || day.isBefore(shuryobi));
    }

    /** Not ended by the day (running or still to start): what other services must already honour. */
    public boolean isNotEndedOn(LocalDate day) {
        return shuryobi == null || day.isBefore(shuryobi);
    }

    public boolean blocks(String process, LocalDate day) {
        return isActiveOn(day) && taisho.contains(process);
    }
}
