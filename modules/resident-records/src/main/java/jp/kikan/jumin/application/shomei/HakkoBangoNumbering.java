package jp.kikan.jumin.application.shomei;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * Numbers a certificate (発行番号) without holding the day's counter while its PDF renders. The number is
 * printed on every page, so the document needs it — but the counter, once advanced, stays locked until the
 * issuance commits (that is what keeps the numbers gapless: a failed issuance gives its number back), and
 * rendering takes a tenth of a second or more. So the certificate is rendered with the number the counter would
 * give next, read without a lock, and only then is that number taken — by a statement that advances the
 * counter only if it still stands where it was read. If another issuance took the number meanwhile, the
 * certificate is rendered again with the next one; after {@value #ATTEMPTS} attempts the number is taken first
 * and the certificate rendered under the lock, so that many issuances at once still all make progress. The
 * counter moves only in the transaction that records the issuance: numbers stay gapless either way.
 */
@ApplicationScoped
public class HakkoBangoNumbering {

    static final int ATTEMPTS = 3;

    @Inject
    KofuRecorder kofu;

    public record Numbered(String hakkoBango, byte[] pdf) {
    }

    /** Renders with {@code render} (given the 発行番号) and takes that number in the current transaction. */
    public Numbered number(String lgCode, LocalDate day, Function<String, byte[]> render) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            String candidate = kofu.candidateHakkoBango(lgCode, day);
            byte[] pdf = render.apply(candidate);
            if (kofu.takeHakkoBango(lgCode, day, candidate)) {
                return new Numbered(candidate, pdf);
            }
        }
        String hakkoBango = kofu.nextHakkoBango(lgCode, day);
        return new Numbered(hakkoBango, render.apply(hakkoBango));
    }
}
