package jp.kikan.jumin.application.shomei;

/** Port: renders a 転出証明書 as PDF with embedded fonts. */
public interface TenshutsuShomeishoPrinter {

    byte[] print(TenshutsuShomeisho shomeisho);
}
