package jp.kikan.kaigo.infrastructure.pdf;

import java.util.Locale;

/** What this service's PDFs share: the creator written to their metadata and how a difference is printed. */
final class KaigoPdf {

    static final String CREATOR = "Kikan 介護保険";

    private KaigoPdf() {
    }

    /** A difference with its sign: ＋1,000円, −1,000円, 0円. */
    static String signed(long v) {
        return (v > 0 ? "＋" : v < 0 ? "−" : "") + String.format(Locale.ROOT, "%,d円", Math.abs(v));
    }
}
