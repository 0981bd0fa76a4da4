package jp.kikan.jumin.application.shomei;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.kikan.platform.caller.Caller;

/** Port: 発行番号 and the 交付履歴 (record of each certificate issued). */
public interface KofuRecorder {

    /**
     * Takes the next 発行番号 of the day: the day's counter stays locked until the current transaction ends, so
     * numbers are gapless (a rolled-back issuance gives its number back). See {@link HakkoBangoNumbering} for
     * taking it only once the certificate is rendered.
     */
    String nextHakkoBango(String lgCode, LocalDate day);

    /** The 発行番号 the day's next issuance would get, as committed now: read without a lock (a candidate). */
    String candidateHakkoBango(String lgCode, LocalDate day);

    /**
     * Takes {@code candidate} if it is still the day's next 発行番号: then the counter is locked until the current
     * transaction ends, as by {@link #nextHakkoBango}, and true is returned. False, with nothing locked or
     * changed, when another issuance took it first.
     */
    boolean takeHakkoBango(String lgCode, LocalDate day, String candidate);

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
