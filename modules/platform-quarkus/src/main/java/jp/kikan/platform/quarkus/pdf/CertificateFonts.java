package jp.kikan.platform.quarkus.pdf;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The process's one {@link FontSet} for certificates, loaded on the first issuance (IPAmj明朝 alone is about
 * 46 MB and a second to read: a service that never prints pays nothing, one that prints pays it once).
 */
@ApplicationScoped
public class CertificateFonts {

    private volatile FontSet fonts;

    /** The system chain (IPAmj明朝 → IPAex明朝 → Noto Sans CJK JP), loaded once. */
    public FontSet get() {
        FontSet f = fonts;
        if (f == null) {
            synchronized (this) {
                if (fonts == null) {
                    fonts = FontSet.systemDefault();
                }
                f = fonts;
            }
        }
        return f;
    }
}
