package jp.kikan.jumin.application.shomei;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.kikan.platform.caller.Caller;

/** Port: 発行番号 and the 交付履歴 (record of each certificate issued). */
public interface KofuRecorder {

    String nextHakkoBango(String lgCode, LocalDate day);

    /** Whether a certificate of this kind was already issued for exactly these persons. */
    boolean issuedBefore(String lgCode, String yoshiki, List<String> atenabango);

    /** The 交付履歴 of certificates naming this person, newest first. */
    List<Kofu> issuedFor(String lgCode, String atenabango, int limit);

    record Kofu(String hakkoBango, String yoshiki, List<String> atenabango, String options, String mokuteki,
            String issuedBy, Instant issuedAt) {
    }

    void record(Caller caller, String hakkoBango, String yoshiki, List<String> atenabango, String options,
            String mokuteki, String pdfSha256, Instant at);
}
